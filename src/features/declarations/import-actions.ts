"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { importDeclarationCommand } from "./import";

export async function importDeclaration(_prev: ActionState, formData: FormData) {
  return runAction(importDeclarationCommand, formData);
}
