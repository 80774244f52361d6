"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { saveStreetOfficeCommand } from "./commands";

export async function saveStreetOffice(_prev: ActionState, formData: FormData) {
  return runAction(saveStreetOfficeCommand, formData);
}
