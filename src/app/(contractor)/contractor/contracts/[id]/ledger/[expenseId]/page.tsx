import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContractHeader } from "@/features/contracts/header";
import { ContractTabs } from "@/features/contracts/components/contract-tabs";
import { ExpenseView } from "@/features/ledger/components/expense-view";
import { getExpense } from "@/features/ledger/queries";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "支出详情" };

const BASE = "/contractor/contracts";

export default async function ContractorExpensePage({ params }: { params: Promise<{ id: string; expenseId: string }> }) {
  const { id, expenseId } = await params;
  const actor = await requireActor();
  const header = await getContractHeader(actor, id);
  if (!header || !header.tabs.ledger) notFound();
  const detail = await getExpense(actor, id, expenseId);
  if (!detail) notFound();
  return (
    <div className="space-y-4">
      <ContractTabs header={header} base={BASE} current="ledger" />
      <ExpenseView detail={detail} base={BASE} />
    </div>
  );
}
