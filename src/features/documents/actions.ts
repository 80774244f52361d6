"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { approveDocumentCommand, correctDocumentCommand, returnDocumentCommand, signDocumentCommand, submitDocumentCommand } from "./commands";

export async function submitDocument(_prev: ActionState, formData: FormData) {
  return runAction(submitDocumentCommand, formData);
}

export async function approveDocument(_prev: ActionState, formData: FormData) {
  return runAction(approveDocumentCommand, formData);
}

export async function returnDocument(_prev: ActionState, formData: FormData) {
  return runAction(returnDocumentCommand, formData);
}

export async function signDocument(_prev: ActionState, formData: FormData) {
  return runAction(signDocumentCommand, formData);
}

export async function correctDocument(_prev: ActionState, formData: FormData) {
  return runAction(correctDocumentCommand, formData);
}
