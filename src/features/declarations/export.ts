import "server-only";
// 导出 Excel: a declaration the actor reads (declaration:read), in the seed's table layout (./excel.ts); a
// department-wide one with its projects, one sheet each. Every export, and every refusal, leaves an audit row.
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { declarationWorkbook, workbookBuffer } from "./excel";
import { DOC_SELECT, rowToDoc } from "./store";

export type DeclarationFile = { filename: string; asciiFilename: string; buffer: Buffer; declarationId: string };

/** 「2020年社会工作发展经费绩效目标申报表.xlsx」: what a file may be called (no path or reserved characters). */
export function declarationFilename(year: number, name: string): string {
  const clean = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "").trim().slice(0, 80);
  return `${year}年${clean}绩效目标申报表.xlsx`;
}

export async function exportDeclaration(actor: Actor, id: string, now = new Date()): Promise<DeclarationFile | null> {
  const row = await db.performanceDeclaration.findFirst({
    where: { AND: [{ id }, scope.declarations(actor, "declaration:read")] },
    select: { ...DOC_SELECT, id: true, districtId: true },
  });
  if (!row) {
    await writeAudit({ actor, action: "declaration.export_xlsx", outcome: "DENIED", targetType: "PerformanceDeclaration", targetId: id.slice(0, 64), detail: { reason: "NOT_FOUND" } });
    return null;
  }
  const doc = rowToDoc(row);
  const projects = doc.kind === "DEPARTMENT"
    ? (await db.performanceDeclaration.findMany({
      where: { AND: [{ parentId: row.id }, scope.declarations(actor, "declaration:read")] },
      orderBy: [{ seq: "asc" }, { createdAt: "asc" }],
      select: DOC_SELECT,
    })).map(rowToDoc)
    : [];
  const buffer = await workbookBuffer(declarationWorkbook(doc, { projects, now }));
  await writeAudit({
    actor, action: "declaration.export_xlsx", outcome: "SUCCESS", districtId: row.districtId, targetType: "PerformanceDeclaration", targetId: row.id,
    detail: { indicators: doc.indicators.length, projects: projects.length },
  });
  return { filename: declarationFilename(doc.year, doc.name ?? ""), asciiFilename: `declaration-${doc.year}-${row.id.replace(/[^A-Za-z0-9-]/g, "")}.xlsx`, buffer, declarationId: row.id };
}
