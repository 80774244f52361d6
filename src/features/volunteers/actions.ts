"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { saveVolunteerCommand } from "./commands";

export async function saveVolunteer(_prev: ActionState, formData: FormData) {
  return runAction(saveVolunteerCommand, formData);
}
