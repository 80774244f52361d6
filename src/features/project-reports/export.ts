import "server-only";
// The Word export of a 中期报告 / 结项报告书 in the seed's layout (print.ts drawn by buildCaseDocx), photos
// embedded. Read through report:read — a reviewer never gets a draft, the contractor gets its own; figures as
// frozen on submission, or drafted now while the report is still editable. Every export is an audit row.
import type { ProjectReportKind } from "@/generated/prisma/enums";
import { PROJECT_REPORT_KIND_LABELS } from "@/lib/labels";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { buildCaseDocx } from "@/features/print/docx";
import { readContent } from "./content";
import { readableProjectReports } from "./readable";
import { draftFigures, reportDay } from "./drafting";
import type { ReportFigures } from "./figures";
import { imageSize } from "./image";
import { projectReportSpecs, type PrintablePhoto, type PrintableReport } from "./print";

/** The report as printed, with its photos' bytes (for Word) or addresses (for the screen). */
export async function printableReport(id: string, opts: { withImageData: boolean; now?: Date }): Promise<PrintableReport | null> {
  const row = await db.projectReport.findUnique({
    where: { id },
    select: { id: true, kind: true, status: true, content: true, figures: true, contractId: true, contract: { select: { startsOn: true, endsOn: true } } },
  });
  if (!row) return null;
  const editable = row.status === "DRAFT" || row.status === "RETURNED";
  const figures = !editable && row.figures ? (row.figures as unknown as ReportFigures) : await draftFigures(db, row.contractId, row.kind, reportDay(row.contract, opts.now ?? new Date()));
  const files = row.kind === "FINAL"
    ? await db.storedFile.findMany({
        where: { ownerType: "ProjectReport", ownerId: row.id, kind: "PHOTO" },
        orderBy: { createdAt: "asc" },
        select: { id: true, caption: true, filename: true, data: opts.withImageData },
      })
    : [];
  const photos: PrintablePhoto[] = files.map((f) => {
    const bytes = "data" in f && f.data ? new Uint8Array(f.data) : null;
    const size = bytes ? imageSize(bytes) : null;
    const known = size && size.width > 0 && size.height > 0;
    return {
      caption: f.caption,
      image: {
        type: size?.type ?? (/\.png$/i.test(f.filename) ? "png" : "jpg"),
        data: bytes ?? undefined,
        src: `/api/files/${f.id}?inline=1`,
        width: known ? size.width : 400,
        height: known ? size.height : 300,
        alt: f.caption ?? f.filename,
      },
    };
  });
  return { kind: row.kind, status: row.status, content: readContent(row.kind, row.content), figures, photos };
}

export type ReportDocxFile = { filename: string; asciiFilename: string; buffer: Buffer; reportId: string; kind: ProjectReportKind };

/** The report as a .docx for the actor, or null when out of reach (drafts only for the contractor); audited either way. */
export async function exportProjectReportDocx(actor: Actor, id: string, now = new Date()): Promise<ReportDocxFile | null> {
  const reachable = typeof id !== "string" || id === "" ? null : await db.projectReport.findFirst({
    where: { AND: [{ id }, readableProjectReports(actor)] },
    select: { id: true, districtId: true, contractId: true, kind: true, contract: { select: { code: true } } },
  });
  if (!reachable) {
    await writeAudit({ actor, action: "project_report.export_docx", outcome: "DENIED", targetType: "ProjectReport", targetId: String(id).slice(0, 64), detail: { reason: "NOT_FOUND" } });
    return null;
  }
  const report = (await printableReport(reachable.id, { withImageData: true, now }))!;
  const name = PROJECT_REPORT_KIND_LABELS[reachable.kind];
  const buffer = await buildCaseDocx(projectReportSpecs(report), { title: `${name} ${reachable.contract.code}` });
  await writeAudit({
    actor, action: "project_report.export_docx", outcome: "SUCCESS", districtId: reachable.districtId, targetType: "ProjectReport", targetId: reachable.id,
    detail: { kind: reachable.kind, contractId: reachable.contractId, status: report.status, photos: report.photos.length },
  });
  const code = reachable.contract.code.replace(/[^A-Za-z0-9-]/g, "");
  return {
    filename: `${name}-${reachable.contract.code}.docx`,
    asciiFilename: `${reachable.kind === "MIDTERM" ? "midterm-report" : "final-report"}-${code}.docx`,
    buffer,
    reportId: reachable.id,
    kind: reachable.kind,
  };
}
