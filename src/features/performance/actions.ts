"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { openEvaluationCommand, saveEvaluationCommand } from "./evaluation";
import { linkMetricCommand, openMonitoringCommand, recordCheckpointCommand, unlinkMetricCommand } from "./monitoring";
import { savePerformanceSettingsCommand } from "./settings";

export async function openMonitoring(_prev: ActionState, formData: FormData) {
  return runAction(openMonitoringCommand, formData);
}

export async function recordCheckpoint(_prev: ActionState, formData: FormData) {
  return runAction(recordCheckpointCommand, formData);
}

export async function linkMetric(_prev: ActionState, formData: FormData) {
  return runAction(linkMetricCommand, formData);
}

export async function unlinkMetric(_prev: ActionState, formData: FormData) {
  return runAction(unlinkMetricCommand, formData);
}

export async function openEvaluation(_prev: ActionState, formData: FormData) {
  return runAction(openEvaluationCommand, formData);
}

export async function saveEvaluation(_prev: ActionState, formData: FormData) {
  return runAction(saveEvaluationCommand, formData);
}

export async function savePerformanceSettings(_prev: ActionState, formData: FormData) {
  return runAction(savePerformanceSettingsCommand, formData);
}
