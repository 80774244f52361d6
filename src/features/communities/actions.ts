"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { saveCommunityCommand } from "./commands";

export async function saveCommunity(_prev: ActionState, formData: FormData) {
  return runAction(saveCommunityCommand, formData);
}
