"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import {
  acceptReferralCommand, cancelReferralCommand, declineReferralCommand, recordExternalDecisionCommand, saveReferralCommand,
  saveReferralConsentCommand, sendReferralCommand,
} from "./commands";

export async function saveReferral(_prev: ActionState, formData: FormData) {
  return runAction(saveReferralCommand, formData);
}

export async function saveReferralConsent(_prev: ActionState, formData: FormData) {
  return runAction(saveReferralConsentCommand, formData);
}

export async function sendReferral(_prev: ActionState, formData: FormData) {
  return runAction(sendReferralCommand, formData);
}

export async function cancelReferral(_prev: ActionState, formData: FormData) {
  return runAction(cancelReferralCommand, formData);
}

export async function acceptReferral(_prev: ActionState, formData: FormData) {
  return runAction(acceptReferralCommand, formData);
}

export async function declineReferral(_prev: ActionState, formData: FormData) {
  return runAction(declineReferralCommand, formData);
}

export async function recordExternalDecision(_prev: ActionState, formData: FormData) {
  return runAction(recordExternalDecisionCommand, formData);
}
