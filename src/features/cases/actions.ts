"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import {
  approvePlanCommand, correctPlanCommand, openCaseCommand, returnPlanCommand, saveAssessmentCommand, saveConsentCommand, saveIntakeCommand, savePlanCommand, signPlanCommand, submitPlanCommand,
} from "./commands";

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

export async function submitPlan(_prev: ActionState, formData: FormData) {
  return runAction(submitPlanCommand, formData);
}

export async function approvePlan(_prev: ActionState, formData: FormData) {
  return runAction(approvePlanCommand, formData);
}

export async function returnPlan(_prev: ActionState, formData: FormData) {
  return runAction(returnPlanCommand, formData);
}

export async function signPlan(_prev: ActionState, formData: FormData) {
  return runAction(signPlanCommand, formData);
}

export async function correctPlan(_prev: ActionState, formData: FormData) {
  return runAction(correctPlanCommand, formData);
}
