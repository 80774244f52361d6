import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { NewClient } from "@/features/clients/components/new-client";
import { clientFormOptions } from "@/features/clients/queries";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "登记服务对象" };

export default async function NewClientPage() {
  const actor = await requireActor();
  const options = await clientFormOptions(actor);
  if (options.stations.length === 0) notFound();
  return (
    <>
      <PageHeader title="登记服务对象" description={options.stations[0].name} actions={<ButtonLink href="/station/clients">返回列表</ButtonLink>} />
      <Card>
        <NewClient stations={options.stations.slice(0, 1)} communities={options.communities} households={options.households} />
      </Card>
    </>
  );
}
