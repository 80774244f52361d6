// 来访接待登记: the receiving worker records receptions at their own station and alone edits them; the summary
// is encrypted at rest and never audited; only the worker and their supervisor read a reception.
import { beforeAll, describe, expect, it } from "vitest";
import { saveReceptionCommand } from "@/features/receptions/commands";
import { getReception, listReceptions, receptionFormOptions, RECEPTION_FILTERS, RECEPTION_SORTS } from "@/features/receptions/queries";
import { toDateTimeInput } from "@/features/visits/helpers";
import { parseListParams } from "@/lib/list-params";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { createUser, uniq } from "../../prisma/seed/factories";
import { actorOf, buildWorld, fileOutsiders, type World } from "../support/world";

let w: World;
const SUMMARY = "李秀珍（化名）来站求助：老伴住院，家中无人照料，询问临时救助与居家照护服务。";

function fields(overrides: Record<string, unknown> = {}) {
  return {
    receivedAt: toDateTimeInput(new Date(Date.now() - 3_600_000)),
    visitorCount: "2",
    serviceDomain: "ELDERLY",
    communityId: w.a.communities[0].id,
    matter: "HELP",
    outcome: "FOLLOW_UP",
    summary: SUMMARY,
    ...overrides,
  };
}

async function record(actor: Actor, overrides: Record<string, unknown> = {}) {
  const r = await saveReceptionCommand.execute(actor, fields(overrides));
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return (r as { data: { id: string } }).data.id;
}

const list = (actor: Actor, sp: Record<string, string> = {}) =>
  listReceptions(actor, parseListParams(sp, { sortable: RECEPTION_SORTS, defaultSort: "receivedAt", defaultDir: "desc", filters: RECEPTION_FILTERS }));

beforeAll(async () => {
  w = await buildWorld();
});

describe("reception.save", () => {
  it("the worker records a reception at their station; the summary is encrypted at rest and not audited", async () => {
    const id = await record(w.a.actors.socialWorker);
    const row = await db.reception.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ stationId: w.a.stations[0].id, districtId: w.a.district.id, workerId: w.a.users.socialWorker.id, visitorCount: 2, matter: "HELP", outcome: "FOLLOW_UP" });
    const raw = JSON.stringify(await db.$queryRaw`SELECT * FROM reception WHERE id = ${id}`);
    expect(raw).not.toContain("李秀珍");
    expect(raw).not.toContain("临时救助");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "reception.save", targetId: id } });
    expect(audit.outcome).toBe("SUCCESS");
    expect(JSON.stringify(audit.detail)).not.toContain("李秀珍");
    expect((await getReception(w.a.actors.socialWorker, id))!.reception.summary).toBe(SUMMARY);
  });

  it("接待时间 is Beijing time, stored as UTC", async () => {
    const id = await record(w.a.actors.socialWorker, { receivedAt: "2026-11-01T00:30" });
    expect((await db.reception.findUniqueOrThrow({ where: { id } })).receivedAt.toISOString()).toBe("2026-10-31T16:30:00.000Z");
    const november = (await list(w.a.actors.socialWorker, { month: "2026-11" })).rows.map((r) => r.id);
    const october = (await list(w.a.actors.socialWorker, { month: "2026-10" })).rows.map((r) => r.id);
    expect(november).toContain(id);
    expect(october).not.toContain(id);
  });

  it("field errors: 来访人数 1–500, a time not in the future, the required fields, the station's communities", async () => {
    const errors = async (overrides: Record<string, unknown>) => {
      const r = await saveReceptionCommand.execute(w.a.actors.socialWorker, fields(overrides));
      expect(r.ok).toBe(false);
      return r.ok ? {} : (r.fieldErrors ?? {});
    };
    expect((await errors({ visitorCount: "0" })).visitorCount?.[0]).toBe("来访人数应为 1–500 之间的整数");
    expect((await errors({ visitorCount: "501" })).visitorCount?.[0]).toBe("来访人数应为 1–500 之间的整数");
    expect((await errors({ visitorCount: "2.5" })).visitorCount?.[0]).toBe("来访人数应为 1–500 之间的整数");
    expect((await errors({ receivedAt: toDateTimeInput(new Date(Date.now() + 2 * 3_600_000)) })).receivedAt?.[0]).toBe("接待时间不能晚于现在");
    expect((await errors({ receivedAt: "2026-02-30T10:00" })).receivedAt?.[0]).toBe("接待时间应为有效的日期和时间");
    const missing = await errors({ summary: " ", matter: "", outcome: "", serviceDomain: "" });
    expect(missing.summary?.[0]).toBe("请填写来访事由与处理情况");
    expect(missing.matter?.[0]).toBe("请选择事由类别");
    expect(missing.outcome?.[0]).toBe("请选择处理结果");
    expect(missing.serviceDomain?.[0]).toBe("请选择服务领域");
    // A community of another street, or of another district.
    expect((await errors({ communityId: w.a.communities[1].id })).communityId?.[0]).toBe("请选择本站所在街道（乡镇）的村（社区）");
    expect((await errors({ communityId: w.b.communities[0].id })).communityId?.[0]).toBe("请选择本站所在街道（乡镇）的村（社区）");
    // Optional.
    await record(w.a.actors.socialWorker, { communityId: "" });
  });

  it("wrong roles are refused; a worker records only at their own station", async () => {
    for (const key of ["stationHead", "deputyHead", "supervisor", "streetStaff", "bureauAdmin", "bureauStaff", "bureauReviewer", "contractorAdmin", "evaluator", "auditor"] as const) {
      expect(await saveReceptionCommand.execute(w.a.actors[key], fields()), key).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await saveReceptionCommand.execute(w.systemAdmin, fields())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // Another station of the district, another district.
    expect(await saveReceptionCommand.execute(w.a.actors.remoteWorker, fields({ stationId: w.a.stations[0].id }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await saveReceptionCommand.execute(w.b.actors.socialWorker, fields({ stationId: w.a.stations[0].id }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Without a stationId: the worker's own station.
    const remote = await record(w.a.actors.remoteWorker, { communityId: w.a.communities[1].id });
    expect((await db.reception.findUniqueOrThrow({ where: { id: remote } })).stationId).toBe(w.a.stations[1].id);
  });

  it("a worker at two stations chooses the station", async () => {
    const user = await createUser(db, {
      districtId: w.a.district.id, username: `two.${uniq()}`, name: "两站社工",
      memberships: [{ role: "SOCIAL_WORKER", stationId: w.a.stations[0].id }, { role: "SOCIAL_WORKER", stationId: w.a.stations[1].id }],
    });
    const actor = (await actorOf(user.id))!;
    const r = await saveReceptionCommand.execute(actor, fields());
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { stationId: ["请选择社工站"] } });
    const id = await record(actor, { stationId: w.a.stations[1].id, communityId: w.a.communities[1].id });
    expect((await db.reception.findUniqueOrThrow({ where: { id } })).stationId).toBe(w.a.stations[1].id);
    const options = await receptionFormOptions(actor);
    expect(options!.stations.map((s) => s.id).sort()).toEqual([w.a.stations[0].id, w.a.stations[1].id].sort());
    expect(options!.stations.find((s) => s.id === w.a.stations[1].id)!.communities.map((c) => c.id)).toEqual([w.a.communities[1].id]);
  });

  it("only the receiving worker edits, with optimistic concurrency", async () => {
    const id = await record(w.a.actors.socialWorker);
    const edit = (actor: Actor, overrides: Record<string, unknown> = {}) => saveReceptionCommand.execute(actor, fields({ receptionId: id, version: 1, visitorCount: "3", summary: "已更正", ...overrides }));
    for (const actor of [w.a.actors.otherWorker, w.a.actors.remoteWorker, w.b.actors.socialWorker]) expect(await edit(actor), actor.name).toMatchObject({ ok: false, code: "NOT_FOUND" });
    for (const actor of [w.a.actors.supervisor, w.a.actors.stationHead, w.a.actors.bureauAdmin]) expect(await edit(actor), actor.name).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await edit(w.a.actors.socialWorker)).toMatchObject({ ok: true });
    const row = await db.reception.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ visitorCount: 3, version: 2, workerId: w.a.users.socialWorker.id });
    expect((await getReception(w.a.actors.socialWorker, id))!.reception.summary).toBe("已更正");
    expect(await edit(w.a.actors.socialWorker)).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await edit(w.a.actors.socialWorker, { version: 2, communityId: w.a.communities[1].id })).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});

