"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { removeCalendarDayCommand, saveCalendarDayCommand } from "./commands";

export async function saveCalendarDay(_prev: ActionState, formData: FormData) {
  return runAction(saveCalendarDayCommand, formData);
}

export async function removeCalendarDay(_prev: ActionState, formData: FormData) {
  return runAction(removeCalendarDayCommand, formData);
}
