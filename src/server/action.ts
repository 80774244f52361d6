import "server-only";
// The one door for mutations: parse (zod) → permission → transaction → audit row in that transaction.
// A command is defined once with defineCommand; `execute(actor, input)` is what server actions (with the
// actor from the session) and integration tests (with an actor loaded from the database) both call.
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { logger } from "./logger";
import { writeAudit } from "./audit";
import { db, type Tx } from "./db";
import { AppError, uniqueViolationFields, type FieldErrors } from "./errors";
import { can, type Actor, type Permission } from "./permissions";

export type ActionResult<T = unknown> =
  | { ok: true; message?: string; data?: T; redirectTo?: string }
  | { ok: false; code: string; message: string; fieldErrors?: FieldErrors };

export type ActionState = (ActionResult & { at: number }) | null;

export type CommandOutcome<T> = {
  target?: { type: string; id: string };
  /** District the change concerns, when it is not the actor's own (a system administrator's change). */
  districtId?: string | null;
  detail?: Prisma.InputJsonValue;
  data?: T;
  message?: string;
  redirectTo?: string;
};

type CommandConfig<S extends z.ZodType, T> = {
  /** Audit action code, e.g. "station.update". */
  name: string;
  schema: S;
  /** The permission the actor must hold (any one of them, for a step several kinds of user take). */
  permission: Permission | readonly Permission[];
  /** Allowed while the user still has to change the initial password. */
  allowDuringPasswordChange?: boolean;
  run: (ctx: { input: z.output<S>; actor: Actor; tx: Tx }) => Promise<CommandOutcome<T>>;
  /** Maps a unique-constraint column to the form field and message to show. */
  uniqueFields?: Record<string, { field: string; message: string }>;
};

export type Command<S extends z.ZodType, T> = {
  name: string;
  execute: (actor: Actor, input: FormData | Record<string, unknown>) => Promise<ActionResult<T>>;
  schema: S;
};

/** FormData → plain object; repeated keys become arrays. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).map((v) => (typeof v === "string" ? v : v));
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function defineCommand<S extends z.ZodType, T = undefined>(config: CommandConfig<S, T>): Command<S, T> {
  async function execute(actor: Actor, raw: FormData | Record<string, unknown>): Promise<ActionResult<T>> {
    const input = raw instanceof FormData ? formDataToObject(raw) : raw;
    const parsed = config.schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, code: "VALIDATION", message: "提交的内容有误，请按提示修改。", fieldErrors: zodFieldErrors(parsed.error) };
    }
    const permissions: readonly Permission[] = typeof config.permission === "string" ? [config.permission] : config.permission;
    if (!permissions.some((p) => can(actor, p)) || (actor.mustChangePassword && !config.allowDuringPasswordChange)) {
      await writeAudit({ actor, action: config.name, outcome: "DENIED", detail: { reason: "permission", permission: [...permissions] } });
      return { ok: false, code: "FORBIDDEN", message: new AppError("FORBIDDEN").message };
    }
    try {
      const outcome = await db.$transaction(async (tx) => {
        const result = await config.run({ input: parsed.data, actor, tx });
        await writeAudit(
          { actor, action: config.name, outcome: "SUCCESS", districtId: result.districtId, targetType: result.target?.type, targetId: result.target?.id, detail: result.detail },
          tx,
        );
        return result;
      });
      return { ok: true, message: outcome.message, data: outcome.data, redirectTo: outcome.redirectTo };
    } catch (error) {
      if (error instanceof AppError) {
        if (error.code === "NOT_FOUND" || error.code === "FORBIDDEN") {
          await writeAudit({ actor, action: config.name, outcome: "DENIED", detail: { reason: error.code } });
        }
        return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
      }
      const unique = uniqueViolationFields(error);
      if (unique) {
        const hit = unique.map((column) => config.uniqueFields?.[column]).find(Boolean);
        if (hit) return { ok: false, code: "CONFLICT", message: hit.message, fieldErrors: { [hit.field]: [hit.message] } };
        return { ok: false, code: "CONFLICT", message: "记录已存在，请勿重复提交。" };
      }
      const requestId = randomUUID().slice(0, 8);
      logger.error({ err: error, requestId, action: config.name, userId: actor.userId }, "action failed");
      return { ok: false, code: "INTERNAL", message: `系统出现错误，请稍后重试（错误编号 ${requestId}）。` };
    }
  }
  return { name: config.name, execute, schema: config.schema };
}

/** Re-reads a row inside the transaction and checks its version (optimistic concurrency). */
export function assertVersion(current: { version: number } | null, expected: number | undefined): asserts current is { version: number } {
  if (!current) throw new AppError("NOT_FOUND");
  if (expected !== undefined && current.version !== expected) throw new AppError("CONFLICT");
}
