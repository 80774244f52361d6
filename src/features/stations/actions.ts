"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { saveStationCommand, updateStationInfoCommand } from "./commands";

export async function saveStation(_prev: ActionState, formData: FormData) {
  return runAction(saveStationCommand, formData);
}

export async function updateStationInfo(_prev: ActionState, formData: FormData) {
  return runAction(updateStationInfoCommand, formData);
}
