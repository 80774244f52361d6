"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { saveDistrictSettingsCommand } from "./commands";

export async function saveDistrictSettings(_prev: ActionState, formData: FormData) {
  return runAction(saveDistrictSettingsCommand, formData);
}
