"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { saveBriefCommand } from "./commands";

export async function saveBrief(_prev: ActionState, formData: FormData) {
  return runAction(saveBriefCommand, formData);
}
