"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { recordEvaluationCommand, recordPaymentCommand, saveContractCommand, saveTranchesCommand, setContractStatusCommand } from "./commands";

export async function saveContract(_prev: ActionState, formData: FormData) {
  return runAction(saveContractCommand, formData);
}

export async function saveTranches(_prev: ActionState, formData: FormData) {
  return runAction(saveTranchesCommand, formData);
}

export async function recordEvaluation(_prev: ActionState, formData: FormData) {
  return runAction(recordEvaluationCommand, formData);
}

export async function recordPayment(_prev: ActionState, formData: FormData) {
  return runAction(recordPaymentCommand, formData);
}

export async function setContractStatus(_prev: ActionState, formData: FormData) {
  return runAction(setContractStatusCommand, formData);
}
