import "server-only";
import type { z } from "zod";
import type { ActionState, Command } from "./action";
import { getActor } from "./auth";

/** Server-action adapter: the actor always comes from the session, never from the form. */
export async function runAction<S extends z.ZodType, T>(command: Command<S, T>, formData: FormData): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return { ok: false, code: "UNAUTHENTICATED", message: "登录已失效，请重新登录。", at: Date.now() };
  return { ...(await command.execute(actor, formData)), at: Date.now() };
}
