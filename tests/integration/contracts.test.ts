import { beforeAll, describe, expect, it } from "vitest";
import { recordEvaluationCommand, recordPaymentCommand, saveContractCommand, saveTranchesCommand, setContractStatusCommand } from "@/features/contracts/commands";
import { contractFormOptions, contractListOptions, getContract, listContracts } from "@/features/contracts/queries";
import { getContractHeader } from "@/features/contracts/header";
import { dueDateAfter } from "@/features/calendar/queries";
import { parseListParams } from "@/lib/list-params";
import { parseYuan, toFen } from "@/lib/money";
import type { ActionResult } from "@/server/action";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { createUser, uniq } from "../../prisma/seed/factories";
import { newContract } from "../support/contracts";
import { actorOf, buildWorld, type DistrictWorld, type World } from "../support/world";

let w: World;
/** contractors[1]'s administrator (the world has one for contractors[0] only). */
let otherContractorAdmin: Actor;

const y = (s: string) => parseYuan(s)!;
const d = (s: string) => new Date(`${s}T00:00:00Z`);

beforeAll(async () => {
  w = await buildWorld();
  const user = await createUser(db, { districtId: w.a.district.id, username: `ca2.${uniq()}`, memberships: [{ role: "CONTRACTOR_ADMIN", contractorId: w.a.contractors[1].id }] });
  otherContractorAdmin = (await actorOf(user.id))!;
});

function fields(dw: DistrictWorld, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: `HT-${uniq()}`,
    name: "2026年测试街道社会工作服务站运营项目",
    buyerKind: "BUREAU",
    buyerStreetOfficeId: "",
    contractorId: dw.contractors[0].id,
    stationIds: [dw.stations[0].id],
    procurementMode: "COMPETITIVE_CONSULTATION",
    startsOn: "2026-01-01",
    endsOn: "2026-12-31",
    signedOn: "",
    amount: "300,000.00",
    staffDeployed: "3",
    supervisorName: "李督导",
    targetCases: "20", targetGroups: "4", targetActivities: "12", targetVisits: "200", targetPersonTimes: "3000", targetBeneficiaries: "800", midtermBeneficiaries: "400",
    notes: "",
    ...overrides,
  };
}

function expectFieldError(r: ActionResult, field: string, text?: string) {
  expect(r.ok, JSON.stringify(r)).toBe(false);
  if (r.ok) return;
  expect(r.fieldErrors?.[field]?.[0], JSON.stringify(r)).toBeDefined();
  if (text) expect(r.fieldErrors![field][0]).toContain(text);
}

async function created(actor: Actor, overrides: Record<string, unknown> = {}, dw: DistrictWorld = w.a) {
  const r = await saveContractCommand.execute(actor, fields(dw, overrides));
  if (!r.ok) throw new Error(JSON.stringify(r));
  return db.serviceContract.findUniqueOrThrow({ where: { id: r.data!.id }, include: { tranches: { orderBy: { seq: "asc" } }, stations: true } });
}

const versionOf = async (id: string) => (await db.serviceContract.findUniqueOrThrow({ where: { id } })).version;
const tranchesOf = (id: string) => db.contractTranche.findMany({ where: { contractId: id }, orderBy: { seq: "asc" } });
const amounts = async (id: string) => (await tranchesOf(id)).map((t) => toFen(t.amount));

/** An ACTIVE contract (signed 2026-01-05) made through the commands. */
async function activeContract(overrides: Record<string, unknown> = {}) {
  const c = await created(w.a.actors.bureauStaff, { signedOn: "2026-01-05", ...overrides });
  const r = await setContractStatusCommand.execute(w.a.actors.bureauStaff, { id: c.id, version: c.version, status: "ACTIVE" });
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return db.serviceContract.findUniqueOrThrow({ where: { id: c.id }, include: { tranches: { orderBy: { seq: "asc" } } } });
}

async function pay(actor: Actor, contractId: string, seq: number, amount: string, paidOn = "2026-01-10") {
  const tranche = (await tranchesOf(contractId))[seq - 1];
  return recordPaymentCommand.execute(actor, { id: contractId, version: await versionOf(contractId), trancheId: tranche.id, paidOn, amount, voucherNo: `记-${uniq()}`, note: "" });
}

