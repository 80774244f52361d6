"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { saveChangeRequestCommand } from "./commands";

export async function saveChangeRequest(_prev: ActionState, formData: FormData) {
  return runAction(saveChangeRequestCommand, formData);
}
