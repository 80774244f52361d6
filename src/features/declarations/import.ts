import "server-only";
// 从 Excel 导入: a workbook in the export's layout (./excel.ts) replaces the content of a draft or returned
// declaration the actor manages; a department-wide workbook also replaces its projects (matched by name, then by
// place; new ones created, ones no longer in the workbook deleted while never submitted). All in one
// transaction: any problem — in the file, or with the declaration it goes into — and nothing is written.
import { z } from "zod";
import type { DeclarationKind, SubmissionStatus } from "@/generated/prisma/enums";
import { DECLARATION_KIND_LABELS, SUBMISSION_STATUS_LABELS } from "@/lib/labels";
import { reference, requiredVersion } from "@/lib/fields";
import { defineCommand, formDataToObject, type Command } from "@/server/action";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { can, type Actor } from "@/server/permissions";
import { loadManagedDraft } from "./commands";
import { areaOfUnit, declarationHref, type DeclarationDoc } from "./doc";
import { MAX_WORKBOOK_BYTES, problemText, readDeclarationWorkbook, type DeclarationWorkbookRead, type WorkbookProblem } from "./excel";
import { writeDeclarationDoc } from "./store";

const workbookFile = z
  .instanceof(File, { error: "请选择要导入的 Excel 文件（.xlsx）" })
  .refine((f) => f.size > 0, "请选择要导入的 Excel 文件（.xlsx）")
  .refine((f) => f.size <= MAX_WORKBOOK_BYTES, `文件不能超过 ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB`)
  .refine((f) => /\.xlsx$/i.test(f.name), "只能导入 .xlsx 格式的 Excel 文件（请用本平台导出的申报表填写）");

const importSchema = z.object({ id: reference("申报表"), version: requiredVersion(), file: workbookFile });

/** Files already read before the transaction opened (reading a workbook takes a moment; the transaction stays short). */
const readAhead = new WeakMap<File, Promise<DeclarationWorkbookRead>>();

function readFile(file: File): Promise<DeclarationWorkbookRead> {
  let read = readAhead.get(file);
  if (!read) {
    read = file.arrayBuffer().then((bytes) => readDeclarationWorkbook(new Uint8Array(bytes)));
    readAhead.set(file, read);
  }
  return read;
}

/** The refusal: a summary, and each problem as one line under the file field. */
function refuse(problems: readonly WorkbookProblem[]): AppError {
  const lines = problems.map(problemText);
  return new AppError("VALIDATION", `导入失败：工作簿中有 ${lines.length} 处问题，未导入任何内容。请改正后重新导入。`, { file: lines });
}


type Child = { id: string; name: string; status: SubmissionStatus; version: number; seq: number; submitted: boolean };

/** Which existing project each of the workbook's projects replaces: the same name first, then the same place. */
function matchProjects(projects: readonly DeclarationDoc[], children: readonly Child[]): { targets: (Child | null)[]; dropped: Child[] } {
  const free = new Set(children);
  const targets: (Child | null)[] = projects.map((p) => {
    const same = children.find((c) => free.has(c) && c.name === p.name);
    if (same) free.delete(same);
    return same ?? null;
  });
  projects.forEach((_, i) => {
    if (targets[i]) return;
    const next = children.find((c) => free.has(c));
    if (next) {
      free.delete(next);
      targets[i] = next;
    }
  });
  return { targets, dropped: children.filter((c) => free.has(c)) };
}

const editable = (status: SubmissionStatus) => status === "DRAFT" || status === "RETURNED";

