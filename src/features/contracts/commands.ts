import "server-only";
// The bureau's contract management (§4): the contract itself, its tranche schedule, the evaluation dates that
// open the later tranches, the payments and the status. Every referenced row is re-read through scope within
// the contract's district; every change is guarded by the contract's version.
import type { Prisma } from "@/generated/prisma/client";
import { assertVersion, defineCommand } from "@/server/action";
import { AppError, fieldError } from "@/server/errors";
import { grantingMemberships, type Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import type { Tx } from "@/server/db";
import { formatCalendarDate, formatDate } from "@/lib/dates";
import { formatYuan, sumFen, toDecimalString, toFen, type Fen } from "@/lib/money";
import {
  addYears, defaultSchedule, gateDate, isOpen, paymentAmountRefusal, paymentGateRefusal, rederiveSchedule, scheduleProblems, statusRefusal, trancheName,
} from "./rules";
import { contractSchema, evaluationSchema, paymentSchema, statusSchema, trancheScheduleSchema } from "./schemas";

const DUPLICATE_CODE = "本区已有使用该合同编号的服务项目";
const CLOSED = "已结项或已终止的服务项目不能修改";

const uniqueFields = { code: { field: "code", message: DUPLICATE_CODE } };

/** The district whose contracts the actor manages (never a value from the form). */
function managedDistrict(actor: Actor): string {
  const own = grantingMemberships(actor, "contract:manage").find((m) => m.districtId)?.districtId;
  if (!own) throw new AppError("FORBIDDEN");
  return own;
}

/** The contract with its tranches and their payments, if the actor manages it. */
function loadManaged(tx: Tx, actor: Actor, id: string) {
  return tx.serviceContract.findFirst({
    where: { AND: [{ id }, scope.contracts(actor, "contract:manage")] },
    include: {
      stations: { select: { stationId: true } },
      tranches: { orderBy: { seq: "asc" }, include: { payments: { select: { amount: true, paidOn: true }, orderBy: { paidOn: "asc" } } } },
    },
  });
}

type Managed = NonNullable<Awaited<ReturnType<typeof loadManaged>>>;

/** Loads the contract for a change and checks the version the form was rendered with. */
async function loadForChange(tx: Tx, actor: Actor, id: string, version: number | undefined): Promise<Managed> {
  const contract = await loadManaged(tx, actor, id);
  assertVersion(contract, version);
  return contract;
}

/** Writes the change only if nobody else saved the contract since it was read (optimistic concurrency). */
async function guardedUpdate(tx: Tx, contract: Managed, data: Prisma.ServiceContractUncheckedUpdateManyInput = {}) {
  const { count } = await tx.serviceContract.updateMany({ where: { id: contract.id, version: contract.version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new AppError("CONFLICT");
}

const paidOf = (t: Managed["tranches"][number]): Fen => sumFen(t.payments.map((p) => toFen(p.amount)));
const day = formatCalendarDate;

/** Create (no id) or edit (id + version) a contract; a new one gets the default schedule 65% / 20% / the rest. */
export const saveContractCommand = defineCommand({
  name: "contract.save",
  schema: contractSchema,
  permission: "contract:manage",
  uniqueFields,
  run: async ({ input, actor, tx }) => {
    const { id, version, stationIds, amount, ...data } = input;
    const current = id ? await loadForChange(tx, actor, id, version) : null;
    if (current && !isOpen(current.status)) throw new AppError("INVALID_TRANSITION", CLOSED);
    const districtId = current?.districtId ?? managedDistrict(actor);

    // Every referenced row must be the actor's to use and of this contract's district.
    const contractor = await tx.contractor.findFirst({ where: { AND: [{ id: data.contractorId }, { districtId }, scope.contractors(actor, "contract:manage")] }, select: { id: true } });
    if (!contractor) throw fieldError("contractorId", "承接机构不存在或不属于本区");
    const wanted = [...new Set(stationIds)];
    const stations = await tx.station.findMany({ where: { AND: [{ id: { in: wanted } }, { districtId }, scope.stations(actor, "contract:manage")] }, select: { id: true } });
    if (stations.length !== wanted.length) throw fieldError("stationIds", "所选服务站点不存在或不属于本区");
    if (data.buyerStreetOfficeId) {
      const street = await tx.streetOffice.findFirst({ where: { AND: [{ id: data.buyerStreetOfficeId }, { districtId }, scope.streetOffices(actor, "contract:manage")] }, select: { id: true } });
      if (!street) throw fieldError("buyerStreetOfficeId", "街道不存在或不属于本区");
    }
    if (await tx.serviceContract.findFirst({ where: { districtId, code: data.code, ...(id ? { id: { not: id } } : {}) }, select: { id: true } })) {
      throw fieldError("code", DUPLICATE_CODE);
    }

    if (!current) {
      const created = await tx.serviceContract.create({
        data: {
          ...data,
          amount: toDecimalString(amount),
          districtId,
          createdById: actor.userId,
          stations: { create: wanted.map((stationId) => ({ stationId, districtId })) },
          tranches: { create: defaultSchedule(amount).map((t) => ({ districtId, seq: t.seq, gate: t.gate, amount: toDecimalString(t.amount) })) },
        },
      });
      return { target: { type: "ServiceContract", id: created.id }, detail: { code: data.code, amount: toDecimalString(amount) }, data: { id: created.id }, message: "服务项目已新建，已按 65% / 20% / 其余 生成拨付计划", redirectTo: `/bureau/contracts/${created.id}` };
    }

    // A contract in force keeps its effective date, and no payment may predate it.
    if (current.status !== "DRAFT" && !data.signedOn) throw fieldError("signedOn", "履行中的服务项目须填写协议生效日期");
    const firstPayment = current.tranches.find((t) => t.gate === "EFFECTIVE")?.payments[0];
    if (data.signedOn && firstPayment && firstPayment.paidOn.getTime() < data.signedOn.getTime()) {
      throw fieldError("signedOn", `第一笔已于 ${day(firstPayment.paidOn)} 拨付，协议生效日期不能晚于拨付日期`);
    }
    if (current.midtermPassedOn && (current.midtermPassedOn < data.startsOn || current.midtermPassedOn > data.endsOn)) {
      throw fieldError(current.midtermPassedOn < data.startsOn ? "startsOn" : "endsOn", `中期评估已于 ${day(current.midtermPassedOn)} 通过，服务期限应包含该日期`);
    }
    // What the contractor filed under the contract stays its own: no change of contractor once anything is filed.
    if (data.contractorId !== current.contractorId) {
      const where = { contractId: current.id };
      const filed = await Promise.all([tx.budgetVersion.count({ where }), tx.expense.count({ where }), tx.monthlyBrief.count({ where }), tx.projectReport.count({ where }), tx.changeRequest.count({ where })]);
      if (filed.some((n) => n > 0)) throw fieldError("contractorId", "承接机构已在本项目下填报预算、台账或报告，不能更换");
    }
    // Stations with monthly briefs under this contract stay on it.
    const removed = current.stations.map((s) => s.stationId).filter((s) => !wanted.includes(s));
    if (removed.length) {
      const briefed = await tx.monthlyBrief.findFirst({ where: { contractId: current.id, stationId: { in: removed } }, select: { station: { select: { name: true } } } });
      if (briefed) throw fieldError("stationIds", `${briefed.station.name}在本项目下已有月度工作简报，不能移除`);
    }

    // A new amount re-derives the schedule: paid tranches keep their amount, the rest keep their share.
    const oldTotal = toFen(current.amount);
    const schedule = current.tranches.length === 3 ? (current.tranches.map((t) => toFen(t.amount)) as [Fen, Fen, Fen]) : null;
    let rederived: [Fen, Fen, Fen] | null = null;
    if (!schedule && current.tranches.some((t) => t.payments.length > 0)) throw new AppError("INVALID_TRANSITION", "拨付计划不完整且已有拨付记录，请联系系统管理员核对");
    if (amount !== oldTotal || !schedule) {
      const locked = current.tranches.map((t) => t.payments.length > 0) as [boolean, boolean, boolean];
      rederived = schedule ? rederiveSchedule(schedule, oldTotal, amount, locked) : (defaultSchedule(amount).map((t) => t.amount) as [Fen, Fen, Fen]);
      const problems = scheduleProblems(rederived, amount);
      if (problems.length) {
        throw fieldError("amount", `已有拨付记录，项目金额改为 ${formatYuan(amount)} 元后拨付计划无法与之相符（${problems[0].message}），请核对项目金额`);
      }
    }

    await guardedUpdate(tx, current, { ...data, amount: toDecimalString(amount) });
    const added = wanted.filter((s) => !current.stations.some((c) => c.stationId === s));
    if (removed.length) await tx.contractStation.deleteMany({ where: { contractId: current.id, stationId: { in: removed } } });
    if (added.length) await tx.contractStation.createMany({ data: added.map((stationId) => ({ contractId: current.id, stationId, districtId })) });
    if (rederived && schedule) {
      for (const [i, t] of current.tranches.entries()) {
        if (toFen(t.amount) !== rederived[i]) await tx.contractTranche.update({ where: { id: t.id }, data: { amount: toDecimalString(rederived[i]) } });
      }
    } else if (rederived) {
      await tx.contractTranche.deleteMany({ where: { contractId: current.id } });
      await tx.contractTranche.createMany({ data: defaultSchedule(amount).map((t) => ({ districtId, contractId: current.id, seq: t.seq, gate: t.gate, amount: toDecimalString(t.amount) })) });
    }
    return {
      target: { type: "ServiceContract", id: current.id },
      detail: { code: data.code, ...(amount !== oldTotal ? { amount: { from: toDecimalString(oldTotal), to: toDecimalString(amount) } } : {}) },
      data: { id: current.id },
      message: rederived && amount !== oldTotal ? "服务项目已保存，拨付计划已按新金额调整" : "服务项目已保存",
      redirectTo: `/bureau/contracts/${current.id}`,
    };
  },
});

/** Edit the tranche schedule: the rules (60–70% / 20% / the rest, adding up to the amount); paid tranches are fixed. */
export const saveTranchesCommand = defineCommand({
  name: "contract.save_tranches",
  schema: trancheScheduleSchema,
  permission: "contract:manage",
  run: async ({ input, actor, tx }) => {
    const contract = await loadForChange(tx, actor, input.id, input.version);
    if (!isOpen(contract.status)) throw new AppError("INVALID_TRANSITION", CLOSED);
    if (contract.tranches.length !== 3) throw new AppError("INVALID_TRANSITION", "拨付计划不完整，请重新保存服务项目");
    const amounts: [Fen, Fen, Fen] = [input.tranche1, input.tranche2, input.tranche3];
    for (const [i, t] of contract.tranches.entries()) {
      if (t.payments.length > 0 && toFen(t.amount) !== amounts[i]) throw fieldError(`tranche${t.seq}`, `${trancheName(t.seq)}已有拨付记录，金额不能修改`);
    }
    const total = toFen(contract.amount);
    const problems = scheduleProblems(amounts, total);
    if (problems.length) {
      throw new AppError("VALIDATION", problems[0].message, Object.fromEntries(problems.map((p) => [`tranche${p.index + 1}`, [p.message]])));
    }
    await guardedUpdate(tx, contract);
    for (const [i, t] of contract.tranches.entries()) {
      if (toFen(t.amount) !== amounts[i]) await tx.contractTranche.update({ where: { id: t.id }, data: { amount: toDecimalString(amounts[i]) } });
    }
    return {
      target: { type: "ServiceContract", id: contract.id },
      detail: { tranches: amounts.map(toDecimalString) },
      message: "拨付计划已保存",
    };
  },
});

/** The dates the mid-term and the final evaluation were passed; they open the second and the third tranche. */
export const recordEvaluationCommand = defineCommand({
  name: "contract.record_evaluation",
  schema: evaluationSchema,
  permission: "contract:manage",
  run: async ({ input, actor, tx }) => {
    const contract = await loadForChange(tx, actor, input.id, input.version);
    if (contract.status !== "ACTIVE") throw new AppError("INVALID_TRANSITION", "只有履行中的服务项目可以记录评估通过日期");
    const { midtermPassedOn, finalPassedOn } = input;
    if (midtermPassedOn && (midtermPassedOn < contract.startsOn || midtermPassedOn > contract.endsOn)) {
      throw fieldError("midtermPassedOn", `中期评估通过日期应在服务期限内（${day(contract.startsOn)} 至 ${day(contract.endsOn)}）`);
    }
    if (finalPassedOn && finalPassedOn > addYears(contract.endsOn, 1)) {
      throw fieldError("finalPassedOn", `末期评估通过日期应在服务期限结束（${day(contract.endsOn)}）后一年内`);
    }
    // A tranche already paid keeps the evaluation that opened it, on or before its first payment.
    const checks = [
      { field: "midtermPassedOn", gate: "MIDTERM_PASSED", date: midtermPassedOn, label: "中期评估通过日期" },
      { field: "finalPassedOn", gate: "FINAL_PASSED", date: finalPassedOn, label: "末期评估通过日期" },
    ] as const;
    for (const c of checks) {
      const tranche = contract.tranches.find((t) => t.gate === c.gate);
      const first = tranche?.payments[0];
      if (!tranche || !first) continue;
      if (!c.date) throw fieldError(c.field, `${trancheName(tranche.seq)}已有拨付记录，不能清除${c.label}`);
      if (c.date.getTime() > first.paidOn.getTime()) throw fieldError(c.field, `${trancheName(tranche.seq)}已于 ${day(first.paidOn)} 拨付，${c.label}不能晚于拨付日期`);
    }
    await guardedUpdate(tx, contract, { midtermPassedOn, finalPassedOn });
    return {
      target: { type: "ServiceContract", id: contract.id },
      detail: { midtermPassedOn: midtermPassedOn ? day(midtermPassedOn) : null, finalPassedOn: finalPassedOn ? day(finalPassedOn) : null },
      message: "评估通过日期已保存",
    };
  },
});

/** One payment against one tranche: only once its condition is met, and never more than what remains of it. */
export const recordPaymentCommand = defineCommand({
  name: "contract.record_payment",
  schema: paymentSchema,
  permission: "contract:manage",
  run: async ({ input, actor, tx }) => {
    const contract = await loadForChange(tx, actor, input.id, input.version);
    if (contract.status === "DRAFT") throw new AppError("INVALID_TRANSITION", "服务项目尚未生效，不能记录拨付");
    if (contract.status === "TERMINATED") throw new AppError("INVALID_TRANSITION", "已终止的服务项目不能记录拨付");
    const tranche = contract.tranches.find((t) => t.id === input.trancheId);
    if (!tranche) throw fieldError("trancheId", "拨付批次不存在");
    const gateRefusal = paymentGateRefusal(tranche.gate, tranche.seq, contract);
    if (gateRefusal) throw fieldError("trancheId", gateRefusal);
    const opened = gateDate(tranche.gate, contract)!;
    if (input.paidOn.getTime() < opened.getTime()) {
      throw fieldError("paidOn", `拨付日期不能早于${tranche.gate === "EFFECTIVE" ? "协议生效日期" : tranche.gate === "MIDTERM_PASSED" ? "中期评估通过日期" : "末期评估通过日期"}（${day(opened)}）`);
    }
    const amountRefusal = paymentAmountRefusal(input.amount, toFen(tranche.amount), paidOf(tranche));
    if (amountRefusal) throw fieldError("amount", amountRefusal);
    await guardedUpdate(tx, contract);
    const payment = await tx.contractPayment.create({
      data: {
        districtId: contract.districtId, trancheId: tranche.id, paidOn: input.paidOn, amount: toDecimalString(input.amount),
        voucherNo: input.voucherNo, note: input.note, recordedById: actor.userId,
      },
    });
    return {
      target: { type: "ServiceContract", id: contract.id },
      detail: { paymentId: payment.id, tranche: tranche.seq, paidOn: day(input.paidOn), amount: toDecimalString(input.amount), voucherNo: input.voucherNo },
      message: `已记录${trancheName(tranche.seq)}拨付 ${formatYuan(input.amount)} 元`,
    };
  },
});

const STATUS_MESSAGES = { ACTIVE: "服务项目已生效", COMPLETED: "服务项目已结项", TERMINATED: "服务项目已终止", DRAFT: "" } as const;

/** 拟订 → 履行中 (needs the effective date and a full schedule) → 已结项 (needs the final evaluation); 终止 with a reason. */
export const setContractStatusCommand = defineCommand({
  name: "contract.set_status",
  schema: statusSchema,
  permission: "contract:manage",
  run: async ({ input, actor, tx }) => {
    const contract = await loadForChange(tx, actor, input.id, input.version);
    const to = input.status;
    const signedOn = to === "ACTIVE" && input.signedOn ? input.signedOn : contract.signedOn;
    if (to === "ACTIVE" && input.signedOn && input.signedOn > contract.endsOn) throw fieldError("signedOn", "协议生效日期不能晚于服务期限结束日期");
    const refusal = statusRefusal(
      { status: contract.status, signedOn, finalPassedOn: contract.finalPassedOn, amount: toFen(contract.amount), schedule: contract.tranches.map((t) => toFen(t.amount)) },
      to,
      input.reason,
    );
    if (refusal) {
      if (to === "ACTIVE" && !signedOn) throw fieldError("signedOn", refusal);
      if (to === "TERMINATED" && !input.reason && isOpen(contract.status)) throw fieldError("reason", refusal);
      throw new AppError("INVALID_TRANSITION", refusal);
    }
    const notes = to === "TERMINATED" ? [contract.notes, `【${formatDate(new Date())} 终止】${input.reason}`].filter(Boolean).join("\n") : contract.notes;
    await guardedUpdate(tx, contract, { status: to, signedOn, notes });
    return {
      target: { type: "ServiceContract", id: contract.id },
      detail: { from: contract.status, to, ...(to === "TERMINATED" ? { reason: input.reason } : {}) },
      message: STATUS_MESSAGES[to],
    };
  },
});
