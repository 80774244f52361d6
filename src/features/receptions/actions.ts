"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { saveReceptionCommand } from "./commands";

export async function saveReception(_prev: ActionState, formData: FormData) {
  return runAction(saveReceptionCommand, formData);
}
