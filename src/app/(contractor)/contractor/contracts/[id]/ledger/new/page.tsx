import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getContractHeader } from "@/features/contracts/header";
import { ContractTabs } from "@/features/contracts/components/contract-tabs";
import { ExpenseForm } from "@/features/ledger/components/expense-form";
import { expenseFormOptions } from "@/features/ledger/queries";
import { formatDate } from "@/lib/dates";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "登记支出" };

const BASE = "/contractor/contracts";

export default async function NewExpensePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const header = await getContractHeader(actor, id);
  if (!header || !header.tabs.ledger) notFound();
  const options = await expenseFormOptions(actor, id);
  if (!options) notFound();
  return (
    <div className="space-y-4">
      <ContractTabs header={header} base={BASE} current="ledger" />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">登记支出</h2>
        <ButtonLink href={`${BASE}/${id}/ledger`}>返回台账</ButtonLink>
      </div>
      <Card>
        {options.budget ? (
          <ExpenseForm contractId={id} lines={options.lines} today={formatDate(new Date())} period={{ startsOn: options.contract.startsOn, endsOn: options.contract.endsOn }} />
        ) : (
          <p className="text-amber-800">项目经费预算尚未审核通过，通过后才能登记支出。</p>
        )}
      </Card>
    </div>
  );
}
