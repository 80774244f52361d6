// Demo budget history of 龙城's contract (CGMZ-2026-001): version 1 (accepted by the contracts seed) gets its
// declaration dates and review history, and a version 2 adjustment waits for the bureau's review: 6,000 元
// moved from 交通费 to 社会服务 (more community activities, fewer trips once the station's own venue opened).
import type { Prisma } from "../../src/generated/prisma/client";
import { toDecimalString, toFen } from "../../src/lib/money";

type Tx = Prisma.TransactionClient;

const MOVED = 600_000; // 6,000.00 元 in 分

export async function seedDemoBudgets(tx: Tx, opts: { districtId: string; contractId: string; contractorAdminId: string }) {
  const v1 = await tx.budgetVersion.findFirstOrThrow({
    where: { contractId: opts.contractId, number: 1, status: "ACCEPTED" },
    select: { id: true, fundProvincial: true, fundLocal: true, fundRaised: true, allocations: { select: { itemId: true, basis: true, rateKind: true, dailyRate: true, amount: true, item: { select: { category: true, code: true } } } } },
  });
  const admin = await tx.user.findUniqueOrThrow({ where: { id: opts.contractorAdminId }, select: { id: true, name: true } });
  const reviewer = await tx.membership.findFirst({ where: { districtId: opts.districtId, role: "BUREAU_REVIEWER" }, orderBy: { createdAt: "asc" }, select: { user: { select: { id: true, name: true } } } });

  // Version 1: declared with the contract, approved before the year began.
  const declared = new Date("2025-12-27T02:00:00Z");
  const approved = new Date("2025-12-30T07:30:00Z");
  await tx.budgetVersion.update({
    where: { id: v1.id },
    data: { submittedAt: declared, decidedAt: approved, notes: "按《社工站项目财务管理指引》编制：劳务费按驻站社工 3 名、督导 1 名全年测算；管理费不超过 10%；税费按 2% 预留。" },
  });
  await tx.reportEvent.create({ data: { districtId: opts.districtId, kind: "BUDGET", reportId: v1.id, event: "SUBMIT", actorId: admin.id, actorName: admin.name, actorRole: "CONTRACTOR_ADMIN", at: declared } });
  if (reviewer) {
    await tx.reportEvent.create({ data: { districtId: opts.districtId, kind: "BUDGET", reportId: v1.id, event: "ACCEPT", comment: "预算结构符合要求，同意。", actorId: reviewer.user.id, actorName: reviewer.user.name, actorRole: "BUREAU_REVIEWER", at: approved } });
  }

  // Version 2: 交通费 −6,000, 社会服务 +6,000, submitted two days ago.
  const transport = v1.allocations.find((a) => a.item.category === "TRANSPORT");
  const service = v1.allocations.find((a) => a.item.category === "SOCIAL_SERVICE");
  if (!transport || !service || toFen(transport.amount) < MOVED) throw new Error("demo budget: version 1 needs a 交通费 line of at least 6,000 元 and a 社会服务 line");
  const submitted = new Date(Date.now() - 2 * 86_400_000);
  const v2 = await tx.budgetVersion.create({
    data: {
      districtId: opts.districtId, contractId: opts.contractId, number: 2, status: "SUBMITTED", createdById: admin.id, version: 2,
      reason: "龙城街道社工站自有活动场地于 9 月投入使用，入户与外出活动的交通需求减少；辖区“一老一小”社区活动需求增加，拟将交通费 6,000 元调整至社会服务支出，用于增加 4 场社区活动。",
      fundProvincial: v1.fundProvincial, fundLocal: v1.fundLocal, fundRaised: v1.fundRaised,
      notes: "调整后各项费用占比仍符合财务管理指引的限额。",
      submittedAt: submitted,
    },
  });
  await tx.budgetAllocation.createMany({
    data: v1.allocations.map((a) => {
      const delta = a.itemId === transport.itemId ? -MOVED : a.itemId === service.itemId ? MOVED : 0;
      return {
        districtId: opts.districtId, budgetVersionId: v2.id, itemId: a.itemId, basis: a.basis, rateKind: a.rateKind, dailyRate: a.dailyRate,
        amount: toDecimalString(toFen(a.amount) + delta),
      };
    }),
  });
  await tx.reportEvent.create({ data: { districtId: opts.districtId, kind: "BUDGET", reportId: v2.id, event: "SUBMIT", actorId: admin.id, actorName: admin.name, actorRole: "CONTRACTOR_ADMIN", at: submitted } });
  return { adjustment: v2 };
}
