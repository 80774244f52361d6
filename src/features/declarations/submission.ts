import "server-only";
// 绩效目标申报表 in the generic review workflow (decision 016, extended by decision 018): the declaring unit
// submits; the bureau's reviewers return it with comments on single fields, lines and indicators, or accept it.
// Every submission is kept whole as a snapshot (round 1, 2 …) so the reviewer compares what changed. A
// department-wide declaration is submitted and decided with its projects (they are one document, seed 003).
// Nobody on the declaring unit's staff decides on it, even holding the reviewer role as well.
import type { SubmissionHandler } from "@/features/submissions/handler";
import type { Prisma } from "@/generated/prisma/client";
import { AppError, type FieldErrors } from "@/server/errors";
import { scope } from "@/server/scope";
import { checkDeclaration, hardFindings } from "./checks";
import { lockDeclaration } from "./commands";
import { commentTargets } from "./review";
import { loadDeclarationDoc } from "./store";

export type DeclarationSnapshotData = {
  doc: NonNullable<Awaited<ReturnType<typeof loadDeclarationDoc>>>;
  projects: { id: string; doc: NonNullable<Awaited<ReturnType<typeof loadDeclarationDoc>>> }[];
};

export const declarationSubmission: SubmissionHandler = {
  kind: "DECLARATION",
  targetType: "PerformanceDeclaration",
  load: async (tx, actor, id, permission) => {
    const row = await tx.performanceDeclaration.findFirst({
      where: { AND: [{ id }, scope.declarations(actor, permission)] },
      select: { id: true, districtId: true, status: true, version: true, year: true, name: true },
    });
    if (!row) return null;
    return { kind: "DECLARATION", id: row.id, districtId: row.districtId, contractId: null, status: row.status, version: row.version, title: `${row.year}年「${row.name}」绩效目标申报表` };
  },
  update: async (tx, s, data) => {
    const moved = (await tx.performanceDeclaration.updateMany({ where: { id: s.id, version: s.version, status: s.status }, data })).count;
    // A department-wide declaration's projects move with it.
    if (moved === 1 && typeof data.status === "string") {
      await tx.performanceDeclaration.updateMany({ where: { parentId: s.id }, data: { status: data.status as Prisma.PerformanceDeclarationUpdateManyMutationInput["status"], version: { increment: 1 } } });
    }
    return moved;
  },
  onSubmit: async (tx, actor, s, now) => {
    // Held until the submission commits: a project's save, creation or deletion waits for it (they lock the parent).
    if ((await lockDeclaration(tx, s.id)) !== s.status) throw new AppError("CONFLICT");
    const row = await tx.performanceDeclaration.findUniqueOrThrow({ where: { id: s.id }, select: { parentId: true, kind: true } });
    if (row.parentId) throw new AppError("INVALID_TRANSITION", "此项目属于部门整体支出申报表，请随部门整体支出申报表一并提交");
    const doc = (await loadDeclarationDoc(tx, s.id))!;
    const children = await tx.performanceDeclaration.findMany({ where: { parentId: s.id }, orderBy: { seq: "asc" }, select: { id: true } });
    const projects = await Promise.all(children.map(async (c) => ({ id: c.id, doc: (await loadDeclarationDoc(tx, c.id))! })));

    const fieldErrors: FieldErrors = {};
    const messages: string[] = [];
    for (const f of hardFindings(checkDeclaration(doc, projects.map((p) => p.doc)))) {
      (fieldErrors[f.field] ??= []).push(f.message);
      messages.push(f.message);
    }
    for (const p of projects) {
      for (const f of hardFindings(checkDeclaration(p.doc))) messages.push(`项目「${p.doc.name}」：${f.message}`);
    }
    if (messages.length > 0) throw new AppError("VALIDATION", `申报表有 ${messages.length} 处需要修改，不能提交：${messages.join("；")}`, fieldErrors);

    const round = (await tx.declarationSnapshot.count({ where: { declarationId: s.id } })) + 1;
    const data: DeclarationSnapshotData = { doc, projects };
    await tx.declarationSnapshot.create({ data: { declarationId: s.id, round, data: data as unknown as Prisma.InputJsonValue, submittedAt: now, submittedById: actor.userId } });
    return { submittedAt: now, decidedAt: null };
  },
  onReview: async (_tx, _actor, _s, step, _comment, now) => (step === "return" ? {} : { decidedAt: now }),
  commentTargets: async (tx, s) => {
    const snapshot = await tx.declarationSnapshot.findFirst({ where: { declarationId: s.id }, orderBy: { round: "desc" }, select: { round: true, data: true } });
    if (!snapshot) throw new AppError("INVALID_TRANSITION", "尚未提交，不能审核");
    const data = snapshot.data as unknown as DeclarationSnapshotData;
    const targets = new Map(commentTargets(data.doc).map((t) => [t.target as string, t.label]));
    // A project's parts are addressed by the project's id: "project:<id>:indicator:<id>".
    for (const p of data.projects) for (const t of commentTargets(p.doc)) targets.set(`project:${p.id}:${t.target}`, `项目「${p.doc.name}」 · ${t.label}`);
    return { round: snapshot.round, targets };
  },
  refuseReviewer: async (tx, actor, s) => {
    const row = await tx.performanceDeclaration.findUniqueOrThrow({ where: { id: s.id }, select: { parentId: true } });
    if (row.parentId) return "此项目随部门整体支出申报表一并审核";
    const own = await tx.performanceDeclaration.count({ where: { AND: [{ id: s.id }, scope.declarations(actor, "declaration:manage")] } });
    return own > 0 ? "申报单位不能审核本单位的申报表" : null;
  },
};
