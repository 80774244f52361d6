import { beforeAll, describe, expect, it } from "vitest";
import { getCaseHeader, getCasePlan, listCases } from "@/features/cases/queries";
import { countersignQueue, documentTrails } from "@/features/documents/queries";
import { db } from "@/server/db";
import { seedDemoCases } from "../../prisma/seed/demo-cases";
import { seedDemoClients } from "../../prisma/seed/demo-clients";
import { buildWorld, type World } from "../support/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
  const station = { districtId: w.a.district.id, stationId: w.a.stations[0].id, workerId: w.a.users.socialWorker.id };
  await seedDemoClients(db, { ...station, communityIds: [w.a.communities[0].id] });
  await seedDemoCases(db, station);
});

describe("demo cases", () => {
  it("seeds three open cases and one whole closed file, numbered in order", async () => {
    const { rows } = await listCases(w.a.actors.socialWorker, { q: "", page: 1, pageSize: 20, sort: "number", dir: "asc", filters: {} });
    expect(rows.map((r) => [r.number.slice(-4), r.status])).toEqual([["0001", "OPEN"], ["0002", "OPEN"], ["0003", "OPEN"], ["0004", "CLOSED"]]);
    expect((await db.caseNumberCounter.findFirstOrThrow({ where: { stationId: w.a.stations[0].id } })).last).toBe(4);
  });

  it("the closed file has every document, signed by worker, supervisor and head, and nothing waits for the head", async () => {
    const closed = await db.caseFile.findFirstOrThrow({ where: { stationId: w.a.stations[0].id, status: "CLOSED" } });
    const header = await getCaseHeader(w.a.actors.supervisor, closed.id);
    expect(header!.checklist.filter((r) => r.done).map((r) => r.key)).toEqual(["cover", "checklist", "intake", "assessment", "agreement", "plan", "sessions", "evaluation", "closure"]);
    expect(header!.checklist.find((r) => r.key === "sessions")!.count).toBe(3);
    const plan = await getCasePlan(header!);
    expect(plan).toMatchObject({ status: "APPROVED", supervisorOpinion: "同意，注意观察哀伤反应变化。" });
    expect(plan!.trail.signoffs.map((s) => s.role)).toEqual(["WORKER", "SUPERVISOR"]);
    const closure = await db.caseClosure.findUniqueOrThrow({ where: { caseFileId: closed.id } });
    const trail = (await documentTrails([closure.id])).get(closure.id)!;
    expect(trail.signoffs.map((s) => s.role).sort()).toEqual(["STATION_HEAD", "SUPERVISOR", "WORKER"]);
    expect(await countersignQueue(w.a.actors.stationHead)).toEqual([]);
  });
});
