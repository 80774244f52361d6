"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { saveSettingsCommand } from "./commands";

export async function saveSettings(_prev: ActionState, formData: FormData) {
  return runAction(saveSettingsCommand, formData);
}
