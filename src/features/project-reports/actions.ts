"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { saveProjectReportCommand } from "./commands";

export async function saveProjectReport(_prev: ActionState, formData: FormData) {
  return runAction(saveProjectReportCommand, formData);
}
