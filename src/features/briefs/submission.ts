import "server-only";
// 月度工作简报 in the generic review workflow (src/features/submissions).
import { scope } from "@/server/scope";
import { fieldError } from "@/server/errors";
import type { SubmissionHandler } from "@/features/submissions/handler";

export const briefSubmission: SubmissionHandler = {
  kind: "MONTHLY_BRIEF",
  targetType: "MonthlyBrief",
  load: async (tx, actor, id, permission) => {
    const row = await tx.monthlyBrief.findFirst({
      where: { AND: [{ id }, scope.monthlyBriefs(actor, permission)] },
      select: { id: true, districtId: true, contractId: true, status: true, version: true, month: true, station: { select: { name: true } } },
    });
    if (!row) return null;
    const [y, m] = row.month.split("-");
    return { kind: "MONTHLY_BRIEF", id: row.id, districtId: row.districtId, contractId: row.contractId, status: row.status, version: row.version, title: `${row.station.name}${y}年${Number(m)}月月度工作简报` };
  },
  update: async (tx, s, data) => (await tx.monthlyBrief.updateMany({ where: { id: s.id, version: s.version, status: s.status }, data })).count,
  onSubmit: async (tx, _actor, s, now) => {
    const brief = await tx.monthlyBrief.findUniqueOrThrow({ where: { id: s.id }, select: { dailyWork: true, highlights: true, nextMonthPlan: true, firstSubmittedAt: true } });
    if (!brief.highlights?.trim()) throw fieldError("highlights", "提交前请填写本月特色、亮点及重点工作");
    if (!brief.nextMonthPlan?.trim()) throw fieldError("nextMonthPlan", "提交前请填写下月度的工作计划");
    return { submittedAt: now, firstSubmittedAt: brief.firstSubmittedAt ?? now };
  },
  onReview: async (_tx, _actor, _s, step, _comment, now) => (step === "accept" ? { acceptedAt: now } : {}),
};
