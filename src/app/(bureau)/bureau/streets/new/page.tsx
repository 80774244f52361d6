import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { StreetOfficeForm } from "@/features/streets/components/street-office-form";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";

export const metadata: Metadata = { title: "新增街道" };

export default async function NewStreetPage() {
  const actor = await requireActor();
  if (!can(actor, "org:manage")) notFound();
  return (
    <>
      <PageHeader title="新增街道（乡镇）" />
      <Card><StreetOfficeForm /></Card>
    </>
  );
}
