"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { saveContractorCommand } from "./commands";

export async function saveContractor(_prev: ActionState, formData: FormData) {
  return runAction(saveContractorCommand, formData);
}
