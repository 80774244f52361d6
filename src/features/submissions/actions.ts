"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { opinionSubmissionCommand, reviewSubmissionCommand, submitSubmissionCommand } from "./commands";

export async function submitSubmission(_prev: ActionState, formData: FormData) {
  return runAction(submitSubmissionCommand, formData);
}

export async function reviewSubmission(_prev: ActionState, formData: FormData) {
  return runAction(reviewSubmissionCommand, formData);
}

export async function opinionSubmission(_prev: ActionState, formData: FormData) {
  return runAction(opinionSubmissionCommand, formData);
}
