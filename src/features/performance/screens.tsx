// The monitoring and self-evaluation pages of a declaration, the same in each area (/bureau, /street,
// /contractor): the routes only say which area they are in. notFound() when the actor does not reach it.
import { notFound } from "next/navigation";
import type { DeclarationArea } from "@/features/declarations/doc";
import { requireActor } from "@/server/auth";
import { EvaluationView } from "./components/evaluation-view";
import { MonitoringView } from "./components/monitoring-view";
import { evaluationPage, monitoringPage } from "./queries";

type Screen = { id: string; area: DeclarationArea };

/** 绩效运行监控: the checkpoints, their warnings, and the indicators' links to live counts. */
export async function MonitoringScreen({ id, area }: Screen) {
  const data = await monitoringPage(await requireActor(), id);
  if (!data) notFound();
  return <MonitoringView data={data} area={area} />;
}

/** 绩效自评: the scored indicators, the execution, the grade, and its Word and Excel exports. */
export async function EvaluationScreen({ id, area }: Screen) {
  const data = await evaluationPage(await requireActor(), id);
  if (!data) notFound();
  return <EvaluationView data={data} area={area} />;
}