describe("contract.save", () => {
  it("refuses every role without contract:manage", async () => {
    for (const actor of [w.a.actors.contractorAdmin, w.a.actors.streetStaff, w.a.actors.bureauReviewer, w.a.actors.supervisor, w.a.actors.socialWorker, w.a.actors.evaluator, w.systemAdmin]) {
      const r = await saveContractCommand.execute(actor, fields(w.a));
      expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
  });

  it("creates a contract for the bureau staff with the default 65% / 20% / rest schedule", async () => {
    const c = await created(w.a.actors.bureauStaff, { stationIds: [w.a.stations[0].id, w.a.stations[1].id] });
    expect(c).toMatchObject({ districtId: w.a.district.id, status: "DRAFT", buyerKind: "BUREAU", buyerStreetOfficeId: null, staffDeployed: 3, targetVisits: 200, createdById: w.a.users.bureauStaff.id });
    expect(toFen(c.amount)).toBe(y("300000.00"));
    expect(c.stations.map((s) => s.stationId).sort()).toEqual([w.a.stations[0].id, w.a.stations[1].id].sort());
    expect(c.tranches.map((t) => [t.seq, t.gate, toFen(t.amount)])).toEqual([
      [1, "EFFECTIVE", y("195000.00")],
      [2, "MIDTERM_PASSED", y("60000.00")],
      [3, "FINAL_PASSED", y("45000.00")],
    ]);
    const audit = await db.auditLog.findFirst({ where: { action: "contract.save", targetId: c.id, outcome: "SUCCESS" } });
    expect(audit?.actorUserId).toBe(w.a.users.bureauStaff.id);
  });

  it("lets the bureau administrator create one bought by a street office", async () => {
    const c = await created(w.a.actors.bureauAdmin, { buyerKind: "STREET_OFFICE", buyerStreetOfficeId: w.a.streets[0].id });
    expect(c).toMatchObject({ buyerKind: "STREET_OFFICE", buyerStreetOfficeId: w.a.streets[0].id });
  });

  it("keeps the buyer street only when a street office buys", async () => {
    const c = await created(w.a.actors.bureauStaff, { buyerKind: "BUREAU", buyerStreetOfficeId: w.a.streets[0].id });
    expect(c.buyerStreetOfficeId).toBeNull();
  });

  it("validates the fields in Chinese", async () => {
    const s = w.a.actors.bureauStaff;
    expectFieldError(await saveContractCommand.execute(s, fields(w.a, { code: "" })), "code", "请填写合同编号");
    expectFieldError(await saveContractCommand.execute(s, fields(w.a, { stationIds: [] })), "stationIds", "请至少选择一个服务站点");
    expectFieldError(await saveContractCommand.execute(s, fields(w.a, { endsOn: "2025-12-31" })), "endsOn", "服务期限结束日期不能早于开始日期");
    expectFieldError(await saveContractCommand.execute(s, fields(w.a, { endsOn: "2029-01-01" })), "endsOn", "服务期限最长 3 年");
    expectFieldError(await saveContractCommand.execute(s, fields(w.a, { buyerKind: "STREET_OFFICE" })), "buyerStreetOfficeId", "请选择街道");
    expectFieldError(await saveContractCommand.execute(s, fields(w.a, { amount: "30万" })), "amount", "项目金额应为金额（元）");
    expectFieldError(await saveContractCommand.execute(s, fields(w.a, { amount: "0" })), "amount", "项目金额应大于 0");
    expectFieldError(await saveContractCommand.execute(s, fields(w.a, { midtermBeneficiaries: "900" })), "midtermBeneficiaries", "不能超过项目总预计服务人数");
    expectFieldError(await saveContractCommand.execute(s, fields(w.a, { signedOn: "2099-01-01", endsOn: "2026-12-31" })), "signedOn", "不能晚于今天");
    expectFieldError(await saveContractCommand.execute(s, fields(w.a, { targetCases: "" })), "targetCases", "请填写个案");
  });

  it("accepts a period other than one year (the form only warns) up to three years", async () => {
    const c = await created(w.a.actors.bureauStaff, { startsOn: "2026-01-01", endsOn: "2028-12-31" });
    expect((await getContract(w.a.actors.bureauStaff, c.id))!.periodWarning).toContain("服务期限通常为 1 年");
  });

  it("refuses a code already used in the district, not one of another district", async () => {
    const code = `DUP-${uniq()}`;
    await created(w.a.actors.bureauStaff, { code });
    expectFieldError(await saveContractCommand.execute(w.a.actors.bureauStaff, fields(w.a, { code })), "code", "本区已有使用该合同编号的服务项目");
    await created(w.b.actors.bureauStaff, { code }, w.b);
  });

  it("refuses another district's contractor, station or street office on the field", async () => {
    const s = w.b.actors.bureauStaff;
    expectFieldError(await saveContractCommand.execute(s, fields(w.b, { contractorId: w.a.contractors[0].id })), "contractorId", "不存在或不属于本区");
    expectFieldError(await saveContractCommand.execute(s, fields(w.b, { stationIds: [w.b.stations[0].id, w.a.stations[0].id] })), "stationIds", "不存在或不属于本区");
    expectFieldError(await saveContractCommand.execute(s, fields(w.b, { buyerKind: "STREET_OFFICE", buyerStreetOfficeId: w.a.streets[0].id })), "buyerStreetOfficeId", "不存在或不属于本区");
    expect(await db.serviceContract.count({ where: { districtId: w.b.district.id, contractorId: w.a.contractors[0].id } })).toBe(0);
  });

  it("updates with the version; a stale version is a conflict; another district's staff finds nothing", async () => {
    const c = await created(w.a.actors.bureauStaff);
    const edit = fields(w.a, { id: c.id, version: c.version, code: c.code, name: "改名后的项目", stationIds: [w.a.stations[1].id] });
    expect(await saveContractCommand.execute(w.b.actors.bureauStaff, edit)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await saveContractCommand.execute(w.a.actors.contractorAdmin, edit)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await saveContractCommand.execute(w.a.actors.bureauStaff, edit)).toMatchObject({ ok: true });
    const after = await db.serviceContract.findUniqueOrThrow({ where: { id: c.id }, include: { stations: true } });
    expect(after.name).toBe("改名后的项目");
    expect(after.version).toBe(c.version + 1);
    expect(after.stations.map((s) => s.stationId)).toEqual([w.a.stations[1].id]);
    expect(await saveContractCommand.execute(w.a.actors.bureauAdmin, { ...edit, name: "再改" })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("keeps a station with monthly briefs under the contract", async () => {
    const c = await created(w.a.actors.bureauStaff, { stationIds: [w.a.stations[0].id, w.a.stations[1].id] });
    await db.monthlyBrief.create({ data: { districtId: w.a.district.id, contractId: c.id, stationId: w.a.stations[1].id, month: "2026-10", dueOn: d("2026-11-05"), createdById: w.a.users.contractorAdmin.id } });
    const r = await saveContractCommand.execute(w.a.actors.bureauStaff, fields(w.a, { id: c.id, version: c.version, code: c.code, stationIds: [w.a.stations[0].id] }));
    expectFieldError(r, "stationIds", "已有月度工作简报，不能移除");
    expectFieldError(await saveContractCommand.execute(w.a.actors.bureauStaff, fields(w.a, { id: c.id, version: c.version, code: c.code, contractorId: w.a.contractors[1].id, stationIds: [w.a.stations[0].id, w.a.stations[1].id] })), "contractorId", "不能更换");
    expect(await saveContractCommand.execute(w.a.actors.bureauStaff, fields(w.a, { id: c.id, version: c.version, code: c.code, stationIds: [w.a.stations[1].id] }))).toMatchObject({ ok: true });
  });

  it("re-derives the schedule keeping the percentages when the amount changes before any payment", async () => {
    const c = await created(w.a.actors.bureauStaff);
    const tr = await saveTranchesCommand.execute(w.a.actors.bureauStaff, { id: c.id, version: c.version, tranche1: "180000.00", tranche2: "60000.00", tranche3: "60000.00" });
    expect(tr, JSON.stringify(tr)).toMatchObject({ ok: true });
    const r = await saveContractCommand.execute(w.a.actors.bureauStaff, fields(w.a, { id: c.id, version: await versionOf(c.id), code: c.code, amount: "200000" }));
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true, message: "服务项目已保存，拨付计划已按新金额调整" });
    expect(await amounts(c.id)).toEqual([y("120000.00"), y("40000.00"), y("40000.00")]);
  });

  it("keeps paid tranches when the amount changes, and refuses an amount the paid tranches no longer fit", async () => {
    const c = await activeContract();
    expect(await pay(w.a.actors.bureauStaff, c.id, 1, "195000.00")).toMatchObject({ ok: true });
    const r = await saveContractCommand.execute(w.a.actors.bureauStaff, fields(w.a, { id: c.id, version: await versionOf(c.id), code: c.code, signedOn: "2026-01-05", amount: "310000.00" }));
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    expect(await amounts(c.id)).toEqual([y("195000.00"), y("62000.00"), y("53000.00")]);
    const refused = await saveContractCommand.execute(w.a.actors.bureauStaff, fields(w.a, { id: c.id, version: await versionOf(c.id), code: c.code, signedOn: "2026-01-05", amount: "400000.00" }));
    expectFieldError(refused, "amount", "已有拨付记录");
    expect(await amounts(c.id)).toEqual([y("195000.00"), y("62000.00"), y("53000.00")]);
    // A contract in force keeps its effective date, no later than its first payment.
    expectFieldError(await saveContractCommand.execute(w.a.actors.bureauStaff, fields(w.a, { id: c.id, version: await versionOf(c.id), code: c.code, signedOn: "", amount: "310000.00" })), "signedOn", "须填写协议生效日期");
    expectFieldError(await saveContractCommand.execute(w.a.actors.bureauStaff, fields(w.a, { id: c.id, version: await versionOf(c.id), code: c.code, signedOn: "2026-01-20", amount: "310000.00" })), "signedOn", "不能晚于拨付日期");
  });

  it("does not edit a completed or terminated contract", async () => {
    const c = await activeContract();
    expect(await setContractStatusCommand.execute(w.a.actors.bureauStaff, { id: c.id, version: await versionOf(c.id), status: "TERMINATED", reason: "机构注销" })).toMatchObject({ ok: true });
    const r = await saveContractCommand.execute(w.a.actors.bureauStaff, fields(w.a, { id: c.id, version: await versionOf(c.id), code: c.code, signedOn: "2026-01-05" }));
    expect(r).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "已结项或已终止的服务项目不能修改" });
  });
});

