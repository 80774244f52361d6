"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { linkSituationCaseCommand, saveVisitCommand, saveVisitOpinionCommand } from "./commands";

export async function saveVisit(_prev: ActionState, formData: FormData) {
  return runAction(saveVisitCommand, formData);
}

export async function saveVisitOpinion(_prev: ActionState, formData: FormData) {
  return runAction(saveVisitOpinionCommand, formData);
}

export async function linkSituationCase(_prev: ActionState, formData: FormData) {
  return runAction(linkSituationCaseCommand, formData);
}
