"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { deleteFileCommand, uploadFileCommand } from "./commands";

export async function uploadFile(_prev: ActionState, formData: FormData) {
  return runAction(uploadFileCommand, formData);
}

export async function deleteFile(_prev: ActionState, formData: FormData) {
  return runAction(deleteFileCommand, formData);
}
