import "server-only";
// What the A4 print view of a declaration needs: its document and, for a department-wide declaration, its
// projects' documents (those the person may read), in order. Every print is an audit row declaration.print;
// a refusal (not found or out of scope) is audited as DENIED.
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import type { DeclarationDoc } from "../doc";
import { declarationHeader, type DeclarationHeader } from "../queries";
import { DOC_SELECT, rowToDoc } from "../store";

export type DeclarationForPrint = { header: DeclarationHeader; doc: DeclarationDoc; projects: DeclarationDoc[] };

export async function declarationForPrint(actor: Actor, id: string): Promise<DeclarationForPrint | null> {
  const header = await declarationHeader(actor, id);
  if (!header) {
    await writeAudit({ actor, action: "declaration.print", outcome: "DENIED", targetType: "PerformanceDeclaration", targetId: id.slice(0, 64), detail: { reason: "NOT_FOUND" } });
    return null;
  }
  const [row, projects] = await Promise.all([
    db.performanceDeclaration.findUniqueOrThrow({ where: { id }, select: DOC_SELECT }),
    header.kind === "DEPARTMENT"
      ? db.performanceDeclaration.findMany({ where: { AND: [{ parentId: id }, scope.declarations(actor, "declaration:read")] }, orderBy: { seq: "asc" }, select: DOC_SELECT })
      : Promise.resolve([]),
  ]);
  await writeAudit({
    actor, action: "declaration.print", outcome: "SUCCESS", districtId: header.districtId, targetType: "PerformanceDeclaration", targetId: id,
    detail: { projects: projects.length },
  });
  return { header, doc: rowToDoc(row), projects: projects.map(rowToDoc) };
}
