import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { ComplianceTable } from "@/features/stations/components/compliance";
import { areaStations, listStationCompliance } from "@/features/stations/queries";
import { TodoList } from "@/features/reviews/components/todo-list";
import { returnedDeclarationTodo } from "@/features/reviews/queries";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "本街道社工站" };

export default async function StreetHomePage() {
  const actor = await requireActor();
  const [rows, todo] = await Promise.all([listStationCompliance(actor, areaStations(actor, "street")), returnedDeclarationTodo(actor, "street")]);
  const streets = [...new Set(rows.map((r) => r.streetName))];
  return (
    <>
      <PageHeader title="本街道社工站" description={streets.length ? streets.join("、") : undefined} />
      {todo.length > 0 && <TodoList items={todo} moreHref="/street/declarations" />}
      <Card title="人员配置达标情况">
        <ComplianceTable rows={rows} hrefOf={(id) => `/street/stations/${id}`} showStreet={streets.length > 1} />
      </Card>
    </>
  );
}
