"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { saveBudgetCommand, startBudgetAdjustmentCommand } from "./commands";

export async function saveBudget(_prev: ActionState, formData: FormData) {
  return runAction(saveBudgetCommand, formData);
}

export async function startBudgetAdjustment(_prev: ActionState, formData: FormData) {
  return runAction(startBudgetAdjustmentCommand, formData);
}
