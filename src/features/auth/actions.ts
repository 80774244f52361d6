"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { changePasswordCommand } from "./commands";

export async function changePassword(_prev: ActionState, formData: FormData) {
  return runAction(changePasswordCommand, formData);
}
