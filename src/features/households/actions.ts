"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { revealHouseholdFieldCommand } from "./commands";

export async function revealHouseholdField(_prev: ActionState, formData: FormData) {
  return runAction(revealHouseholdFieldCommand, formData);
}
