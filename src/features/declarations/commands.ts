import "server-only";
// Declaring: a unit (the bureau, a street office or a contractor) opens a draft 绩效目标申报表, saves it whole
// (every field, the 资金安排 lines, funding, category amounts and the indicator table) while it is a draft or
// returned, and deletes a draft never submitted. Submission and review go through the generic workflow
// (src/features/submissions, kind DECLARATION; see ./submission.ts).
import { z } from "zod";
import type { SubmissionStatus } from "@/generated/prisma/enums";
import { DECLARATION_KIND_LABELS } from "@/lib/labels";
import { choice, optionalReference, reference, requiredText, requiredVersion } from "@/lib/fields";
import { defineCommand } from "@/server/action";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { grantingMemberships, type Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { areaOfUnit, declarationHref, emptyDeclarationDoc, type DeclarationArea } from "./doc";
import { declarationDocSchema, parseDocJson } from "./schemas";
import { writeDeclarationDoc } from "./store";

export type DeclaringUnit = { districtId: string; bureauId?: string; streetOfficeId?: string; contractorId?: string; area: DeclarationArea };

/** The unit the actor declares for (the first membership granting declaration:manage); null when none. */
export function declaringUnit(actor: Actor): DeclaringUnit | null {
  for (const m of grantingMemberships(actor, "declaration:manage")) {
    if (!m.districtId) continue;
    if (m.contractorId) return { districtId: m.districtId, contractorId: m.contractorId, area: "contractor" };
    if (m.streetOfficeId) return { districtId: m.districtId, streetOfficeId: m.streetOfficeId, area: "street" };
    if (m.bureauId) return { districtId: m.districtId, bureauId: m.bureauId, area: "bureau" };
  }
  return null;
}


/** Locks one declaration row for the rest of the transaction; its status as it stands then. */
export async function lockDeclaration(tx: Tx, id: string): Promise<SubmissionStatus | null> {
  const [row] = await tx.$queryRaw<{ status: SubmissionStatus }[]>`SELECT status FROM performance_declaration WHERE id = ${id} FOR UPDATE`;
  return row?.status ?? null;
}

/**
 * The declaration `id` as the actor may change it: reached through declaration:manage (its declaring unit), a
 * draft or returned, at `version`. Otherwise NOT_FOUND / INVALID_TRANSITION / CONFLICT.
 */
export async function loadManagedDraft(tx: Tx, actor: Actor, id: string, version: number) {
  const row = await tx.performanceDeclaration.findFirst({
    where: { AND: [{ id }, scope.declarations(actor, "declaration:manage")] },
    select: { id: true, districtId: true, kind: true, year: true, name: true, status: true, version: true, parentId: true, bureauId: true, streetOfficeId: true, contractorId: true },
  });
  if (!row) throw new AppError("NOT_FOUND");
  if (row.parentId) {
    // A project moves with its department-wide declaration: hold the parent while this change is made, so a
    // submission of the parent sees either all of it or none (the submission locks the parent too).
    const parent = await lockDeclaration(tx, row.parentId);
    if (parent !== "DRAFT" && parent !== "RETURNED") throw new AppError("INVALID_TRANSITION", "部门整体支出申报表已提交或已审核，其项目不能修改");
  }
  if (row.status === "SUBMITTED") throw new AppError("INVALID_TRANSITION", "已提交，等待审核，不能修改");
  if (row.status === "ACCEPTED" || row.status === "REJECTED") throw new AppError("INVALID_TRANSITION", "已审核完毕，不能修改");
  if (row.version !== version) throw new AppError("CONFLICT");
  return row;
}

/** 新建申报: a draft declared by the actor's unit; a project may be opened under one of the unit's department-wide drafts. */
export const createDeclarationCommand = defineCommand({
  name: "declaration.create",
  schema: z.object({
    kind: choice(DECLARATION_KIND_LABELS, "申报表类型"),
    year: z.coerce.number({ message: "请填写年度" }).int("年度应为四位数字").min(2000, "年度应在 2000–2100 之间").max(2100, "年度应在 2000–2100 之间"),
    name: requiredText("项目名称", 100),
    parentId: optionalReference(),
  }),
  permission: "declaration:manage",
  run: async ({ input, actor, tx }) => {
    const unit = declaringUnit(actor);
    if (!unit) throw new AppError("FORBIDDEN");
    let seq = 0;
    const { area, ...unitOwner } = unit;
    let owner: Omit<DeclaringUnit, "area" | "districtId"> = { bureauId: unitOwner.bureauId, streetOfficeId: unitOwner.streetOfficeId, contractorId: unitOwner.contractorId };
    if (input.parentId) {
      if (input.kind !== "PROJECT") throw new AppError("VALIDATION", "部门整体支出申报表下只能新建项目申报表", { kind: ["部门整体支出申报表下只能新建项目申报表"] });
      const parent = await tx.performanceDeclaration.findFirst({
        where: { AND: [{ id: input.parentId }, scope.declarations(actor, "declaration:manage")] },
        select: { kind: true, year: true, bureauId: true, streetOfficeId: true, contractorId: true },
      });
      if (!parent || parent.kind !== "DEPARTMENT") throw new AppError("NOT_FOUND");
      const status = await lockDeclaration(tx, input.parentId);
      if (status !== "DRAFT" && status !== "RETURNED") throw new AppError("INVALID_TRANSITION", "部门整体支出申报表已提交或已审核，不能再增加项目");
      if (parent.year !== input.year) throw new AppError("VALIDATION", `项目年度应与部门整体支出申报表一致（${parent.year}年）`, { year: [`应为 ${parent.year}`] });
      const last = await tx.performanceDeclaration.aggregate({ where: { parentId: input.parentId }, _max: { seq: true } });
      seq = (last._max.seq ?? 0) + 1;
      // The project is declared by the department's unit (the actor may act for more than one).
      owner = { bureauId: parent.bureauId ?? undefined, streetOfficeId: parent.streetOfficeId ?? undefined, contractorId: parent.contractorId ?? undefined };
    }
    const doc = emptyDeclarationDoc(input.kind, input.year, input.name);
    const created = await tx.performanceDeclaration.create({
      data: { ...owner, districtId: unit.districtId, kind: input.kind, year: input.year, name: input.name, category: doc.category, parentId: input.parentId, seq, createdById: actor.userId },
      select: { id: true },
    });
    return {
      target: { type: "PerformanceDeclaration", id: created.id },
      detail: { kind: input.kind, year: input.year, parentId: input.parentId },
      data: { id: created.id },
      message: "已新建申报表草稿",
      redirectTo: declarationHref(area, created.id, "edit"),
    };
  },
});

/** 保存: the whole document replaces the draft's content (nothing saved half-way: one transaction). */
export const saveDeclarationCommand = defineCommand({
  name: "declaration.save",
  schema: z.object({ id: reference("申报表"), version: requiredVersion(), doc: z.preprocess(parseDocJson, declarationDocSchema) }),
  permission: "declaration:manage",
  run: async ({ input, actor, tx }) => {
    const row = await loadManagedDraft(tx, actor, input.id, input.version);
    if (input.doc.kind !== row.kind || input.doc.year !== row.year) throw new AppError("VALIDATION", "申报表类型和年度不能修改", { "doc.year": ["申报表类型和年度不能修改"] });
    if (row.kind === "DEPARTMENT" && input.doc.fundLines.length > 0) throw new AppError("VALIDATION", "部门整体支出申报表不填资金安排情况", { "doc.fundLines": ["部门整体支出申报表不填资金安排情况"] });
    await writeDeclarationDoc(tx, row.id, input.doc);
    const moved = await tx.performanceDeclaration.updateMany({ where: { id: row.id, version: row.version }, data: { version: { increment: 1 } } });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    return {
      target: { type: "PerformanceDeclaration", id: row.id },
      detail: { fundLines: input.doc.fundLines.length, indicators: input.doc.indicators.length },
      data: { version: row.version + 1 },
      message: "已保存",
      redirectTo: declarationHref(areaOfUnit(row), row.id),
    };
  },
});

/** 删除草稿: only a draft that was never submitted (a returned one keeps its history); its projects go with it. */
export const deleteDeclarationCommand = defineCommand({
  name: "declaration.delete",
  schema: z.object({ id: reference("申报表"), version: requiredVersion() }),
  permission: "declaration:manage",
  run: async ({ input, actor, tx }) => {
    const row = await loadManagedDraft(tx, actor, input.id, input.version);
    if (row.status !== "DRAFT" || (await tx.declarationSnapshot.count({ where: { declarationId: row.id } })) > 0) {
      throw new AppError("INVALID_TRANSITION", "已提交过的申报表不能删除");
    }
    const projects = await tx.performanceDeclaration.findMany({ where: { parentId: row.id }, select: { id: true, status: true } });
    if (projects.some((p) => p.status !== "DRAFT")) throw new AppError("INVALID_TRANSITION", "下属项目已提交过，不能删除");
    await tx.performanceDeclaration.deleteMany({ where: { parentId: row.id } });
    await tx.performanceDeclaration.delete({ where: { id: row.id } });
    return {
      target: { type: "PerformanceDeclaration", id: row.id },
      detail: { name: row.name, year: row.year, projects: projects.length },
      message: "草稿已删除",
      redirectTo: declarationHref(areaOfUnit(row)),
    };
  },
});
