"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import {
  addMembershipCommand, createUserCommand, removeMembershipCommand, resetPasswordCommand, setUserActiveCommand, unlockUserCommand, updateUserCommand,
} from "./commands";

export async function createUser(_prev: ActionState, formData: FormData) {
  return runAction(createUserCommand, formData);
}

export async function updateUser(_prev: ActionState, formData: FormData) {
  return runAction(updateUserCommand, formData);
}

export async function resetPassword(_prev: ActionState, formData: FormData) {
  return runAction(resetPasswordCommand, formData);
}

export async function unlockUser(_prev: ActionState, formData: FormData) {
  return runAction(unlockUserCommand, formData);
}

export async function setUserActive(_prev: ActionState, formData: FormData) {
  return runAction(setUserActiveCommand, formData);
}

export async function addMembership(_prev: ActionState, formData: FormData) {
  return runAction(addMembershipCommand, formData);
}

export async function removeMembership(_prev: ActionState, formData: FormData) {
  return runAction(removeMembershipCommand, formData);
}
