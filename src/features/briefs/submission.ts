import "server-only";
// 月度工作简报 in the generic review workflow (src/features/submissions). Submitting re-counts the station's
// records of the month and freezes them into `counts`; it is refused before the month has ended and while a
// section is empty. The first submission's time decides whether the brief was late (standing.ts).
import { scope } from "@/server/scope";
import { AppError, type FieldErrors } from "@/server/errors";
import type { SubmissionHandler } from "@/features/submissions/handler";
import { countServiceRecords } from "@/features/service-counts/counts";
import { calendarMonthRange, monthLabel } from "@/lib/dates";
import { freezeCounts } from "./counts";
import { BRIEF_SECTION_REQUIRED, BRIEF_SECTIONS } from "./labels";
import { monthEnded } from "./standing";

export const briefSubmission: SubmissionHandler = {
  kind: "MONTHLY_BRIEF",
  targetType: "MonthlyBrief",
  load: async (tx, actor, id, permission) => {
    const row = await tx.monthlyBrief.findFirst({
      where: { AND: [{ id }, scope.monthlyBriefs(actor, permission)] },
      select: { id: true, districtId: true, contractId: true, status: true, version: true, month: true, station: { select: { name: true } } },
    });
    if (!row) return null;
    return { kind: "MONTHLY_BRIEF", id: row.id, districtId: row.districtId, contractId: row.contractId, status: row.status, version: row.version, title: `${row.station.name}${monthLabel(row.month)}月度工作简报` };
  },
  update: async (tx, s, data) => (await tx.monthlyBrief.updateMany({ where: { id: s.id, version: s.version, status: s.status }, data })).count,
  onSubmit: async (tx, _actor, s, now) => {
    const brief = await tx.monthlyBrief.findUniqueOrThrow({
      where: { id: s.id },
      select: { stationId: true, month: true, dailyWork: true, highlights: true, nextMonthPlan: true, firstSubmittedAt: true },
    });
    if (!monthEnded(brief.month, now)) throw new AppError("INVALID_TRANSITION", "本月尚未结束，不能提交");
    const missing: FieldErrors = {};
    for (const section of BRIEF_SECTIONS) if (!brief[section]?.trim()) missing[section] = [BRIEF_SECTION_REQUIRED[section]];
    const messages = Object.values(missing).flat();
    if (messages.length > 0) throw new AppError("VALIDATION", messages.join("；"), missing);
    const counts = await countServiceRecords(tx, [brief.stationId], calendarMonthRange(brief.month));
    return { counts: freezeCounts(counts, now), submittedAt: now, firstSubmittedAt: brief.firstSubmittedAt ?? now };
  },
  onReview: async (_tx, _actor, _s, step, _comment, now) => (step === "accept" ? { acceptedAt: now } : {}),
};
