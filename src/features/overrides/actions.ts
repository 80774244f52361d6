"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { acknowledgeOverrideCommand, openOverrideCommand } from "./commands";

export async function openOverride(_prev: ActionState, formData: FormData) {
  return runAction(openOverrideCommand, formData);
}

export async function acknowledgeOverride(_prev: ActionState, formData: FormData) {
  return runAction(acknowledgeOverrideCommand, formData);
}
