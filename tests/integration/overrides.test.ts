import { beforeAll, describe, expect, it } from "vitest";
import { saveClientCommand } from "@/features/clients/commands";
import { openCaseCommand, saveIntakeCommand } from "@/features/cases/commands";
import { getCaseHeader, getCaseOverview } from "@/features/cases/queries";
import { acknowledgeOverrideCommand, openOverrideCommand } from "@/features/overrides/commands";
import { caseOverrides, caseRegister, overrideNotices, overridesPage, REGISTER_FILTERS, REGISTER_SORTS } from "@/features/overrides/queries";
import { parseListParams } from "@/lib/list-params";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { uniq } from "../../prisma/seed/factories";
import { buildWorld, type World } from "../support/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const REASON = "服务对象来电称有轻生念头，负责社工与督导均无法联系，需立即查阅紧急联系人";

async function newCase(actor: Actor = w.a.actors.socialWorker) {
  const name = `紧急对象${uniq()}`;
  const client = await saveClientCommand.execute(actor, { name, gender: "MALE", idNumber: "", phone: "13987650000", categories: ["EMPTY_NEST"], riskLevel: "HIGH", serviceDomain: "ELDERLY", "members.0.name": "" });
  expect(client, JSON.stringify(client)).toMatchObject({ ok: true });
  const { id: clientId } = await db.client.findFirstOrThrow({ where: { name } });
  const opened = await openCaseCommand.execute(actor, { clientId, firstContactOn: "2026-11-02", intakeDate: "", source: "SELF", sourceNote: "", situation: "独居，情绪低落，曾表达轻生想法", servicesBefore: "", crisisRisk: "HIGH", crisisIntervention: "on" });
  if (!opened.ok) throw new Error(JSON.stringify(opened));
  return { caseId: opened.data!.id, number: opened.data!.number, name };
}

const open = (actor: Actor, caseId: string, reason = REASON) => openOverrideCommand.execute(actor, { caseId, reason });
const registerParams = (q = "") => parseListParams({ q }, { sortable: REGISTER_SORTS, defaultSort: "number", defaultDir: "desc", filters: REGISTER_FILTERS });
const HOUR = 3_600_000;

