"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { saveClosureCommand } from "./closure";
import { saveEvaluationCommand, saveEvaluationReviewCommand } from "./evaluation";
import { saveSessionCommand, saveSessionOpinionCommand } from "./sessions";

export async function saveSession(_prev: ActionState, formData: FormData) {
  return runAction(saveSessionCommand, formData);
}

export async function saveSessionOpinion(_prev: ActionState, formData: FormData) {
  return runAction(saveSessionOpinionCommand, formData);
}

export async function saveEvaluation(_prev: ActionState, formData: FormData) {
  return runAction(saveEvaluationCommand, formData);
}

export async function saveEvaluationReview(_prev: ActionState, formData: FormData) {
  return runAction(saveEvaluationReviewCommand, formData);
}

export async function saveClosure(_prev: ActionState, formData: FormData) {
  return runAction(saveClosureCommand, formData);
}
