import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContractHeader } from "@/features/contracts/header";
import { ContractTabs } from "@/features/contracts/components/contract-tabs";
import { LedgerView } from "@/features/ledger/components/ledger-view";
import { getLedger, LEDGER_FILTERS, LEDGER_SORTS } from "@/features/ledger/queries";
import { parseListParams, type SearchParams } from "@/lib/list-params";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "支出台账" };

const BASE = "/bureau/contracts";

export default async function BureauLedgerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const actor = await requireActor();
  const header = await getContractHeader(actor, id);
  if (!header || !header.tabs.ledger) notFound();
  const list = parseListParams(await searchParams, { sortable: LEDGER_SORTS, defaultSort: "spentOn", defaultDir: "desc", pageSize: 50, filters: LEDGER_FILTERS });
  const ledger = await getLedger(actor, id, list);
  if (!ledger) notFound();
  return (
    <div className="space-y-4">
      <ContractTabs header={header} base={BASE} current="ledger" />
      <LedgerView ledger={ledger} base={BASE} params={list} />
    </div>
  );
}