async function replaceProjects(
  tx: Tx,
  actor: Actor,
  parent: { id: string; districtId: string; year: number; bureauId: string | null; streetOfficeId: string | null; contractorId: string | null },
  projects: readonly DeclarationDoc[],
  sheets: readonly { name: string }[],
): Promise<{ created: number; updated: number; deleted: number }> {
  const rows = await tx.performanceDeclaration.findMany({
    where: { parentId: parent.id },
    orderBy: [{ seq: "asc" }, { createdAt: "asc" }],
    select: { id: true, name: true, status: true, version: true, seq: true, _count: { select: { snapshots: true } } },
  });
  const children: Child[] = rows.map((r) => ({ id: r.id, name: r.name, status: r.status, version: r.version, seq: r.seq, submitted: r._count.snapshots > 0 }));
  const { targets, dropped } = matchProjects(projects, children);

  const problems: WorkbookProblem[] = [];
  targets.forEach((t, i) => {
    if (t && !editable(t.status)) {
      problems.push({ sheet: sheets[i + 1]?.name ?? "", row: null, column: null, message: `项目「${t.name}」当前为「${SUBMISSION_STATUS_LABELS[t.status]}」，不能通过导入修改` });
    }
  });
  for (const d of dropped) {
    if (d.status !== "DRAFT" || d.submitted) {
      problems.push({ sheet: sheets[0]?.name ?? "", row: null, column: null, message: `工作簿中没有项目「${d.name}」，但它已提交过，不能通过导入删除；请在工作簿中保留该项目` });
    }
  }
  if (problems.length) throw refuse(problems);

  if (dropped.length) await tx.performanceDeclaration.deleteMany({ where: { id: { in: dropped.map((d) => d.id) }, parentId: parent.id } });
  let created = 0;
  for (const [i, doc] of projects.entries()) {
    let target = targets[i];
    if (!target) {
      const row = await tx.performanceDeclaration.create({
        data: {
          districtId: parent.districtId, bureauId: parent.bureauId, streetOfficeId: parent.streetOfficeId, contractorId: parent.contractorId,
          kind: "PROJECT", year: parent.year, parentId: parent.id, seq: i + 1, name: doc.name ?? "", category: doc.category, createdById: actor.userId,
        },
        select: { id: true, name: true, status: true, version: true, seq: true },
      });
      target = { ...row, submitted: false };
      created++;
    }
    await writeDeclarationDoc(tx, target.id, doc);
    if (targets[i]) {
      const moved = await tx.performanceDeclaration.updateMany({ where: { id: target.id, version: target.version }, data: { seq: i + 1, version: { increment: 1 } } });
      if (moved.count !== 1) throw new AppError("CONFLICT");
    }
  }
  return { created, updated: projects.length - created, deleted: dropped.length };
}

const inner = defineCommand({
  name: "declaration.import",
  schema: importSchema,
  permission: "declaration:manage",
  run: async ({ input, actor, tx }) => {
    const row = await loadManagedDraft(tx, actor, input.id, input.version);
    const read = await readFile(input.file);
    if (!read.ok) throw refuse(read.problems);
    const { doc, projects, sheets } = read;

    // The workbook must be of this declaration's kind and year (neither changes on import).
    const problems: WorkbookProblem[] = [];
    const kindLabel = (k: DeclarationKind) => DECLARATION_KIND_LABELS[k];
    if (doc.kind !== row.kind) problems.push({ ...sheets[0].kind, message: `工作簿是「${kindLabel(doc.kind)}」，不能导入「${kindLabel(row.kind)}」` });
    else if (doc.year !== row.year) problems.push({ ...sheets[0].year, message: `工作簿是 ${doc.year} 年度的，此申报表是 ${row.year} 年度的` });
    if (problems.length) throw refuse(problems);

    await writeDeclarationDoc(tx, row.id, doc);
    const moved = await tx.performanceDeclaration.updateMany({ where: { id: row.id, version: row.version }, data: { version: { increment: 1 } } });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    const changes = row.kind === "DEPARTMENT" ? await replaceProjects(tx, actor, row, projects, sheets) : null;

    return {
      target: { type: "PerformanceDeclaration", id: row.id },
      detail: { fundLines: doc.fundLines.length, indicators: doc.indicators.length, ...(changes ? { projects: changes } : {}) },
      data: { version: row.version + 1 },
      message: changes
        ? `已从 Excel 导入（项目：更新 ${changes.updated} 个，新增 ${changes.created} 个，删除 ${changes.deleted} 个）`
        : "已从 Excel 导入",
      redirectTo: declarationHref(areaOfUnit(row), row.id),
    };
  },
});

/**
 * 导入 (declaration.import): { id, version, file } → the workbook replaces the draft's content (version + 1).
 * The file is read before the transaction opens, once the actor may import at all; the command itself checks
 * the declaration (scope, status, version) first, then the workbook.
 */
export const importDeclarationCommand: Command<typeof importSchema, { version: number }> = {
  name: inner.name,
  schema: importSchema,
  execute: async (actor, raw) => {
    const input = raw instanceof FormData ? formDataToObject(raw) : raw;
    const file = importSchema.shape.file.safeParse(input.file);
    // A failure here surfaces inside the command (logged with its request id), not from this wrapper.
    if (file.success && can(actor, "declaration:manage")) await readFile(file.data).catch(() => undefined);
    return inner.execute(actor, input);
  },
};
