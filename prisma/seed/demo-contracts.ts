// Demo contracts (服务项目): 启明 runs 龙城 and 吴家营 under the bureau's 2026 contracts; 龙城's budget is
// approved (version 1). Budget adjustments, expenses, briefs and reports are added by their own seeds.
import type { Prisma } from "../../src/generated/prisma/client";
import { createAcceptedBudget, createContract, TYPICAL_BUDGET_LINES } from "./factories";

type Tx = Prisma.TransactionClient;

export async function seedDemoContracts(tx: Tx, opts: { districtId: string; contractorId: string; bureauStaffId: string; contractorAdminId: string; longchengId: string; wujiayingId: string }) {
  const longcheng = await createContract(tx, {
    districtId: opts.districtId, contractorId: opts.contractorId, stationIds: [opts.longchengId], createdById: opts.bureauStaffId,
    code: "CGMZ-2026-001", name: "2026年呈贡区龙城街道社会工作服务站运营项目", amount: "300000.00", startsOn: "2026-01-01", endsOn: "2026-12-31", signedOn: "2025-12-26",
  });
  const wujiaying = await createContract(tx, {
    districtId: opts.districtId, contractorId: opts.contractorId, stationIds: [opts.wujiayingId], createdById: opts.bureauStaffId,
    code: "CGMZ-2026-004", name: "2026年呈贡区吴家营街道社会工作服务站运营项目", amount: "280000.00", startsOn: "2026-03-01", endsOn: "2027-02-28", signedOn: "2026-02-24",
    targets: { targetCases: 18, targetVisits: 180, targetBeneficiaries: 700, midtermBeneficiaries: 350 },
  });
  // 中期评估 passed on 2026-07-15; the first two tranches were paid.
  await tx.serviceContract.update({ where: { id: longcheng.id }, data: { midtermPassedOn: new Date("2026-07-15T00:00:00Z") } });
  const tranches = await tx.contractTranche.findMany({ where: { contractId: longcheng.id }, orderBy: { seq: "asc" } });
  await tx.contractPayment.create({ data: { districtId: opts.districtId, trancheId: tranches[0].id, paidOn: new Date("2026-01-08T00:00:00Z"), amount: tranches[0].amount, voucherNo: "记-2026-0012", recordedById: opts.bureauStaffId } });
  await tx.contractPayment.create({ data: { districtId: opts.districtId, trancheId: tranches[1].id, paidOn: new Date("2026-07-27T00:00:00Z"), amount: tranches[1].amount, voucherNo: "记-2026-0388", recordedById: opts.bureauStaffId } });
  const budget = await createAcceptedBudget(tx, {
    districtId: opts.districtId, contractId: longcheng.id, createdById: opts.contractorAdminId, lines: TYPICAL_BUDGET_LINES,
    funds: { fundProvincial: "100000.00", fundLocal: "200000.00", fundRaised: "0.00" },
  });
  return { longcheng, wujiaying, budget };
}
