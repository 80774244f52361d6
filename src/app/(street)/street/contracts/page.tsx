import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { ContractTable } from "@/features/contracts/components/contract-list";
import { CONTRACT_FILTERS, CONTRACT_SORTS, contractListOptions, listContracts } from "@/features/contracts/queries";
import { requireActor } from "@/server/auth";
import { parseListParams, type SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "服务项目" };

export default async function StreetContractsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const params = parseListParams(await searchParams, { sortable: CONTRACT_SORTS, defaultSort: "startsOn", defaultDir: "desc", filters: CONTRACT_FILTERS });
  const [{ rows, total }, options] = await Promise.all([listContracts(actor, params), contractListOptions(actor)]);
  return (
    <>
      <PageHeader title="服务项目" description="本街道购买或覆盖本街道社工站的服务项目" />
      <ContractTable rows={rows} total={total} params={params} basePath="/street/contracts" options={options} />
    </>
  );
}
