import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { ContractorDetails, ContractorFigures, ContractorStations } from "@/features/contractors/components/contractor-overview";
import { listOwnContractors } from "@/features/contractors/queries";
import { requireActor } from "@/server/auth";
import { contractorTodo } from "@/features/reviews/queries";
import { TodoList } from "@/features/reviews/components/todo-list";

export const metadata: Metadata = { title: "机构概况" };

export default async function ContractorHomePage() {
  const actor = await requireActor();
  const [contractors, todo] = await Promise.all([listOwnContractors(actor), contractorTodo(actor)]);
  if (contractors.length === 0) notFound();
  return (
    <div className="space-y-8">
      <TodoList items={todo} moreHref="/contractor/briefs" />
      {contractors.map((c) => (
        <section key={c.id} className="space-y-4">
          <PageHeader title={c.name} description="本机构基本信息由区民政局维护，如有变更请联系民政局管理员。" />
          <ContractorFigures stations={c.stations.length} activeStaff={c.activeStaff} staffHref="/contractor/staff" />
          <div className="grid gap-4 lg:grid-cols-2">
            <ContractorStations stations={c.stations} basePath="/contractor/stations" />
            <Card title="机构信息"><ContractorDetails contractor={c} /></Card>
          </div>
        </section>
      ))}
    </div>
  );
}
