import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { UserTable } from "@/features/users/components/user-table";
import { listUsers, USER_FILTERS, USER_SORTS } from "@/features/users/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";
import { parseListParams, type SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "用户与角色" };

export default async function BureauUsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "user:manage")) notFound();
  const params = parseListParams(await searchParams, { sortable: USER_SORTS, defaultSort: "username", filters: USER_FILTERS });
  const { rows, total } = await listUsers(actor, params);
  return (
    <>
      <PageHeader
        title="用户与角色"
        description="本区账号及其角色。系统管理员、安全审计员账号由系统管理员管理（三权分立）。"
        actions={<ButtonLink href="/bureau/users/new" variant="primary">新建账号</ButtonLink>}
      />
      <UserTable rows={rows} total={total} params={params} basePath="/bureau/users" />
    </>
  );
}
