import { beforeAll, describe, expect, it } from "vitest";
import { saveClientCommand } from "@/features/clients/commands";
import { openCaseCommand } from "@/features/cases/commands";
import { signDocumentCommand } from "@/features/documents/commands";
import { countersignQueue } from "@/features/documents/queries";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { uniq } from "../../prisma/seed/factories";
import { buildWorld, type World } from "../support/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

async function caseWithIntake(actor: Actor) {
  const name = `签署对象${uniq()}`;
  expect(await saveClientCommand.execute(actor, { name, gender: "MALE", categories: ["ADVANCED_AGE"], riskLevel: "LOW", serviceDomain: "ELDERLY", "members.0.name": "" })).toMatchObject({ ok: true });
  const client = await db.client.findFirstOrThrow({ where: { name } });
  const opened = await openCaseCommand.execute(actor, { clientId: client.id, firstContactOn: "2026-11-02", intakeDate: "", source: "SELF", sourceNote: "", situation: "独居，行动不便", servicesBefore: "", crisisRisk: "NONE", crisisIntervention: "" });
  if (!opened.ok) throw new Error(JSON.stringify(opened));
  const intake = await db.caseIntake.findUniqueOrThrow({ where: { caseFileId: opened.data!.id } });
  return { name, caseId: opened.data!.id, number: opened.data!.number, intake };
}

const sign = async (actor: Actor, documentId: string) => {
  const row = await db.caseIntake.findUniqueOrThrow({ where: { id: documentId } });
  return signDocumentCommand.execute(actor, { kind: "INTAKE", documentId, version: row.version });
};

describe("待签署文书 (the station head's countersign list)", () => {
  it("lists what the worker signed, without the client's name or any content; signing removes it", async () => {
    const c = await caseWithIntake(w.a.actors.socialWorker);
    expect((await countersignQueue(w.a.actors.stationHead)).map((r) => r.id)).not.toContain(c.intake.id);
    expect(await sign(w.a.actors.socialWorker, c.intake.id)).toMatchObject({ ok: true });

    const queue = await countersignQueue(w.a.actors.stationHead);
    const row = queue.find((r) => r.id === c.intake.id);
    expect(row).toMatchObject({ kind: "INTAKE", reference: c.number, workerName: w.a.actors.socialWorker.name });
    expect(JSON.stringify(queue)).not.toContain(c.name);
    expect(JSON.stringify(queue)).not.toContain("独居");
    expect((await countersignQueue(w.a.actors.deputyHead)).map((r) => r.id)).toContain(c.intake.id);

    // Not another station's head, not another district's, and nobody without the countersign permission.
    for (const actor of [w.a.actors.otherStationHead, w.b.actors.stationHead, w.a.actors.socialWorker, w.a.actors.supervisor, w.a.actors.streetStaff, w.a.actors.contractorAdmin, w.a.actors.bureauAdmin, w.systemAdmin]) {
      expect((await countersignQueue(actor)).map((r) => r.id)).not.toContain(c.intake.id);
    }
    for (const actor of [w.a.actors.otherStationHead, w.b.actors.stationHead]) {
      const r = await sign(actor, c.intake.id);
      expect(["NOT_FOUND", "FORBIDDEN"]).toContain(!r.ok && r.code);
    }
    expect(await sign(w.a.actors.stationHead, c.intake.id)).toMatchObject({ ok: true });
    expect((await countersignQueue(w.a.actors.stationHead)).map((r) => r.id)).not.toContain(c.intake.id);
    expect(await db.documentSignoff.findFirst({ where: { documentId: c.intake.id, role: "STATION_HEAD" } })).toMatchObject({ userId: w.a.users.stationHead.id });
    expect(await db.auditLog.count({ where: { action: "document.sign", actorUserId: w.a.users.stationHead.id, targetId: c.caseId, outcome: "SUCCESS" } })).toBe(1);
  });

  it("finds the waiting documents however many the head has countersigned before", async () => {
    // 600 documents the worker and the head both signed long ago, then one waiting.
    const rows = Array.from({ length: 600 }, (_, i) => `old-intake-${i}`);
    const at = new Date("2026-01-05T02:00:00Z");
    for (const role of ["WORKER", "STATION_HEAD"] as const) {
      await db.documentSignoff.createMany({
        data: rows.map((documentId) => ({ districtId: w.a.district.id, stationId: w.a.stations[0].id, kind: "INTAKE" as const, documentId, role, userId: w.a.users.socialWorker.id, userName: "旧", signedAt: at })),
      });
    }
    const c = await caseWithIntake(w.a.actors.socialWorker);
    await sign(w.a.actors.socialWorker, c.intake.id);
    expect((await countersignQueue(w.a.actors.stationHead)).map((r) => r.id)).toContain(c.intake.id);
  });

  it("the head's countersignature does not give them the file", async () => {
    const c = await caseWithIntake(w.a.actors.socialWorker);
    await sign(w.a.actors.socialWorker, c.intake.id);
    await sign(w.a.actors.stationHead, c.intake.id);
    const { getCaseHeader } = await import("@/features/cases/queries");
    expect(await getCaseHeader(w.a.actors.stationHead, c.caseId)).toBeNull();
  });
});
