"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { checkIdNumberCommand, revealClientFieldCommand, saveClientCommand } from "./commands";

export async function saveClient(_prev: ActionState, formData: FormData) {
  return runAction(saveClientCommand, formData);
}

export async function checkIdNumber(_prev: ActionState, formData: FormData) {
  return runAction(checkIdNumberCommand, formData);
}

export async function revealClientField(_prev: ActionState, formData: FormData) {
  return runAction(revealClientFieldCommand, formData);
}
