import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContractTabs } from "@/features/contracts/components/contract-tabs";
import { ContractOverview } from "@/features/contracts/components/contract-overview";
import { getContractHeader } from "@/features/contracts/header";
import { getContract } from "@/features/contracts/queries";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "服务项目" };

/** Read-only: the bureau manages contracts. */
export default async function StreetContractPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const [header, contract] = await Promise.all([getContractHeader(actor, id), getContract(actor, id)]);
  if (!header || !contract) notFound();
  return (
    <div className="space-y-4">
      <ContractTabs header={header} base="/street/contracts" current="overview" />
      <ContractOverview contract={contract} stationHref={(s) => `/street/stations/${s}`} />
    </div>
  );
}