describe("contract.save_tranches", () => {
  const schedule = async (actor: Actor, id: string, t1: string, t2: string, t3: string) =>
    saveTranchesCommand.execute(actor, { id, version: await versionOf(id), tranche1: t1, tranche2: t2, tranche3: t3 });

  it("refuses other roles and another district", async () => {
    const c = await created(w.a.actors.bureauStaff);
    for (const actor of [w.a.actors.contractorAdmin, w.a.actors.streetStaff, w.a.actors.bureauReviewer]) {
      expect(await schedule(actor, c.id, "180000", "60000", "60000")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await schedule(w.b.actors.bureauStaff, c.id, "180000", "60000", "60000")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await amounts(c.id)).toEqual([y("195000.00"), y("60000.00"), y("45000.00")]);
  });

  it("accepts a first tranche of exactly 60% and 70%, refuses 59.99% and 70.01%", async () => {
    const c = await created(w.a.actors.bureauStaff, { amount: "100000.00" });
    expect(await schedule(w.a.actors.bureauStaff, c.id, "60000.00", "20000.00", "20000.00")).toMatchObject({ ok: true, message: "拨付计划已保存" });
    expect(await amounts(c.id)).toEqual([y("60000.00"), y("20000.00"), y("20000.00")]);
    expect(await schedule(w.a.actors.bureauAdmin, c.id, "70000.00", "20000.00", "10000.00")).toMatchObject({ ok: true });
    expectFieldError(await schedule(w.a.actors.bureauStaff, c.id, "59990.00", "20000.00", "20010.00"), "tranche1", "第一笔应为项目金额的 60%–70%");
    expectFieldError(await schedule(w.a.actors.bureauStaff, c.id, "70010.00", "20000.00", "9990.00"), "tranche1", "现为 70.01%");
    expect(await amounts(c.id)).toEqual([y("70000.00"), y("20000.00"), y("10000.00")]);
  });

  it("needs the second exactly 20% and the sum exactly the amount", async () => {
    const c = await created(w.a.actors.bureauStaff, { amount: "100000.00" });
    expectFieldError(await schedule(w.a.actors.bureauStaff, c.id, "65000.00", "20000.01", "14999.99"), "tranche2", "第二笔应为项目金额的 20%，即 20,000.00 元");
    expectFieldError(await schedule(w.a.actors.bureauStaff, c.id, "65000.00", "20000.00", "15000.01"), "tranche3", "三笔合计 100,000.01 元，应等于项目金额 100,000.00 元");
    expectFieldError(await schedule(w.a.actors.bureauStaff, c.id, "65000", "20000", "abc"), "tranche3", "第三笔金额应为金额（元）");
  });

  it("does not change a tranche once a payment is recorded for it", async () => {
    const c = await activeContract({ amount: "100000.00" });
    expect(await pay(w.a.actors.bureauStaff, c.id, 1, "10000.00")).toMatchObject({ ok: true });
    expectFieldError(await schedule(w.a.actors.bureauStaff, c.id, "60000.00", "20000.00", "20000.00"), "tranche1", "第一笔已有拨付记录，金额不能修改");
    expect(await schedule(w.a.actors.bureauStaff, c.id, "65000.00", "20000.00", "15000.00")).toMatchObject({ ok: true });
  });

  it("refuses a stale version", async () => {
    const c = await created(w.a.actors.bureauStaff);
    const r = await saveTranchesCommand.execute(w.a.actors.bureauStaff, { id: c.id, version: c.version + 5, tranche1: "180000", tranche2: "60000", tranche3: "60000" });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("contract.record_evaluation", () => {
  const evaluate = async (actor: Actor, id: string, midtermPassedOn: string, finalPassedOn = "") =>
    recordEvaluationCommand.execute(actor, { id, version: await versionOf(id), midtermPassedOn, finalPassedOn });

  it("refuses other roles, another district and a contract not in force", async () => {
    const draft = await created(w.a.actors.bureauStaff);
    expect(await evaluate(w.a.actors.bureauStaff, draft.id, "2026-07-01")).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    const c = await activeContract();
    for (const actor of [w.a.actors.contractorAdmin, w.a.actors.streetStaff, w.a.actors.bureauReviewer]) {
      expect(await evaluate(actor, c.id, "2026-07-01")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await evaluate(w.b.actors.bureauStaff, c.id, "2026-07-01")).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("records the mid-term, then the final evaluation, in order and within the period", async () => {
    const c = await activeContract();
    expectFieldError(await evaluate(w.a.actors.bureauStaff, c.id, "", "2026-11-01"), "finalPassedOn", "须先记录中期评估通过日期");
    expectFieldError(await evaluate(w.a.actors.bureauStaff, c.id, "2025-12-01"), "midtermPassedOn", "应在服务期限内");
    expectFieldError(await evaluate(w.a.actors.bureauStaff, c.id, "2026-07-01", "2026-06-30"), "finalPassedOn", "应晚于中期评估通过日期");
    expectFieldError(await evaluate(w.a.actors.bureauStaff, c.id, "2026-07-01", "2099-01-01"), "finalPassedOn", "不能晚于今天");
    expect(await evaluate(w.a.actors.bureauStaff, c.id, "2026-07-01")).toMatchObject({ ok: true, message: "评估通过日期已保存" });
    expect(await evaluate(w.a.actors.bureauAdmin, c.id, "2026-07-01", "2026-11-02")).toMatchObject({ ok: true });
    const after = await db.serviceContract.findUniqueOrThrow({ where: { id: c.id } });
    expect(after.midtermPassedOn).toEqual(d("2026-07-01"));
    expect(after.finalPassedOn).toEqual(d("2026-11-02"));
    expect(await db.auditLog.count({ where: { action: "contract.record_evaluation", targetId: c.id, outcome: "SUCCESS" } })).toBe(2);
  });

  it("keeps the evaluation that opened a paid tranche", async () => {
    const c = await activeContract();
    await evaluate(w.a.actors.bureauStaff, c.id, "2026-07-01");
    expect(await pay(w.a.actors.bureauStaff, c.id, 2, "60000.00", "2026-07-10")).toMatchObject({ ok: true });
    expectFieldError(await evaluate(w.a.actors.bureauStaff, c.id, ""), "midtermPassedOn", "第二笔已有拨付记录，不能清除");
    expectFieldError(await evaluate(w.a.actors.bureauStaff, c.id, "2026-07-20"), "midtermPassedOn", "不能晚于拨付日期");
  });

  it("refuses a stale version", async () => {
    const c = await activeContract();
    expect(await recordEvaluationCommand.execute(w.a.actors.bureauStaff, { id: c.id, version: c.version - 1, midtermPassedOn: "2026-07-01", finalPassedOn: "" })).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("contract.record_payment", () => {
  it("refuses other roles and another district", async () => {
    const c = await activeContract();
    for (const actor of [w.a.actors.contractorAdmin, w.a.actors.streetStaff, w.a.actors.bureauReviewer, w.a.actors.supervisor]) {
      expect(await pay(actor, c.id, 1, "1000.00")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await pay(w.b.actors.bureauStaff, c.id, 1, "1000.00")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.contractPayment.count({ where: { tranche: { contractId: c.id } } })).toBe(0);
  });

  it("refuses a payment on a contract not yet in force", async () => {
    const c = await created(w.a.actors.bureauStaff, { signedOn: "2026-01-05" });
    expect(await pay(w.a.actors.bureauStaff, c.id, 1, "1000.00")).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "服务项目尚未生效，不能记录拨付" });
  });

  it("opens the second tranche with the mid-term evaluation and the third with the final one", async () => {
    const c = await activeContract();
    expectFieldError(await pay(w.a.actors.bureauStaff, c.id, 2, "60000.00", "2026-07-10"), "trancheId", "中期评估尚未通过，不能拨付第二笔");
    expectFieldError(await pay(w.a.actors.bureauStaff, c.id, 3, "45000.00", "2026-07-10"), "trancheId", "末期评估尚未通过，不能拨付第三笔");
    await recordEvaluationCommand.execute(w.a.actors.bureauStaff, { id: c.id, version: await versionOf(c.id), midtermPassedOn: "2026-07-01", finalPassedOn: "" });
    expectFieldError(await pay(w.a.actors.bureauStaff, c.id, 2, "60000.00", "2026-06-30"), "paidOn", "拨付日期不能早于中期评估通过日期（2026-07-01）");
    expect(await pay(w.a.actors.bureauStaff, c.id, 2, "60000.00", "2026-07-10")).toMatchObject({ ok: true, message: "已记录第二笔拨付 60,000.00 元" });
    expectFieldError(await pay(w.a.actors.bureauStaff, c.id, 3, "45000.00", "2026-07-10"), "trancheId", "末期评估尚未通过");
  });

  it("records partial payments up to the tranche's amount and no more", async () => {
    const c = await activeContract();
    expectFieldError(await pay(w.a.actors.bureauStaff, c.id, 1, "1000.00", "2026-01-04"), "paidOn", "拨付日期不能早于协议生效日期（2026-01-05）");
    expectFieldError(await pay(w.a.actors.bureauStaff, c.id, 1, "1000.00", "2099-01-04"), "paidOn", "不能晚于今天");
    expect(await pay(w.a.actors.bureauStaff, c.id, 1, "100000.00")).toMatchObject({ ok: true });
    expectFieldError(await pay(w.a.actors.bureauStaff, c.id, 1, "95000.01"), "amount", "超过该笔尚未拨付的金额 95,000.00 元");
    expect(await pay(w.a.actors.bureauAdmin, c.id, 1, "95000.00")).toMatchObject({ ok: true });
    expectFieldError(await pay(w.a.actors.bureauStaff, c.id, 1, "0.01"), "amount", "该笔已全额拨付");
    const payments = await db.contractPayment.findMany({ where: { tranche: { contractId: c.id } } });
    expect(payments.map((p) => toFen(p.amount)).sort((a, b) => a - b)).toEqual([y("95000.00"), y("100000.00")]);
    expect(payments[0]).toMatchObject({ districtId: w.a.district.id });
    expect(await db.auditLog.count({ where: { action: "contract.record_payment", targetId: c.id, outcome: "SUCCESS" } })).toBe(2);
  });

  it("refuses a stale version", async () => {
    const c = await activeContract();
    const r = await recordPaymentCommand.execute(w.a.actors.bureauStaff, { id: c.id, version: c.version - 1, trancheId: c.tranches[0].id, paidOn: "2026-01-10", amount: "1000", voucherNo: "", note: "" });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("contract.set_status", () => {
  const setStatus = async (actor: Actor, id: string, status: string, more: Record<string, unknown> = {}) =>
    setContractStatusCommand.execute(actor, { id, version: await versionOf(id), status, signedOn: "", reason: "", ...more });

  it("refuses other roles and another district", async () => {
    const c = await created(w.a.actors.bureauStaff, { signedOn: "2026-01-05" });
    for (const actor of [w.a.actors.contractorAdmin, w.a.actors.streetStaff, w.a.actors.bureauReviewer]) {
      expect(await setStatus(actor, c.id, "ACTIVE")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await setStatus(w.b.actors.bureauStaff, c.id, "ACTIVE")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db.serviceContract.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("DRAFT");
  });

  it("activates with the effective date (given on activation or before) and a schedule adding up", async () => {
    const c = await created(w.a.actors.bureauStaff);
    expectFieldError(await setStatus(w.a.actors.bureauStaff, c.id, "ACTIVE"), "signedOn", "请先填写协议生效日期");
    // A schedule that no longer adds up blocks activation.
    await db.contractTranche.update({ where: { id: c.tranches[2].id }, data: { amount: "1.00" } });
    expect(await setStatus(w.a.actors.bureauStaff, c.id, "ACTIVE", { signedOn: "2026-01-05" })).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "拨付计划合计与项目金额不一致，请先调整拨付计划" });
    await db.contractTranche.update({ where: { id: c.tranches[2].id }, data: { amount: "45000.00" } });
    expect(await setStatus(w.a.actors.bureauStaff, c.id, "ACTIVE", { signedOn: "2026-01-05" })).toMatchObject({ ok: true, message: "服务项目已生效" });
    const after = await db.serviceContract.findUniqueOrThrow({ where: { id: c.id } });
    expect(after).toMatchObject({ status: "ACTIVE", signedOn: d("2026-01-05") });
    expect(await setStatus(w.a.actors.bureauStaff, c.id, "DRAFT")).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
  });

  it("completes only after the final evaluation, and then there is no way back", async () => {
    const c = await activeContract();
    expect(await setStatus(w.a.actors.bureauStaff, c.id, "COMPLETED")).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "末期评估尚未通过，不能结项" });
    await recordEvaluationCommand.execute(w.a.actors.bureauStaff, { id: c.id, version: await versionOf(c.id), midtermPassedOn: "2026-07-01", finalPassedOn: "2026-11-02" });
    expect(await setStatus(w.a.actors.bureauAdmin, c.id, "COMPLETED")).toMatchObject({ ok: true, message: "服务项目已结项" });
    for (const to of ["ACTIVE", "DRAFT", "TERMINATED"]) {
      expect(await setStatus(w.a.actors.bureauStaff, c.id, to, { reason: "原因" })).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "已结项或已终止的服务项目不能再变更状态" });
    }
  });

  it("terminates with a reason kept in the notes with the date", async () => {
    const c = await activeContract({ notes: "原有备注" });
    expectFieldError(await setStatus(w.a.actors.bureauStaff, c.id, "TERMINATED"), "reason", "请填写终止原因");
    expect(await setStatus(w.a.actors.bureauStaff, c.id, "TERMINATED", { reason: "承接机构被注销登记" })).toMatchObject({ ok: true, message: "服务项目已终止" });
    const after = await db.serviceContract.findUniqueOrThrow({ where: { id: c.id } });
    expect(after.status).toBe("TERMINATED");
    expect(after.notes).toMatch(/^原有备注\n【\d{4}-\d{2}-\d{2} 终止】承接机构被注销登记$/);
    expect(await setStatus(w.a.actors.bureauStaff, c.id, "ACTIVE")).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await pay(w.a.actors.bureauStaff, c.id, 1, "1000.00")).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
  });

  it("refuses a stale version", async () => {
    const c = await created(w.a.actors.bureauStaff, { signedOn: "2026-01-05" });
    expect(await setContractStatusCommand.execute(w.a.actors.bureauStaff, { id: c.id, version: c.version + 1, status: "ACTIVE" })).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("lists and details by area", () => {
  let own: string; // contractors[0], stations[0], bought by the bureau
  let other: string; // contractors[1], stations[1], bought by the bureau
  let streetBought: string; // contractors[1], stations[1], bought by streets[0]
  let inB: string;
  // The other tests made contracts too: this block looks at its own (codes starting with its tag).
  const tag = `LIST${uniq()}`;
  const params = (filters: Record<string, string> = {}) =>
    parseListParams({ q: tag, ...filters, sort: "code" }, { sortable: ["code", "name", "startsOn", "amount", "status"] as const, defaultSort: "code", filters: ["status", "contractor", "station", "year"], pageSize: 500 });
  const ids = async (actor: Actor, filters: Record<string, string> = {}) => (await listContracts(actor, params(filters))).rows.map((r) => r.id);

  beforeAll(async () => {
    own = (await newContract(w.a, { code: `${tag}-A`, signedOn: "2026-01-05" })).id;
    other = (await newContract(w.a, { code: `${tag}-B`, contractorId: w.a.contractors[1].id, stationIds: [w.a.stations[1].id], startsOn: "2027-01-01", endsOn: "2027-12-31", signedOn: "2026-12-20" })).id;
    streetBought = (await newContract(w.a, { code: `${tag}-C`, contractorId: w.a.contractors[1].id, stationIds: [w.a.stations[1].id], buyerStreetOfficeId: w.a.streets[0].id, status: "DRAFT", signedOn: null })).id;
    inB = (await newContract(w.b, { code: `${tag}-D` })).id;
  });

  it("gives the bureau its district's contracts and nothing of another district", async () => {
    const a = await ids(w.a.actors.bureauReviewer);
    expect(a).toEqual(expect.arrayContaining([own, other, streetBought]));
    expect(a).not.toContain(inB);
    expect(await ids(w.b.actors.bureauStaff)).not.toEqual(expect.arrayContaining([own]));
    expect(await ids(w.b.actors.bureauStaff)).toContain(inB);
  });

  it("gives a contractor its own contracts only", async () => {
    expect(await ids(w.a.actors.contractorAdmin)).toEqual([own]);
    expect((await ids(otherContractorAdmin)).sort()).toEqual([other, streetBought].sort());
    expect(await getContract(w.a.actors.contractorAdmin, own)).not.toBeNull();
    expect(await getContract(w.a.actors.contractorAdmin, other)).toBeNull();
    expect(await getContractHeader(w.a.actors.contractorAdmin, other)).toBeNull();
  });

  it("gives a street office the contracts covering its stations or bought by it", async () => {
    expect((await ids(w.a.actors.streetStaff)).sort()).toEqual([own, streetBought].sort());
    expect((await ids(w.a.actors.otherStreetStaff)).sort()).toEqual([other, streetBought].sort());
    expect(await getContract(w.a.actors.streetStaff, streetBought)).not.toBeNull();
    expect(await getContract(w.a.actors.otherStreetStaff, own)).toBeNull();
    expect(await getContract(w.b.actors.streetStaff, own)).toBeNull();
  });

  it("gives the station's supervisor the contracts covering the station; workers and heads nothing", async () => {
    expect(await ids(w.a.actors.supervisor)).toEqual([own]);
    for (const actor of [w.a.actors.socialWorker, w.a.actors.stationHead, w.a.actors.evaluator, w.a.actors.auditor, w.systemAdmin]) {
      expect(await ids(actor)).toEqual([]);
      expect(await getContract(actor, own)).toBeNull();
    }
    expect(await getContract(w.b.actors.bureauStaff, own)).toBeNull();
  });

  it("filters by status, contractor, station and year", async () => {
    const staff = w.a.actors.bureauStaff;
    expect(await ids(staff, { status: "DRAFT" })).toContain(streetBought);
    expect(await ids(staff, { status: "DRAFT" })).not.toContain(own);
    expect(await ids(staff, { contractor: w.a.contractors[1].id })).toEqual(expect.arrayContaining([other, streetBought]));
    expect(await ids(staff, { contractor: w.a.contractors[1].id })).not.toContain(own);
    expect(await ids(staff, { station: w.a.stations[0].id })).toContain(own);
    expect(await ids(staff, { station: w.a.stations[0].id })).not.toContain(other);
    expect(await ids(staff, { year: "2027" })).toContain(other);
    expect(await ids(staff, { year: "2027" })).not.toContain(own);
    const options = await contractListOptions(w.a.actors.contractorAdmin);
    expect(options.contractors.map((c) => c.id)).toEqual([w.a.contractors[0].id]);
    expect(options.years).toContain("2026");
  });

  it("lists the amount and what was paid", async () => {
    const tranche = await db.contractTranche.findFirstOrThrow({ where: { contractId: own, seq: 1 } });
    await db.contractPayment.create({ data: { districtId: w.a.district.id, trancheId: tranche.id, paidOn: d("2026-01-08"), amount: "100000.00", recordedById: w.a.users.bureauStaff.id } });
    const row = (await listContracts(w.a.actors.contractorAdmin, params())).rows.find((r) => r.id === own)!;
    expect(row).toMatchObject({ amount: y("300000.00"), paid: y("100000.00"), contractor: { id: w.a.contractors[0].id } });
    expect(row.stations.map((s) => s.id)).toEqual([w.a.stations[0].id]);
  });

  it("computes each tranche's due date from its gate and the working-day calendar, and its standing", async () => {
    const c = (await getContract(w.a.actors.streetStaff, own, "contract:read", new Date("2026-01-10T04:00:00Z")))!;
    expect(c.amount).toBe(y("300000.00"));
    expect(c.tranches.map((t) => [t.seq, t.amount, t.paid])).toEqual([[1, y("195000.00"), y("100000.00")], [2, y("60000.00"), 0], [3, y("45000.00"), 0]]);
    expect(c.tranches[0].due).toEqual(await dueDateAfter(d("2026-01-05"), 10));
    expect(c.tranches[0].due).toEqual(d("2026-01-19"));
    expect(c.tranches[0]).toMatchObject({ standing: "PARTIAL", overdue: false, remaining: y("95000.00") });
    expect(c.tranches[1]).toMatchObject({ standing: "NOT_READY", due: null });
    expect(c.totalPaid).toBe(y("100000.00"));
    expect(c.canManage).toBe(false);
    const later = (await getContract(w.a.actors.bureauStaff, own, "contract:read", new Date("2026-02-01T04:00:00Z")))!;
    expect(later.tranches[0]).toMatchObject({ standing: "PARTIAL", overdue: true });
    expect(later.canManage).toBe(true);

    await db.serviceContract.update({ where: { id: own }, data: { midtermPassedOn: d("2026-07-01") } });
    const mid = (await getContract(w.a.actors.bureauStaff, own, "contract:read", new Date("2026-07-03T04:00:00Z")))!;
    expect(mid.tranches[1]).toMatchObject({ standing: "DUE", due: await dueDateAfter(d("2026-07-01"), 10) });
    const late = (await getContract(w.a.actors.bureauStaff, own, "contract:read", new Date("2026-08-03T04:00:00Z")))!;
    expect(late.tranches[1]).toMatchObject({ standing: "OVERDUE", overdue: true });
  });

  it("reaches the edit view and the form options through contract:manage only", async () => {
    expect(await getContract(w.a.actors.bureauReviewer, own, "contract:manage")).toBeNull();
    expect(await getContract(w.a.actors.bureauStaff, own, "contract:manage")).not.toBeNull();
    expect(await contractFormOptions(w.a.actors.contractorAdmin)).toBeNull();
    const options = (await contractFormOptions(w.a.actors.bureauStaff))!;
    expect(options.contractors.map((c) => c.id).sort()).toEqual(w.a.contractors.map((c) => c.id).sort());
    expect(options.stations.map((s) => s.id)).not.toContain(w.b.stations[0].id);
    expect(options.streets.map((s) => s.id).sort()).toEqual(w.a.streets.map((s) => s.id).sort());
  });
});