describe("who reads receptions (保密)", () => {
  it("the worker and the worker's supervisor; nobody else (other worker, head, street, bureau, contractor, other district)", async () => {
    const id = await record(w.a.actors.socialWorker);
    const own = await getReception(w.a.actors.socialWorker, id);
    expect(own).toMatchObject({ canEdit: true });
    const sup = await getReception(w.a.actors.supervisor, id);
    expect(sup!.reception.summary).toBe(SUMMARY);
    expect(sup!.canEdit).toBe(false);
    for (const [key, actor] of fileOutsiders(w)) {
      expect(await getReception(actor, id), key).toBeNull();
      expect((await list(actor)).rows.map((r) => r.id), key).not.toContain(id);
    }
    expect((await list(w.a.actors.supervisor)).rows.map((r) => r.id)).toContain(id);
  });

  it("the supervisor reads only the supervisees' receptions", async () => {
    const other = await record(w.a.actors.otherWorker);
    expect(await getReception(w.a.actors.supervisor, other)).toBeNull();
    expect((await list(w.a.actors.supervisor)).rows.map((r) => r.id)).not.toContain(other);
    expect((await list(w.a.actors.otherWorker)).rows.map((r) => r.id)).toContain(other);
  });

  it("the list: month filter, the selection's receptions and visitors", async () => {
    const user = await createUser(db, { districtId: w.a.district.id, username: `m.${uniq()}`, name: "月份社工", memberships: [{ role: "SOCIAL_WORKER", stationId: w.a.stations[0].id }] });
    const actor = (await actorOf(user.id))!;
    await record(actor, { receivedAt: "2026-10-09T09:40", visitorCount: "1" });
    await record(actor, { receivedAt: "2026-10-30T15:30", visitorCount: "6" });
    await record(actor, { receivedAt: "2026-11-04T09:15", visitorCount: "2" });
    expect(await list(actor, { month: "2026-10" })).toMatchObject({ total: 2, visitors: 7 });
    expect(await list(actor, { month: "2026-11" })).toMatchObject({ total: 1, visitors: 2 });
    const all = await list(actor);
    expect(all).toMatchObject({ total: 3, visitors: 9 });
    expect(all.rows.map((r) => r.visitorCount)).toEqual([2, 6, 1]);
  });

  it("the form's options: only where the actor receives visitors", async () => {
    const options = await receptionFormOptions(w.a.actors.socialWorker);
    expect(options!.stations.map((s) => s.id)).toEqual([w.a.stations[0].id]);
    expect(options!.stations[0].communities.map((c) => c.id)).toEqual([w.a.communities[0].id]);
    for (const actor of [w.a.actors.supervisor, w.a.actors.stationHead, w.a.actors.bureauAdmin, w.a.actors.contractorAdmin]) expect(await receptionFormOptions(actor)).toBeNull();
  });
});
