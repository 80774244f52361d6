import "server-only";
// The brief as a .docx in the seed's layout, for whoever reads it (brief:read; a draft only for the
// contractor). Out of scope answers "not found"; both outcomes are audit rows brief.export_docx.
import { buildCaseDocx } from "@/features/print/docx";
import { writeAudit } from "@/server/audit";
import type { Actor } from "@/server/permissions";
import { briefFormSpec } from "./print";
import { briefCounts, findBrief } from "./queries";
import { monthLabel } from "@/lib/dates";

export type BriefDocxFile = { filename: string; asciiFilename: string; buffer: Buffer; briefId: string };

export async function exportBriefDocx(actor: Actor, id: string): Promise<BriefDocxFile | null> {
  const brief = await findBrief(actor, id);
  if (!brief) {
    await writeAudit({ actor, action: "brief.export_docx", outcome: "DENIED", targetType: "MonthlyBrief", targetId: id.slice(0, 64), detail: { reason: "NOT_FOUND" } });
    return null;
  }
  const { counts, live, countedAt } = await briefCounts(actor, brief);
  const spec = briefFormSpec({
    month: brief.month, districtName: brief.station.district.name, streetName: brief.station.streetOffice.name, stationName: brief.station.name,
    contractorName: brief.contract.contractor.name, contractCode: brief.contract.code, submittedAt: brief.submittedAt,
    counts, live, countedAt, dailyWork: brief.dailyWork, highlights: brief.highlights, nextMonthPlan: brief.nextMonthPlan,
  });
  const buffer = await buildCaseDocx([spec], { title: `${brief.station.name}${monthLabel(brief.month)}月度工作简报` });
  await writeAudit({
    actor, action: "brief.export_docx", outcome: "SUCCESS", districtId: brief.districtId, targetType: "MonthlyBrief", targetId: brief.id,
    detail: { contractId: brief.contract.id, stationId: brief.stationId, month: brief.month, status: brief.status },
  });
  return {
    filename: `月度工作简报-${brief.station.name}-${brief.month}.docx`,
    asciiFilename: `monthly-brief-${brief.month}.docx`,
    buffer, briefId: brief.id,
  };
}
