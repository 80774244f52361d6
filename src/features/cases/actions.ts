"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { openCaseCommand, saveAssessmentCommand, saveConsentCommand, saveIntakeCommand, savePlanCommand } from "./commands";

export async function openCase(_prev: ActionState, formData: FormData) {
  return runAction(openCaseCommand, formData);
}

export async function saveIntake(_prev: ActionState, formData: FormData) {
  return runAction(saveIntakeCommand, formData);
}

export async function saveAssessment(_prev: ActionState, formData: FormData) {
  return runAction(saveAssessmentCommand, formData);
}

export async function saveConsent(_prev: ActionState, formData: FormData) {
  return runAction(saveConsentCommand, formData);
}

export async function savePlan(_prev: ActionState, formData: FormData) {
  return runAction(savePlanCommand, formData);
}