describe("生命第一: opening a case file", () => {
  it("a station head opens a case of the station with a written reason and reads it for 12 hours, not after, not without it", async () => {
    const head = w.a.actors.stationHead;
    const { caseId, number, name } = await newCase();
    expect(await getCaseHeader(head, caseId)).toBeNull();

    const empty = await open(head, caseId, "");
    expect(!empty.ok && empty.fieldErrors).toEqual({ reason: ["请填写紧急查阅理由"] });
    const short = await open(head, caseId, "情况紧急需查看");
    expect(!short.ok && short.fieldErrors).toEqual({ reason: ["紧急查阅理由至少 10 个字，请写明涉及服务对象生命安全的具体情况"] });
    expect(await db.caseAccessOverride.count({ where: { caseFileId: caseId } })).toBe(0);

    const before = Date.now();
    const opened = await open(head, caseId);
    expect(opened).toMatchObject({ ok: true, redirectTo: `/station/cases/${caseId}` });
    const row = await db.caseAccessOverride.findFirstOrThrow({ where: { caseFileId: caseId } });
    expect(row).toMatchObject({ userId: w.a.users.stationHead.id, userName: head.name, stationId: w.a.stations[0].id, districtId: w.a.district.id, reviewedAt: null });
    expect(row.reasonEnc).not.toContain("轻生");
    expect(row.expiresAt.getTime() - row.openedAt.getTime()).toBe(12 * HOUR);
    expect(row.openedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);

    // Audited without the reason's text.
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "case.override", outcome: "SUCCESS", targetId: caseId } });
    expect(audit).toMatchObject({ actorUserId: w.a.users.stationHead.id, targetType: "CaseFile", detail: { stationId: w.a.stations[0].id, number, overrideId: row.id } });
    expect(JSON.stringify(audit.detail)).not.toContain("轻生");

    // Reads the case while the override lasts: role head (the banner), no edits.
    const header = await getCaseHeader(head, caseId, new Date(row.expiresAt.getTime() - 1000));
    expect(header).toMatchObject({ role: "head", canEdit: false, caseFile: { number, client: { name } } });
    expect((await getCaseOverview(header!)).intake!.situation).toBe("独居，情绪低落，曾表达轻生想法");
    expect(await db.auditLog.findFirst({ where: { action: "case.view", actorUserId: w.a.users.stationHead.id, targetId: caseId }, orderBy: { at: "desc" } })).toMatchObject({ detail: { override: true } });
    const intake = await db.caseIntake.findUniqueOrThrow({ where: { caseFileId: caseId } });
    expect(await saveIntakeCommand.execute(head, { caseId, version: intake.version, intakeDate: "2026-11-02", source: "SELF", crisisRisk: "NONE" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // Expired: no longer.
    expect(await getCaseHeader(head, caseId, new Date(row.expiresAt.getTime() + 1000))).toBeNull();
    // The override is the head's own: the deputy does not read through it.
    expect(await getCaseHeader(w.a.actors.deputyHead, caseId)).toBeNull();
  });

  it("the deputy head too, with their own override", async () => {
    const { caseId } = await newCase();
    expect(await open(w.a.actors.deputyHead, caseId)).toMatchObject({ ok: true });
    expect(await getCaseHeader(w.a.actors.deputyHead, caseId)).toMatchObject({ role: "head" });
    expect(await getCaseHeader(w.a.actors.stationHead, caseId)).toBeNull();
  });

  it("refused: another station's head, another district, and every role without case:override", async () => {
    const { caseId } = await newCase();
    const refused: [string, Actor, string][] = [
      ["otherStationHead", w.a.actors.otherStationHead, "NOT_FOUND"],
      ["b.stationHead", w.b.actors.stationHead, "NOT_FOUND"],
      ["b.deputyHead", w.b.actors.deputyHead, "NOT_FOUND"],
      ["socialWorker", w.a.actors.socialWorker, "FORBIDDEN"],
      ["supervisor", w.a.actors.supervisor, "FORBIDDEN"],
      ["otherWorker", w.a.actors.otherWorker, "FORBIDDEN"],
      ["remoteWorker", w.a.actors.remoteWorker, "FORBIDDEN"],
      ["streetStaff", w.a.actors.streetStaff, "FORBIDDEN"],
      ["contractorAdmin", w.a.actors.contractorAdmin, "FORBIDDEN"],
      ["bureauAdmin", w.a.actors.bureauAdmin, "FORBIDDEN"],
      ["bureauStaff", w.a.actors.bureauStaff, "FORBIDDEN"],
      ["auditor", w.a.actors.auditor, "FORBIDDEN"],
      ["systemAdmin", w.systemAdmin, "FORBIDDEN"],
    ];
    for (const [label, actor, code] of refused) {
      expect(await open(actor, caseId), label).toMatchObject({ ok: false, code });
      expect(await getCaseHeader(actor, caseId).then((h) => h?.role ?? null), label).toBe(label === "socialWorker" ? "owner" : label === "supervisor" ? "supervisor" : null);
    }
    expect(await open(w.a.actors.stationHead, "no-such-case")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.caseAccessOverride.count({ where: { caseFileId: caseId } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "case.override", outcome: "DENIED" } })).toBeGreaterThanOrEqual(refused.length);
  });
});

