import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/card";
import { AuditTable } from "@/features/audit/components/audit-table";
import { listAuditLogs, parseAuditParams } from "@/features/audit/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";
import type { SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "审计日志" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "audit:read")) notFound();
  const params = parseAuditParams(await searchParams);
  const { rows, total, errors } = await listAuditLogs(actor, params);
  return (
    <>
      <PageHeader title="审计日志" description="本区账号的登录、授权和数据变更记录。审计日志只能追加，任何人不能修改或删除。" />
      {errors.length > 0 && (
        <p role="alert" className="mb-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-800">{errors.join("；")}</p>
      )}
      <AuditTable rows={rows} total={total} params={params} />
    </>
  );
}
