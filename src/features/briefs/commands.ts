import "server-only";
// brief.save: the contractor drafts the month's brief for a station of its contract (the first save creates
// the row with its due date) and edits the three sections while it is a draft or returned. The counts are
// not typed: the page shows them live from the records, and submitting freezes them (submission.ts).
import { monthLabel, monthOfCalendarDate } from "@/lib/dates";
import { defineCommand } from "@/server/action";
import type { Tx } from "@/server/db";
import { AppError, fieldError } from "@/server/errors";
import { can, type Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { briefDueDay } from "@/features/district-settings/queries";
import { submissionRefusal, EDITABLE } from "@/features/submissions/rules";
import { briefSchema, type BriefInput } from "./schemas";
import { BRIEF_CONTRACT_STATUSES, briefDueOn, monthBegun } from "./standing";

const prose = (input: BriefInput) => ({ dailyWork: input.dailyWork, highlights: input.highlights, nextMonthPlan: input.nextMonthPlan });

async function createBrief(tx: Tx, actor: Actor, input: BriefInput, now: Date) {
  const contract = await tx.serviceContract.findFirst({
    where: { AND: [{ id: input.contractId! }, scope.contracts(actor, "brief:manage")] },
    select: { id: true, districtId: true, status: true, startsOn: true, endsOn: true, stations: { select: { stationId: true } } },
  });
  if (!contract) throw new AppError("NOT_FOUND");
  if (!BRIEF_CONTRACT_STATUSES.includes(contract.status)) throw new AppError("INVALID_TRANSITION", "服务项目未在履行中，不能起草月度工作简报");
  if (!contract.stations.some((s) => s.stationId === input.stationId)) throw fieldError("stationId", "该社工站不在此服务项目内");
  const first = monthOfCalendarDate(contract.startsOn);
  const last = monthOfCalendarDate(contract.endsOn);
  if (input.month < first || input.month > last) throw fieldError("month", `月份应在服务期限内（${monthLabel(first)}至${monthLabel(last)}）`);
  if (!monthBegun(input.month, now)) throw fieldError("month", `${monthLabel(input.month)}尚未开始，不能起草月度工作简报`);
  const existing = await tx.monthlyBrief.findUnique({ where: { contractId_stationId_month: { contractId: contract.id, stationId: input.stationId!, month: input.month } }, select: { id: true } });
  if (existing) throw new AppError("CONFLICT", `${monthLabel(input.month)}的月度工作简报已经起草，请刷新后打开编辑`);
  const created = await tx.monthlyBrief.create({
    data: {
      districtId: contract.districtId, contractId: contract.id, stationId: input.stationId!, month: input.month,
      dueOn: briefDueOn(input.month, await briefDueDay(contract.districtId, tx)), ...prose(input), createdById: actor.userId,
    },
    select: { id: true, contractId: true, stationId: true, month: true },
  });
  return created;
}

export const saveBriefCommand = defineCommand({
  name: "brief.save",
  schema: briefSchema,
  permission: "brief:manage",
  uniqueFields: {
    contract_id: { field: "_form", message: "该月的月度工作简报刚刚已由他人起草，请刷新后打开编辑" },
    contractId: { field: "_form", message: "该月的月度工作简报刚刚已由他人起草，请刷新后打开编辑" },
  },
  run: async ({ input, actor, tx }) => {
    if (!input.briefId) {
      if (input.version !== undefined) throw new AppError("CONFLICT");
      const created = await createBrief(tx, actor, input, new Date());
      return {
        target: { type: "MonthlyBrief", id: created.id },
        detail: { contractId: created.contractId, stationId: created.stationId, month: created.month, created: true },
        data: { id: created.id },
        message: `${monthLabel(created.month)}月度工作简报已起草`,
        redirectTo: `/contractor/briefs/${created.id}`,
      };
    }
    const row = await tx.monthlyBrief.findFirst({
      where: { AND: [{ id: input.briefId }, scope.monthlyBriefs(actor, "brief:manage")] },
      select: { id: true, contractId: true, stationId: true, month: true, status: true, version: true },
    });
    if (!row) throw new AppError("NOT_FOUND");
    const refusal = submissionRefusal({ kind: "MONTHLY_BRIEF", status: row.status }, "edit", (p) => can(actor, p));
    if (refusal) throw new AppError("INVALID_TRANSITION", refusal);
    if (input.version !== undefined && input.version !== row.version) throw new AppError("CONFLICT");
    const moved = await tx.monthlyBrief.updateMany({
      where: { id: row.id, version: row.version, status: { in: [...EDITABLE] } },
      data: { ...prose(input), version: { increment: 1 } },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    return {
      target: { type: "MonthlyBrief", id: row.id },
      detail: { contractId: row.contractId, stationId: row.stationId, month: row.month },
      data: { id: row.id },
      message: `${monthLabel(row.month)}月度工作简报已保存`,
    };
  },
});
