"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { saveHouseholdCommand } from "./edit";

export async function saveHousehold(_prev: ActionState, formData: FormData) {
  return runAction(saveHouseholdCommand, formData);
}
