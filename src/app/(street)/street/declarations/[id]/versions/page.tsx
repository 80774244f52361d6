import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeclarationComparison } from "@/features/declarations/components/comparison";
import { declarationHref } from "@/features/declarations/doc";
import { declarationVersions, parseVersionRef } from "@/features/declarations/versions";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "版本与审核" };

export default async function DeclarationVersionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> }) {
  const [{ id }, { from, to }] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const versions = await declarationVersions(actor, id, { from: parseVersionRef(from), to: parseVersionRef(to) });
  if (!versions) notFound();
  return <DeclarationComparison versions={versions} basePath={declarationHref("street", id, "versions")} />;
}
