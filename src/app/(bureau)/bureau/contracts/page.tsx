import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { ContractTable } from "@/features/contracts/components/contract-list";
import { CONTRACT_FILTERS, CONTRACT_SORTS, contractListOptions, listContracts } from "@/features/contracts/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";
import { parseListParams, type SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "服务项目" };

export default async function BureauContractsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const params = parseListParams(await searchParams, { sortable: CONTRACT_SORTS, defaultSort: "startsOn", defaultDir: "desc", filters: CONTRACT_FILTERS });
  const [{ rows, total }, options] = await Promise.all([listContracts(actor, params), contractListOptions(actor)]);
  return (
    <>
      <PageHeader
        title="服务项目"
        description="本区社工站服务项目（合同）、服务指标与拨付计划"
        actions={can(actor, "contract:manage") && <ButtonLink href="/bureau/contracts/new" variant="primary">新建服务项目</ButtonLink>}
      />
      <ContractTable rows={rows} total={total} params={params} basePath="/bureau/contracts" options={options} />
    </>
  );
}
