import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BudgetPageView } from "@/features/budgets/components/budget-page";
import { budgetPage } from "@/features/budgets/queries";
import { getContractHeader } from "@/features/contracts/header";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "项目经费预算" };

export default async function ContractorBudgetPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ v?: string }> }) {
  const [{ id }, { v }] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const header = await getContractHeader(actor, id);
  if (!header) notFound();
  const data = await budgetPage(actor, id, "contractor", v && /^\d{1,4}$/.test(v) ? Number(v) : undefined);
  if (!data) notFound();
  return <BudgetPageView header={header} data={data} area="contractor" />;
}
