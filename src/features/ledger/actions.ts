"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { deleteExpenseCommand, saveExpenseCommand } from "./commands";

export async function saveExpense(_prev: ActionState, formData: FormData) {
  return runAction(saveExpenseCommand, formData);
}

export async function deleteExpense(_prev: ActionState, formData: FormData) {
  return runAction(deleteExpenseCommand, formData);
}
