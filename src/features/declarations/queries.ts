import "server-only";
// Reading 绩效目标申报表: the list a person may see, and one declaration whole (its document, the sum checks,
// its projects or parent, the review state). Everything through scope.declarations: the bureau reads its
// district's, a street office or a contractor only those it declared.
import type { Prisma } from "@/generated/prisma/client";
import type { DeclarationKind, SubmissionStatus } from "@/generated/prisma/enums";
import { toDecimalString, toFen } from "@/lib/money";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import { can, type Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { checkDeclaration, type DeclarationFinding } from "./checks";
import type { DeclarationDoc } from "./doc";
import { commentTargets, declarationReviewState, type DeclarationReviewState } from "./review";
import { DOC_SELECT, loadDeclarationDoc, rowToDoc } from "./store";

export const UNIT_SELECT = {
  bureau: { select: { name: true } },
  streetOffice: { select: { name: true } },
  contractor: { select: { name: true } },
} satisfies Prisma.PerformanceDeclarationSelect;

type UnitRow = { bureau: { name: string } | null; streetOffice: { name: string } | null; contractor: { name: string } | null };

/** The declaring unit as the list and the header name it. */
export function unitOf(row: UnitRow): { type: "bureau" | "street" | "contractor"; name: string } {
  if (row.streetOffice) return { type: "street", name: row.streetOffice.name };
  if (row.contractor) return { type: "contractor", name: row.contractor.name };
  return { type: "bureau", name: row.bureau?.name ?? "" };
}

export type DeclarationListRow = {
  id: string;
  kind: DeclarationKind;
  year: number;
  name: string;
  unit: string;
  totalAmount: string;
  status: SubmissionStatus;
  submittedAt: Date | null;
  parent: { id: string; name: string } | null;
  projectCount: number;
};

export type DeclarationFilters = { year?: number; status?: SubmissionStatus; q?: string };

/** Declarations the actor may read, newest year first; a department-wide declaration is followed by its projects. */
export async function listDeclarations(actor: Actor, filters: DeclarationFilters = {}): Promise<DeclarationListRow[]> {
  const where: Prisma.PerformanceDeclarationWhereInput = {
    AND: [
      scope.declarations(actor, "declaration:read"),
      filters.year ? { year: filters.year } : {},
      filters.status ? { status: filters.status } : {},
      filters.q ? { OR: [{ name: { contains: filters.q } }, { title: { contains: filters.q } }, { unitName: { contains: filters.q } }] } : {},
    ],
  };
  const rows = await db.performanceDeclaration.findMany({
    where,
    orderBy: [{ year: "desc" }, { createdAt: "asc" }],
    take: 500,
    select: {
      id: true, kind: true, year: true, name: true, totalAmount: true, status: true, submittedAt: true, seq: true, parentId: true,
      parent: { select: { id: true, name: true } }, _count: { select: { projects: true } }, ...UNIT_SELECT,
    },
  });
  const toRow = (r: (typeof rows)[number]): DeclarationListRow => ({
    id: r.id, kind: r.kind, year: r.year, name: r.name, unit: unitOf(r).name, totalAmount: toDecimalString(toFen(r.totalAmount)),
    status: r.status, submittedAt: r.submittedAt, parent: r.parent, projectCount: r._count.projects,
  });
  // Projects follow their department-wide declaration (when both are in the list), in their order.
  const children = new Map<string, typeof rows>();
  for (const r of rows) if (r.parentId && rows.some((p) => p.id === r.parentId)) (children.get(r.parentId) ?? children.set(r.parentId, []).get(r.parentId)!).push(r);
  const out: DeclarationListRow[] = [];
  for (const r of rows) {
    if (r.parentId && children.get(r.parentId)?.includes(r)) continue;
    out.push(toRow(r));
    for (const c of (children.get(r.id) ?? []).sort((a, b) => a.seq - b.seq)) out.push(toRow(c));
  }
  return out;
}

export type DeclarationHeader = {
  id: string;
  districtId: string;
  kind: DeclarationKind;
  year: number;
  name: string;
  title: string | null;
  status: SubmissionStatus;
  version: number;
  unit: { type: "bureau" | "street" | "contractor"; name: string };
  parent: { id: string; name: string } | null;
  projects: { id: string; name: string; category: DeclarationDoc["category"]; totalAmount: string; status: SubmissionStatus }[];
  submittedAt: Date | null;
  decidedAt: Date | null;
  updatedAt: Date;
};

const HEADER_SELECT = {
  id: true, districtId: true, kind: true, year: true, name: true, title: true, status: true, version: true, submittedAt: true, decidedAt: true, updatedAt: true,
  parent: { select: { id: true, name: true } },
  projects: { orderBy: { seq: "asc" }, select: { id: true, name: true, category: true, totalAmount: true, status: true } },
  ...UNIT_SELECT,
} satisfies Prisma.PerformanceDeclarationSelect;

/** The header of a declaration the actor reaches through `permission`; null otherwise (a 404 for the page). */
export async function declarationHeader(actor: Actor, id: string, permission: "declaration:read" | "declaration:manage" | "declaration:review" = "declaration:read"): Promise<DeclarationHeader | null> {
  const row = await db.performanceDeclaration.findFirst({ where: { AND: [{ id }, scope.declarations(actor, permission)] }, select: HEADER_SELECT });
  if (!row) return null;
  return {
    id: row.id, districtId: row.districtId, kind: row.kind, year: row.year, name: row.name, title: row.title, status: row.status, version: row.version,
    unit: unitOf(row), parent: row.parent, submittedAt: row.submittedAt, decidedAt: row.decidedAt, updatedAt: row.updatedAt,
    projects: row.projects.map((p) => ({ ...p, totalAmount: toDecimalString(toFen(p.totalAmount)) })),
  };
}

export type DeclarationPageData = {
  header: DeclarationHeader;
  doc: DeclarationDoc;
  findings: DeclarationFinding[];
  review: DeclarationReviewState;
  /** The actor may change this declaration's content (declaring unit, draft or returned). */
  canEdit: boolean;
  /** The actor holds declaration:manage over it (records monitoring and the self-evaluation). */
  canManage: boolean;
  /** What a reviewer may comment on: this declaration's parts and, for a department-wide one, its projects'. */
  reviewTargets: { target: string; label: string }[];
};

/** One declaration, whole, for its page; the view is audited (declaration.view). */
export async function declarationPage(actor: Actor, id: string): Promise<DeclarationPageData | null> {
  const header = await declarationHeader(actor, id);
  if (!header) return null;
  const [row, projects, managed] = await Promise.all([
    db.performanceDeclaration.findUniqueOrThrow({ where: { id }, select: DOC_SELECT }),
    db.performanceDeclaration.findMany({ where: { parentId: id }, select: { name: true, totalAmount: true, category: true } }),
    can(actor, "declaration:manage") ? db.performanceDeclaration.count({ where: { AND: [{ id }, scope.declarations(actor, "declaration:manage")] } }) : 0,
  ]);
  const doc = rowToDoc(row);
  const findings = checkDeclaration(doc, projects.map((p) => ({ name: p.name, category: p.category, totalAmount: toDecimalString(toFen(p.totalAmount)) })));
  const canManage = managed > 0;
  const review = await declarationReviewState(actor, header, canManage);
  const reviewTargets: { target: string; label: string }[] = commentTargets(doc);
  if (review.submission.actions.includes("return")) {
    for (const p of header.projects) {
      const projectDoc = await loadDeclarationDoc(db, p.id);
      for (const t of commentTargets(projectDoc!)) reviewTargets.push({ target: `project:${p.id}:${t.target}`, label: `项目「${p.name}」 · ${t.label}` });
    }
  }
  await writeAudit({ actor, action: "declaration.view", outcome: "SUCCESS", districtId: header.districtId, targetType: "PerformanceDeclaration", targetId: id });
  return { header, doc, findings, review, canManage, reviewTargets, canEdit: canManage && (header.status === "DRAFT" || header.status === "RETURNED") };
}
