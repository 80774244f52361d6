import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/card";
import { ChangeRequestList } from "@/features/change-requests/components/change-request-list";
import { supervisorChangeRequests } from "@/features/change-requests/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";

export const metadata: Metadata = { title: "项目变更申请" };

export default async function StationChangesPage() {
  const actor = await requireActor();
  if (!can(actor, "change:opinion")) notFound();
  const rows = await supervisorChangeRequests(actor);
  return (
    <>
      <PageHeader title="项目变更申请" description="本站所属服务项目的变更申请：项目督导根据项目各相关方反馈，审定项目变更可行性，填写督导审核意见后由区民政局审批。" />
      <ChangeRequestList rows={rows} href={(r) => `/station/changes/${r.id}`} empty="暂无待审核或已审核的项目变更申请" />
    </>
  );
}
