"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { assignSupervisorCommand, removeSupervisorAssignmentCommand } from "./commands";

export async function assignSupervisor(_prev: ActionState, formData: FormData) {
  return runAction(assignSupervisorCommand, formData);
}

export async function removeSupervisorAssignment(_prev: ActionState, formData: FormData) {
  return runAction(removeSupervisorAssignmentCommand, formData);
}
