import { beforeAll, describe, expect, it } from "vitest";
import { listAuditLogs, parseAuditParams } from "@/features/audit/queries";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import { uniq } from "../../prisma/seed/factories";
import { ALL_ACTOR_KEYS, buildWorld, type World } from "../support/world";

let w: World;
let action: string;
beforeAll(async () => {
  w = await buildWorld();
  // One event per district, by a person of that district, plus a deployment-wide one.
  action = `test.event_${uniq()}`;
  await writeAudit({ actor: w.a.actors.bureauAdmin, action, outcome: "SUCCESS", targetType: "Contractor", targetId: "c-a" });
  await writeAudit({ actor: w.b.actors.bureauAdmin, action, outcome: "SUCCESS", targetType: "Contractor", targetId: "c-b" });
  await writeAudit({ actor: w.systemAdmin, action, outcome: "SUCCESS" });
});

describe("audit log page queries", () => {
  it("the auditor reads their own district's events only", async () => {
    const a = await listAuditLogs(w.a.actors.auditor, parseAuditParams({ action }));
    expect(a.rows.map((r) => r.targetId)).toEqual(["c-a"]);
    const b = await listAuditLogs(w.b.actors.auditor, parseAuditParams({ action }));
    expect(b.rows.map((r) => r.targetId)).toEqual(["c-b"]);
    expect(a.rows[0]).toMatchObject({ actorName: w.a.actors.bureauAdmin.name, actorRoles: "BUREAU_ADMIN", ip: "127.0.0.1", outcome: "SUCCESS" });
    expect(typeof a.rows[0].id).toBe("string");
  });

  it("nobody else reads the audit log: not the administrators, not the system administrator", async () => {
    for (const key of ALL_ACTOR_KEYS.filter((k) => k !== "auditor")) {
      expect((await listAuditLogs(w.a.actors[key], parseAuditParams({}))).total, key).toBe(0);
    }
    expect((await listAuditLogs(w.systemAdmin, parseAuditParams({}))).total).toBe(0);
  });

  it("dates are Beijing calendar days", async () => {
    const tag = `test.range_${uniq()}`;
    const districtId = w.a.district.id;
    await db.auditLog.createMany({
      data: [
        { districtId, action: tag, outcome: "SUCCESS", targetId: "before", at: new Date("2026-03-01T15:59:59.999Z") }, // 03-01 23:59:59 北京
        { districtId, action: tag, outcome: "SUCCESS", targetId: "start", at: new Date("2026-03-01T16:00:00.000Z") }, // 03-02 00:00 北京
        { districtId, action: tag, outcome: "SUCCESS", targetId: "end", at: new Date("2026-03-02T15:59:59.999Z") }, // 03-02 23:59:59 北京
        { districtId, action: tag, outcome: "SUCCESS", targetId: "after", at: new Date("2026-03-02T16:00:00.000Z") }, // 03-03 00:00 北京
      ],
    });
    const day = await listAuditLogs(w.a.actors.auditor, parseAuditParams({ action: tag, from: "2026-03-02", to: "2026-03-02" }));
    expect(day.rows.map((r) => r.targetId)).toEqual(["end", "start"]);
    const from = await listAuditLogs(w.a.actors.auditor, parseAuditParams({ action: tag, from: "2026-03-02" }));
    expect(from.rows.map((r) => r.targetId)).toEqual(["after", "end", "start"]);
    const to = await listAuditLogs(w.a.actors.auditor, parseAuditParams({ action: tag, to: "2026-03-01" }));
    expect(to.rows.map((r) => r.targetId)).toEqual(["before"]);
    const bad = await listAuditLogs(w.a.actors.auditor, parseAuditParams({ action: tag, from: "2026-02-30" }));
    expect(bad.errors).toHaveLength(1);
    expect(bad.total).toBe(4);
  });

  it("filters by outcome and searches the actor by name or the username an event names", async () => {
    const tag = `test.search_${uniq()}`;
    const districtId = w.a.district.id;
    await db.auditLog.createMany({
      data: [
        { districtId, action: tag, outcome: "SUCCESS", actorName: "周建国", actorUserId: "u1" },
        { districtId, action: tag, outcome: "DENIED", actorName: "吴丽萍", actorUserId: "u2" },
        { districtId, action: tag, outcome: "FAILURE", detail: { username: "zhou.jg", reason: "unknown_user" } },
      ],
    });
    const list = (sp: Record<string, string>) => listAuditLogs(w.a.actors.auditor, parseAuditParams({ action: tag, ...sp }));
    expect((await list({ outcome: "DENIED" })).rows.map((r) => r.actorName)).toEqual(["吴丽萍"]);
    expect((await list({ q: "建国" })).rows.map((r) => r.actorName)).toEqual(["周建国"]);
    expect((await list({ q: "zhou" })).rows.map((r) => r.outcome)).toEqual(["FAILURE"]);
    expect((await list({ outcome: "NONSENSE" })).total).toBe(3);
    expect((await listAuditLogs(w.b.actors.auditor, parseAuditParams({ action: tag }))).total).toBe(0);
  });

  it("newest first, 50 to a page, the page in the URL", async () => {
    const tag = `test.paging_${uniq()}`;
    const start = Date.UTC(2026, 5, 1);
    await db.auditLog.createMany({
      data: Array.from({ length: 55 }, (_, i) => ({ districtId: w.a.district.id, action: tag, outcome: "SUCCESS" as const, targetId: String(i), at: new Date(start + i * 60_000) })),
    });
    const first = await listAuditLogs(w.a.actors.auditor, parseAuditParams({ action: tag }));
    expect(first.total).toBe(55);
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0].targetId).toBe("54");
    // A sort direction typed into the URL does not turn the order round.
    const second = await listAuditLogs(w.a.actors.auditor, parseAuditParams({ action: tag, page: "2", sort: "at", dir: "asc" }));
    expect(second.rows.map((r) => r.targetId)).toEqual(["4", "3", "2", "1", "0"]);
  });

  it("the log cannot be edited or deleted, even directly", async () => {
    const row = await db.auditLog.findFirstOrThrow({ where: { action } });
    await expect(db.auditLog.update({ where: { id: row.id }, data: { outcome: "FAILURE" } })).rejects.toThrow();
    await expect(db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow();
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).outcome).toBe("SUCCESS");
  });
});
