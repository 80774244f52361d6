"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { createDeclarationCommand, deleteDeclarationCommand, saveDeclarationCommand } from "./commands";

export async function createDeclaration(_prev: ActionState, formData: FormData) {
  return runAction(createDeclarationCommand, formData);
}

export async function saveDeclaration(_prev: ActionState, formData: FormData) {
  return runAction(saveDeclarationCommand, formData);
}

export async function deleteDeclaration(_prev: ActionState, formData: FormData) {
  return runAction(deleteDeclarationCommand, formData);
}
