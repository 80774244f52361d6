import "server-only";
// 项目经费预算: the contractor types the budget (version 1) and later adjustments (version N+1, copied from
// the budget in force with a 调整原因) while they are DRAFT or RETURNED; submitting and reviewing go through
// the generic workflow (src/features/submissions, handler in ./submission.ts). The finance rules' hard
// findings block submission, not saving a draft. A line (BudgetItem) keeps its id and 序号 across versions so
// the ledger can point at it.
import type { Prisma } from "@/generated/prisma/client";
import type { SubmissionStatus } from "@/generated/prisma/enums";
import { formatYuan, sumFen, toDecimalString, toFen } from "@/lib/money";
import { SUBMISSION_STATUS_LABELS } from "@/lib/labels";
import { defineCommand } from "@/server/action";
import type { Tx } from "@/server/db";
import { AppError, fieldError } from "@/server/errors";
import { can, type Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { submissionRefusal } from "@/features/submissions/rules";
import { budgetInForce } from "./current";
import { checkBudget } from "./rules";
import { saveBudgetSchema, startAdjustmentSchema, type SaveBudgetLine } from "./schemas";

const OPEN: SubmissionStatus[] = ["DRAFT", "SUBMITTED", "RETURNED"];

/** The contract, if the actor manages its budget; refused once the project is over. */
async function managedContract(tx: Tx, actor: Actor, contractId: string) {
  const contract = await tx.serviceContract.findFirst({
    where: { AND: [{ id: contractId }, scope.contracts(actor, "budget:manage")] },
    select: { id: true, districtId: true, status: true, amount: true },
  });
  if (!contract) throw new AppError("NOT_FOUND");
  if (contract.status === "COMPLETED" || contract.status === "TERMINATED") throw new AppError("INVALID_TRANSITION", "项目已结项或终止，不能再修改预算");
  return contract;
}

function allocationData(districtId: string, versionId: string, itemId: string, line: Pick<SaveBudgetLine, "basis" | "rateKind" | "dailyRate" | "amount">): Prisma.BudgetAllocationCreateManyInput {
  return {
    districtId, budgetVersionId: versionId, itemId,
    basis: line.basis, rateKind: line.rateKind, dailyRate: line.dailyRate === null ? null : toDecimalString(line.dailyRate), amount: toDecimalString(line.amount),
  };
}

/**
 * The version's lines become exactly `lines`: rows naming an item (hidden itemId) continue it — an item
 * used by another version or by the ledger keeps its 序号, category and name; one only this draft has is
 * edited in place — new rows create items; items only this draft had and the rows dropped are deleted.
 */
async function replaceLines(tx: Tx, contract: { id: string; districtId: string }, versionId: string, lines: SaveBudgetLine[]) {
  const items = await tx.budgetItem.findMany({
    where: { contractId: contract.id },
    select: { id: true, code: true, category: true, name: true, allocations: { select: { budgetVersionId: true } }, _count: { select: { expenses: true } } },
  });
  const byId = new Map(items.map((i) => [i.id, i]));
  const elsewhere = (i: (typeof items)[number]) => i.allocations.some((a) => a.budgetVersionId !== versionId) || i._count.expenses > 0;
  const kept = new Set<string>();
  for (const row of lines) {
    if (!row.itemId) continue;
    const item = byId.get(row.itemId);
    if (!item) throw new AppError("CONFLICT", "预算项已被删除或不属于本项目，请刷新页面后重试。");
    if (elsewhere(item) && (item.code !== row.code || item.category !== row.category || item.name !== row.name)) {
      throw fieldError(`lines.${row.index}.code`, `预算项 ${item.code}「${item.name}」已在其他版本或支出台账中使用，序号、类别和名称不能修改；如需新的支出项目请另加一行`);
    }
    kept.add(item.id);
  }
  const dropped = items.filter((i) => !kept.has(i.id) && i.allocations.some((a) => a.budgetVersionId === versionId));
  const spent = dropped.find((i) => i._count.expenses > 0);
  if (spent) throw new AppError("VALIDATION", `预算项 ${spent.code}「${spent.name}」已有支出记录，不能删除，可将金额调为 0。`, { lines: [`预算项 ${spent.code}「${spent.name}」已有支出记录，不能删除，可将金额调为 0`] });
  // Items that stay whatever this save does (other versions' lines) keep their 序号 reserved.
  const deletable = new Set(items.filter((i) => !kept.has(i.id) && !elsewhere(i)).map((i) => i.id));
  const reserved = new Map(items.filter((i) => !kept.has(i.id) && !deletable.has(i.id)).map((i) => [i.code, i]));
  for (const row of lines) {
    const owner = reserved.get(row.code);
    if (owner) throw fieldError(`lines.${row.index}.code`, `序号 ${row.code} 已用于本项目的「${owner.name}」（其他版本），请换一个序号`);
  }

  await tx.budgetAllocation.deleteMany({ where: { budgetVersionId: versionId } });
  if (deletable.size > 0) await tx.budgetItem.deleteMany({ where: { id: { in: [...deletable] }, contractId: contract.id } });
  // Items edited in place: a 序号 may move to another row of the same draft (A1 ↔ A2), so free them first.
  const renamed = lines.filter((row) => row.itemId && byId.get(row.itemId)!.code !== row.code);
  for (const row of renamed) await tx.budgetItem.update({ where: { id: row.itemId! }, data: { code: `~${row.itemId}` } });
  const itemIds: string[] = [];
  for (const row of lines) {
    if (row.itemId) {
      const item = byId.get(row.itemId)!;
      if (item.code !== row.code || item.category !== row.category || item.name !== row.name) {
        await tx.budgetItem.update({ where: { id: item.id }, data: { code: row.code, category: row.category, name: row.name } });
      }
      itemIds.push(item.id);
    } else {
      const created = await tx.budgetItem.create({ data: { districtId: contract.districtId, contractId: contract.id, code: row.code, category: row.category, name: row.name }, select: { id: true } });
      itemIds.push(created.id);
    }
  }
  if (lines.length > 0) await tx.budgetAllocation.createMany({ data: lines.map((row, i) => allocationData(contract.districtId, versionId, itemIds[i], row)) });
}

/** Deletes an unsubmitted adjustment, and the items only it had. */
async function discardAdjustment(tx: Tx, actor: Actor, contract: { id: string }, input: { versionId: string; version?: number }) {
  const v = await tx.budgetVersion.findFirst({
    where: { AND: [{ id: input.versionId, contractId: contract.id }, scope.budgetVersions(actor, "budget:manage")] },
    select: { id: true, number: true, status: true, version: true, allocations: { select: { itemId: true } } },
  });
  if (!v) throw new AppError("NOT_FOUND");
  if (v.number === 1) throw new AppError("INVALID_TRANSITION", "项目经费预算（第 1 版）不能放弃，请修改后提交");
  if (v.status !== "DRAFT") throw new AppError("INVALID_TRANSITION", "只能放弃尚未提交的预算调整");
  if (input.version !== undefined && input.version !== v.version) throw new AppError("CONFLICT");
  const gone = await tx.budgetVersion.deleteMany({ where: { id: v.id, version: v.version, status: "DRAFT" } });
  if (gone.count !== 1) throw new AppError("CONFLICT");
  // Allocations went with the version (cascade); items no version and no expense uses any more go too.
  await tx.budgetItem.deleteMany({ where: { id: { in: v.allocations.map((a) => a.itemId) }, allocations: { none: {} }, expenses: { none: {} } } });
  return { target: { type: "BudgetVersion", id: v.id }, detail: { contractId: contract.id, number: v.number, discarded: true }, message: `已放弃第 ${v.number} 版预算调整` };
}

/** 保存项目经费预算 (or, with action=discard, 放弃未提交的预算调整). */
export const saveBudgetCommand = defineCommand({
  name: "budget.save",
  schema: saveBudgetSchema,
  permission: "budget:manage",
  uniqueFields: { number: { field: "_form", message: "该项目的预算刚被他人创建，请刷新页面后在现有版本上修改。" } },
  run: async ({ input, actor, tx }) => {
    const contract = await managedContract(tx, actor, input.contractId);
    if (input.action === "discard") return discardAdjustment(tx, actor, contract, input);

    let target: { id: string; number: number; version: number; status: SubmissionStatus };
    if (input.versionId) {
      const v = await tx.budgetVersion.findFirst({
        where: { AND: [{ id: input.versionId, contractId: contract.id }, scope.budgetVersions(actor, "budget:manage")] },
        select: { id: true, number: true, version: true, status: true },
      });
      if (!v) throw new AppError("NOT_FOUND");
      const refusal = submissionRefusal({ kind: "BUDGET", status: v.status }, "edit", (p) => can(actor, p));
      if (refusal) throw new AppError("INVALID_TRANSITION", refusal);
      if (input.version !== undefined && input.version !== v.version) throw new AppError("CONFLICT");
      target = v;
    } else {
      // No budget yet: this is version 1, the declared budget.
      if ((await tx.budgetVersion.count({ where: { contractId: contract.id } })) > 0) throw new AppError("CONFLICT", "该项目已有预算，请刷新页面后在现有版本上修改。");
      target = await tx.budgetVersion.create({
        data: { districtId: contract.districtId, contractId: contract.id, number: 1, status: "DRAFT", createdById: actor.userId },
        select: { id: true, number: true, version: true, status: true },
      });
    }
    if (target.number >= 2 && !input.reason) throw fieldError("reason", "请填写调整原因");

    await replaceLines(tx, contract, target.id, input.lines);
    const moved = await tx.budgetVersion.updateMany({
      where: { id: target.id, version: target.version, status: target.status },
      data: {
        fundProvincial: toDecimalString(input.fundProvincial), fundLocal: toDecimalString(input.fundLocal), fundRaised: toDecimalString(input.fundRaised),
        notes: input.notes, reason: target.number >= 2 ? input.reason : null, version: { increment: 1 },
      },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT");

    const check = checkBudget({ lines: input.lines, funds: input, contractAmount: toFen(contract.amount) });
    const hard = check.findings.filter((f) => f.severity === "hard").length;
    const total = sumFen(input.lines.map((l) => l.amount));
    return {
      target: { type: "BudgetVersion", id: target.id },
      detail: { contractId: contract.id, number: target.number, lines: input.lines.length, total: toDecimalString(total), created: !input.versionId },
      data: { id: target.id },
      message: hard > 0
        ? `第 ${target.number} 版预算已保存（合计 ${formatYuan(total)} 元）；有 ${hard} 项不符合财务管理规定，修改后才能提交`
        : `第 ${target.number} 版预算已保存（合计 ${formatYuan(total)} 元）`,
    };
  },
});

/** 发起预算调整: version N+1 (DRAFT), a copy of the budget in force, with the reason for the change. */
export const startBudgetAdjustmentCommand = defineCommand({
  name: "budget.start_adjustment",
  schema: startAdjustmentSchema,
  permission: "budget:manage",
  uniqueFields: { number: { field: "reason", message: "已有进行中的预算调整，请刷新页面。" } },
  run: async ({ input, actor, tx }) => {
    const contract = await managedContract(tx, actor, input.contractId);
    const open = await tx.budgetVersion.findFirst({ where: { contractId: contract.id, status: { in: OPEN } }, select: { number: true, status: true } });
    if (open) throw new AppError("INVALID_TRANSITION", `第 ${open.number} 版预算${SUBMISSION_STATUS_LABELS[open.status]}，处理完毕后才能再发起预算调整`);
    const inForce = await budgetInForce(tx, contract.id);
    if (!inForce) throw new AppError("INVALID_TRANSITION", "项目经费预算尚未审核通过，不能发起预算调整");
    const last = await tx.budgetVersion.aggregate({ where: { contractId: contract.id }, _max: { number: true } });
    const current = await tx.budgetVersion.findUniqueOrThrow({ where: { id: inForce.versionId }, select: { notes: true } });
    const number = (last._max.number ?? 0) + 1;
    const created = await tx.budgetVersion.create({
      data: {
        districtId: contract.districtId, contractId: contract.id, number, status: "DRAFT", reason: input.reason, createdById: actor.userId, notes: current.notes,
        fundProvincial: toDecimalString(inForce.funds.fundProvincial), fundLocal: toDecimalString(inForce.funds.fundLocal), fundRaised: toDecimalString(inForce.funds.fundRaised),
      },
      select: { id: true },
    });
    if (inForce.lines.length > 0) {
      await tx.budgetAllocation.createMany({
        data: inForce.lines.map((l) => allocationData(contract.districtId, created.id, l.itemId, { basis: l.basis, rateKind: l.rateKind, dailyRate: l.dailyRate, amount: l.amount })),
      });
    }
    return {
      target: { type: "BudgetVersion", id: created.id },
      detail: { contractId: contract.id, number, from: inForce.number },
      data: { id: created.id },
      message: `已发起第 ${number} 版预算调整（以第 ${inForce.number} 版为基础），修改后提交审核`,
    };
  },
});
