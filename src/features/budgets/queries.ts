import "server-only";
// What the budget pages show: every version the person may see (the contractor its drafts too; the bureau
// never a draft), the budget in force, the open version (editable by the contractor while DRAFT/RETURNED,
// under review while SUBMITTED), each version's finance-rule check, and a version compared with the budget
// it adjusts.
import type { SubmissionStatus } from "@/generated/prisma/enums";
import { toFen, type Fen } from "@/lib/money";
import { db } from "@/server/db";
import { can, type Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { submissionView } from "@/features/submissions/queries";
import { compareBudgets, type BudgetComparison } from "./compare";
import { checkBudget, type BudgetCheck } from "./rules";
import { linesOf, VERSION_LINES_SELECT, type StoredLine } from "./version-lines";

export type BudgetArea = "contractor" | "bureau";

const OPEN: SubmissionStatus[] = ["DRAFT", "SUBMITTED", "RETURNED"];

export type BudgetVersionView = {
  id: string;
  number: number;
  status: SubmissionStatus;
  version: number;
  reason: string | null;
  notes: string | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  createdAt: Date;
  lines: StoredLine[];
  funds: { fundProvincial: Fen; fundLocal: Fen; fundRaised: Fen };
  check: BudgetCheck;
};

/** The budget pages of one contract; null when the person does not read budgets (the caller has the contract header). */
export async function budgetPage(actor: Actor, contractId: string, area: BudgetArea, selectedNumber?: number) {
  if (!can(actor, "budget:read")) return null;
  const contract = await db.serviceContract.findFirst({ where: { AND: [{ id: contractId }, scope.contracts(actor, "budget:read")] }, select: { id: true, amount: true, status: true } });
  if (!contract) return null;
  const rows = await db.budgetVersion.findMany({
    // Drafts are the contractor's own (budget:manage scope); reviewers see a version from its submission on.
    where: { AND: [{ contractId }, scope.budgetVersions(actor, "budget:read"), { OR: [{ status: { not: "DRAFT" } }, scope.budgetVersions(actor, "budget:manage")] }] },
    orderBy: { number: "asc" },
    select: { id: true, number: true, status: true, version: true, reason: true, notes: true, submittedAt: true, decidedAt: true, createdAt: true, contract: { select: { amount: true } }, ...VERSION_LINES_SELECT },
  });
  const versions: BudgetVersionView[] = rows.map((r) => {
    const { lines, funds } = linesOf(r);
    return {
      id: r.id, number: r.number, status: r.status, version: r.version, reason: r.reason, notes: r.notes, submittedAt: r.submittedAt, decidedAt: r.decidedAt, createdAt: r.createdAt,
      lines, funds, check: checkBudget({ lines, funds, contractAmount: toFen(r.contract.amount) }),
    };
  });

  const accepted = versions.filter((v) => v.status === "ACCEPTED");
  const inForce = accepted.at(-1) ?? null;
  const open = versions.find((v) => OPEN.includes(v.status)) ?? null;
  const canManage = can(actor, "budget:manage")
    && (await db.serviceContract.count({ where: { AND: [{ id: contractId }, scope.contracts(actor, "budget:manage")] } })) > 0
    && contract.status !== "COMPLETED" && contract.status !== "TERMINATED";

  /** The budget a version adjusts: the accepted version before it (version 1 adjusts nothing). */
  const baseOf = (v: BudgetVersionView) => [...accepted].reverse().find((a) => a.number < v.number) ?? null;
  const comparisonOf = (v: BudgetVersionView): { base: BudgetVersionView; comparison: BudgetComparison } | null => {
    const base = baseOf(v);
    return base ? { base, comparison: compareBudgets(base.lines, v.lines) } : null;
  };

  // The version shown under 版本记录: the one asked for, else the budget in force (the open one has its own card).
  const selected = versions.find((v) => v.number === selectedNumber) ?? inForce ?? open ?? versions.at(-1) ?? null;
  const openView = open ? await submissionView(actor, { kind: "BUDGET", id: open.id, version: open.version, status: open.status }) : null;
  if (openView && open!.number === 1) openView.actions = openView.actions.filter((a) => a !== "reject");
  const selectedView = selected ? (selected.id === open?.id ? openView : await submissionView(actor, { kind: "BUDGET", id: selected.id, version: selected.version, status: selected.status })) : null;

  // The editor: items other versions or the ledger use keep their 序号, category and name; their codes and
  // those of lines dropped in earlier versions are taken.
  let editor: { lockedItems: string[]; spentItems: string[]; takenCodes: string[] } | null = null;
  if (canManage && (!open || open.status === "DRAFT" || open.status === "RETURNED")) {
    const items = await db.budgetItem.findMany({
      where: { AND: [{ contractId }, scope.budgetItems(actor, "budget:manage")] },
      select: { id: true, code: true, allocations: { select: { budgetVersionId: true } }, _count: { select: { expenses: true } } },
    });
    const inOpen = new Set(open?.lines.map((l) => l.itemId) ?? []);
    editor = {
      lockedItems: items.filter((i) => i._count.expenses > 0 || i.allocations.some((a) => a.budgetVersionId !== open?.id)).map((i) => i.id),
      spentItems: items.filter((i) => i._count.expenses > 0).map((i) => i.id),
      takenCodes: items.filter((i) => !inOpen.has(i.id) && (i._count.expenses > 0 || i.allocations.some((a) => a.budgetVersionId !== open?.id))).map((i) => i.code),
    };
  }

  return {
    contractAmount: toFen(contract.amount),
    versions,
    inForce,
    open,
    openView,
    canManage,
    /** A new adjustment can start: a budget in force and nothing open. */
    canStartAdjustment: canManage && !!inForce && !open,
    editor,
    selected,
    selectedView,
    selectedComparison: selected ? comparisonOf(selected) : null,
    openComparison: open ? comparisonOf(open) : null,
    /** The budget in force against the declared one (version 1), when it has been adjusted. */
    cumulative: inForce && inForce.number > 1 && versions[0]?.status === "ACCEPTED" ? compareBudgets(versions[0].lines, inForce.lines) : null,
  };
}

export type BudgetPageData = NonNullable<Awaited<ReturnType<typeof budgetPage>>>;