describe("生命第一: the supervisor is told", () => {
  it("the supervisor of the case's worker sees the unacknowledged overrides with the reason and acknowledges them", async () => {
    const supervisor = w.a.actors.supervisor;
    const { caseId, number } = await newCase();
    // A case of a worker this supervisor does not supervise.
    const { caseId: otherCase } = await newCase(w.a.actors.otherWorker);
    expect(await open(w.a.actors.stationHead, caseId)).toMatchObject({ ok: true });
    expect(await open(w.a.actors.stationHead, otherCase)).toMatchObject({ ok: true });
    const row = await db.caseAccessOverride.findFirstOrThrow({ where: { caseFileId: caseId } });

    const notices = await overrideNotices(supervisor);
    expect(notices.map((n) => n.caseId)).toContain(caseId);
    expect(notices.map((n) => n.caseId)).not.toContain(otherCase);
    expect(notices.find((n) => n.id === row.id)).toMatchObject({ caseNumber: number, userName: w.a.actors.stationHead.name, reason: REASON, workerName: "甲socialWorker", reviewedAt: null });
    for (const actor of [w.a.actors.socialWorker, w.a.actors.otherWorker, w.a.actors.stationHead, w.b.actors.supervisor, w.a.actors.bureauAdmin]) {
      expect((await overrideNotices(actor)).map((n) => n.id)).not.toContain(row.id);
    }

    // The case overview shows them to the owner and the supervisor, not to the head reading through it.
    expect((await caseOverrides((await getCaseHeader(w.a.actors.socialWorker, caseId))!)).map((o) => o.reason)).toEqual([REASON]);
    expect((await caseOverrides((await getCaseHeader(supervisor, caseId))!)).map((o) => o.id)).toEqual([row.id]);
    expect(await caseOverrides((await getCaseHeader(w.a.actors.stationHead, caseId))!)).toEqual([]);

    const refused: [string, Actor, string][] = [
      ["the case's worker", w.a.actors.socialWorker, "NOT_FOUND"],
      ["otherWorker", w.a.actors.otherWorker, "NOT_FOUND"],
      ["stationHead", w.a.actors.stationHead, "FORBIDDEN"],
      ["otherStationHead", w.a.actors.otherStationHead, "FORBIDDEN"],
      ["b.supervisor", w.b.actors.supervisor, "NOT_FOUND"],
      ["bureauAdmin", w.a.actors.bureauAdmin, "FORBIDDEN"],
    ];
    for (const [label, actor, code] of refused) {
      expect(await acknowledgeOverrideCommand.execute(actor, { overrideId: row.id }), label).toMatchObject({ ok: false, code });
    }
    // Not the supervisor of otherWorker.
    const otherRow = await db.caseAccessOverride.findFirstOrThrow({ where: { caseFileId: otherCase } });
    expect(await acknowledgeOverrideCommand.execute(supervisor, { overrideId: otherRow.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });

    expect(await acknowledgeOverrideCommand.execute(supervisor, { overrideId: row.id })).toMatchObject({ ok: true, message: "已确认知悉" });
    expect(await db.caseAccessOverride.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ reviewedById: w.a.users.supervisor.id, reviewedByName: supervisor.name });
    expect(await acknowledgeOverrideCommand.execute(supervisor, { overrideId: row.id })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect((await overrideNotices(supervisor)).map((n) => n.id)).not.toContain(row.id);
    expect(await db.auditLog.findFirst({ where: { action: "case.override_review", outcome: "SUCCESS", actorUserId: w.a.users.supervisor.id } })).toMatchObject({ targetId: caseId, detail: { overrideId: row.id } });

    const page = await overridesPage(supervisor);
    expect(page.reviewed.map((o) => o.id)).toContain(row.id);
    expect(page.unreviewed.map((o) => o.id)).not.toContain(row.id);
    expect(page.own).toEqual([]);
    expect((await overridesPage(w.a.actors.stationHead)).own.map((o) => o.id)).toEqual(expect.arrayContaining([row.id, otherRow.id]));
    expect((await overridesPage(w.a.actors.otherStationHead)).own).toEqual([]);
  });
});

describe("个案登记 (the station's register)", () => {
  it("lists the station's cases for its head and deputy with no client names, no ID, no narrative; nothing for anyone else", async () => {
    const { caseId, number, name } = await newCase();
    const { number: remoteNumber } = await newCase(w.a.actors.remoteWorker);
    const { rows, total } = await caseRegister(w.a.actors.stationHead, registerParams(number));
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({ id: caseId, number, status: "OPEN", owner: { name: "甲socialWorker" }, serviceDomain: "ELDERLY", crisisRisk: "HIGH", activeUntil: null });
    expect(Object.keys(rows[0]).sort()).toEqual(["activeUntil", "crisisRisk", "firstContactOn", "id", "number", "owner", "serviceDomain", "station", "status"]);
    const all = await caseRegister(w.a.actors.deputyHead, registerParams());
    const text = JSON.stringify(all.rows);
    expect(text).not.toContain(name);
    expect(text).not.toContain("紧急对象");
    expect(text).not.toContain("轻生");
    expect(all.rows.every((r) => r.station.name === w.a.stations[0].name)).toBe(true);

    // Another station's head sees only theirs; no other role has a register.
    expect((await caseRegister(w.a.actors.otherStationHead, registerParams(number))).total).toBe(0);
    expect((await caseRegister(w.a.actors.otherStationHead, registerParams(remoteNumber))).rows.map((r) => r.station.name)).toEqual([w.a.stations[1].name]);
    for (const actor of [w.a.actors.socialWorker, w.a.actors.supervisor, w.a.actors.streetStaff, w.a.actors.bureauAdmin, w.a.actors.contractorAdmin, w.b.actors.stationHead, w.systemAdmin]) {
      expect((await caseRegister(actor, registerParams())).total).toBe(0);
    }

    // The head's own open override shows on the row until it expires.
    await open(w.a.actors.stationHead, caseId);
    const [withOverride] = (await caseRegister(w.a.actors.stationHead, registerParams(number))).rows;
    expect(withOverride.activeUntil).toBeInstanceOf(Date);
    expect((await caseRegister(w.a.actors.deputyHead, registerParams(number))).rows[0].activeUntil).toBeNull();
    expect((await caseRegister(w.a.actors.stationHead, registerParams(number), new Date(Date.now() + 13 * HOUR))).rows[0].activeUntil).toBeNull();
  });
});
