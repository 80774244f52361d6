import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { UserTable } from "@/features/users/components/user-table";
import { districtOptions, listUsers, USER_FILTERS, USER_SORTS } from "@/features/users/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";
import { parseListParams, type SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "账号管理" };

export default async function SystemUsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "user:manage")) notFound();
  const params = parseListParams(await searchParams, { sortable: USER_SORTS, defaultSort: "username", filters: USER_FILTERS });
  const [{ rows, total }, districts] = await Promise.all([listUsers(actor, params), districtOptions(actor)]);
  return (
    <>
      <PageHeader
        title="账号管理"
        description="全平台各区（县）的账号及其角色"
        actions={<ButtonLink href="/system/users/new" variant="primary">新建账号</ButtonLink>}
      />
      <UserTable rows={rows} total={total} params={params} basePath="/system/users" districts={districts} />
    </>
  );
}
