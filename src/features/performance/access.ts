import "server-only";
// Which declaration a monitoring or self-evaluation step is about, reached through scope.declarations: recording is
// the declaring unit's (declaration:manage — the bureau only its own, a street office or a contractor what it
// declared); only an accepted declaration is monitored and evaluated; a submitted self-evaluation closes both (a
// return by the bureau's reviewer opens them again, acceptance closes them for good).
import type { Prisma } from "@/generated/prisma/client";
import type { SubmissionStatus } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { lockDeclaration } from "@/features/declarations/commands";
import { indicatorTarget } from "@/features/declarations/values";
import type { IndicatorOperator } from "./scoring";

export const PERFORMANCE_DECLARATION_SELECT = {
  id: true, districtId: true, kind: true, year: true, name: true, status: true, totalAmount: true,
  bureauId: true, streetOfficeId: true, contractorId: true,
} satisfies Prisma.PerformanceDeclarationSelect;

export type PerformanceDeclarationRow = Prisma.PerformanceDeclarationGetPayload<{ select: typeof PERFORMANCE_DECLARATION_SELECT }>;

export const NOT_ACCEPTED = "只有审核通过的绩效目标才进行运行监控和绩效自评";

/** The declaration, if the actor's unit declared it (declaration:manage); NOT_FOUND otherwise. */
export async function managedDeclaration(tx: Tx, actor: Actor, id: string): Promise<PerformanceDeclarationRow> {
  const row = await tx.performanceDeclaration.findFirst({ where: { AND: [{ id }, scope.declarations(actor, "declaration:manage")] }, select: PERFORMANCE_DECLARATION_SELECT });
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

export function requireAccepted(row: { status: string }): void {
  if (row.status !== "ACCEPTED") throw new AppError("INVALID_TRANSITION", NOT_ACCEPTED);
}

/**
 * Why monitoring and the self-evaluation are closed, or null while they are open (no evaluation, a draft, or one
 * returned by the bureau's reviewer): submitted and waiting for the review, or accepted for good.
 */
export function evaluationClosedMessage(status: SubmissionStatus | null | undefined): string | null {
  if (status === "SUBMITTED") return "绩效自评已提交，待审核期间运行监控和自评不能修改";
  if (status === "ACCEPTED" || status === "REJECTED") return "绩效自评已审核通过，运行监控和自评不再修改";
  return null;
}

async function evaluationClosed(tx: Tx, declarationId: string): Promise<string | null> {
  const ev = await tx.declarationEvaluation.findUnique({ where: { declarationId }, select: { status: true } });
  return evaluationClosedMessage(ev?.status);
}

/**
 * Monitoring and the evaluation are still open. Locks the declaration row for the rest of the transaction, so a
 * checkpoint or a link and the submission of the self-evaluation (which takes the same lock) never interleave.
 */
export async function requireOpen(tx: Tx, declarationId: string): Promise<void> {
  await lockDeclaration(tx, declarationId);
  const closed = await evaluationClosed(tx, declarationId);
  if (closed) throw new AppError("INVALID_TRANSITION", closed);
}

export const INDICATOR_SELECT = {
  id: true, seq: true, kind: true, level1Label: true, level2Label: true, name: true, operator: true, annualValue: true,
  target: true, unit: true, weight: true, metricKey: true,
} satisfies Prisma.PerformanceIndicatorSelect;

export type IndicatorRow = Prisma.PerformanceIndicatorGetPayload<{ select: typeof INDICATOR_SELECT }>;

const decimalText = (d: { toFixed(n: number): string }, places: number) => d.toFixed(places).replace(/\.?0+$/, "") || "0";

/** The number an indicator is scored against, as text ("58", "95"); null for a qualitative row. */
export function targetOf(i: Pick<IndicatorRow, "operator" | "target" | "annualValue">): string | null {
  if (i.operator === "QUALITATIVE") return null;
  return i.target ? decimalText(i.target, 6) : indicatorTarget(i.operator, i.annualValue);
}

/** 分值 as the declaration gives it ("25", "12.5"); null when it gives none. */
export function weightOf(i: Pick<IndicatorRow, "weight">): string | null {
  return i.weight ? decimalText(i.weight, 2) : null;
}

export const operatorOf = (i: Pick<IndicatorRow, "operator">) => i.operator as IndicatorOperator;
