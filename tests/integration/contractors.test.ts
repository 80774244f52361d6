import { beforeAll, describe, expect, it } from "vitest";
import { saveContractorCommand } from "@/features/contractors/commands";
import { getContractor, listContractors, listOwnContractors } from "@/features/contractors/queries";
import { db } from "@/server/db";
import { parseListParams } from "@/lib/list-params";
import { CONTRACTOR_FILTERS, CONTRACTOR_SORTS } from "@/features/contractors/queries";
import { createStaffProfile, makeUscc, uniq } from "../../prisma/seed/factories";
import { ALL_ACTOR_KEYS, buildWorld, type World } from "../support/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

let serial = 7_000_000;
const input = (overrides: Record<string, unknown> = {}) => ({
  name: `测试社会工作服务中心${uniq()}`,
  creditCode: makeUscc("530114", serial++),
  legalRepresentative: "王明",
  registrationAuthority: "昆明市呈贡区民政局",
  registeredOn: "2019-03-15",
  annualInspection: "QUALIFIED",
  annualInspectionYear: "2025",
  evaluationGrade: "A3",
  address: "呈贡区彩龙路 8 号",
  contactPerson: "李华",
  contactPhone: "0871-67480001",
  ...overrides,
});

const params = (sp: Record<string, string> = {}) => parseListParams(sp, { sortable: CONTRACTOR_SORTS, defaultSort: "name", filters: CONTRACTOR_FILTERS, pageSize: 100 });

describe("saveContractorCommand: create", () => {
  it("the bureau administrator creates a contractor in their own district, audited", async () => {
    const data = input();
    const result = await saveContractorCommand.execute(w.a.actors.bureauAdmin, data);
    expect(result.ok).toBe(true);
    const row = await db.contractor.findFirstOrThrow({ where: { name: data.name } });
    expect(row.districtId).toBe(w.a.district.id);
    expect(row.creditCode).toBe(data.creditCode);
    expect(row.annualInspectionYear).toBe(2025);
    expect(await db.auditLog.count({ where: { action: "contractor.save", outcome: "SUCCESS", targetId: row.id, districtId: w.a.district.id } })).toBe(1);
  });

  it("takes the district from the actor, never from the form", async () => {
    const data = input({ districtId: w.b.district.id });
    expect((await saveContractorCommand.execute(w.a.actors.bureauAdmin, data)).ok).toBe(true);
    expect((await db.contractor.findFirstOrThrow({ where: { name: data.name } })).districtId).toBe(w.a.district.id);
  });

  it("every other role, and the system administrator, is refused and nothing is written", async () => {
    const actors = [...ALL_ACTOR_KEYS.filter((k) => k !== "bureauAdmin").map((k) => w.a.actors[k]), w.systemAdmin];
    for (const actor of actors) {
      const data = input();
      const result = await saveContractorCommand.execute(actor, data);
      expect(result.ok, actor.username).toBe(false);
      if (!result.ok) expect(result.code, actor.username).toBe("FORBIDDEN");
      expect(await db.contractor.count({ where: { name: data.name } })).toBe(0);
    }
  });

  it("a credit code already registered in the district is a field error; another district may use it", async () => {
    const existing = w.a.contractors[0];
    const data = input({ creditCode: existing.creditCode });
    const result = await saveContractorCommand.execute(w.a.actors.bureauAdmin, data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.creditCode?.[0]).toMatch(/统一社会信用代码/);
    expect(await db.contractor.count({ where: { name: data.name } })).toBe(0);

    expect((await saveContractorCommand.execute(w.b.actors.bureauAdmin, data)).ok).toBe(true);
    expect(await db.contractor.count({ where: { name: data.name, districtId: w.b.district.id } })).toBe(1);
  });

  it("a duplicate name in the district is a field error", async () => {
    const result = await saveContractorCommand.execute(w.a.actors.bureauAdmin, input({ name: w.a.contractors[1].name }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors ?? {})).toEqual(["name"]);
  });

  it("bad input is reported on its field and nothing is written", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: "" }, "name"],
      [{ creditCode: "52530114MJ0000000X" }, "creditCode"],
      [{ creditCode: "123" }, "creditCode"],
      [{ legalRepresentative: " " }, "legalRepresentative"],
      [{ registeredOn: "2019-02-30" }, "registeredOn"],
      [{ annualInspection: "GOOD" }, "annualInspection"],
      [{ annualInspectionYear: "" }, "annualInspectionYear"],
      [{ evaluationGrade: "A9" }, "evaluationGrade"],
      [{ contactPhone: "12345" }, "contactPhone"],
    ];
    for (const [overrides, field] of cases) {
      const data = input(overrides);
      const result = await saveContractorCommand.execute(w.a.actors.bureauAdmin, data);
      expect(result.ok, field).toBe(false);
      if (!result.ok) {
        expect(result.code).toBe("VALIDATION");
        expect(Object.keys(result.fieldErrors ?? {}), field).toEqual([field]);
      }
      expect(await db.contractor.count({ where: { creditCode: data.creditCode as string, name: data.name as string } })).toBe(0);
    }
  });
});

describe("saveContractorCommand: edit", () => {
  const editOf = (c: { id: string; version: number; name: string; creditCode: string }, overrides: Record<string, unknown> = {}) =>
    input({ id: c.id, version: c.version, name: c.name, creditCode: c.creditCode, ...overrides });

  it("the bureau administrator edits a contractor of their district; the version moves on", async () => {
    const c = await db.contractor.findUniqueOrThrow({ where: { id: w.a.contractors[1].id } });
    const result = await saveContractorCommand.execute(w.a.actors.bureauAdmin, editOf(c, { evaluationGrade: "A5", annualInspection: "BASICALLY_QUALIFIED" }));
    expect(result.ok).toBe(true);
    const after = await db.contractor.findUniqueOrThrow({ where: { id: c.id } });
    expect(after.evaluationGrade).toBe("A5");
    expect(after.annualInspection).toBe("BASICALLY_QUALIFIED");
    expect(after.version).toBe(c.version + 1);
  });

  it("another district's administrator gets NOT_FOUND and nothing changes", async () => {
    const c = await db.contractor.findUniqueOrThrow({ where: { id: w.a.contractors[0].id } });
    const result = await saveContractorCommand.execute(w.b.actors.bureauAdmin, editOf(c, { legalRepresentative: "篡改" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe("NOT_FOUND");
    expect(await db.contractor.findUniqueOrThrow({ where: { id: c.id } })).toEqual(c);
    expect(await db.auditLog.count({ where: { action: "contractor.save", outcome: "DENIED", actorUserId: w.b.users.bureauAdmin.id } })).toBeGreaterThan(0);
  });

  it("the contractor's own administrator cannot edit it", async () => {
    const c = await db.contractor.findUniqueOrThrow({ where: { id: w.a.contractors[0].id } });
    const result = await saveContractorCommand.execute(w.a.actors.contractorAdmin, editOf(c, { evaluationGrade: "A5" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe("FORBIDDEN");
    expect(await db.contractor.findUniqueOrThrow({ where: { id: c.id } })).toEqual(c);
  });

  it("a stale version is a conflict", async () => {
    const c = await db.contractor.findUniqueOrThrow({ where: { id: w.a.contractors[1].id } });
    const result = await saveContractorCommand.execute(w.a.actors.bureauAdmin, editOf({ ...c, version: c.version - 1 }, { address: "旧页面" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe("CONFLICT");
    expect((await db.contractor.findUniqueOrThrow({ where: { id: c.id } })).address).toBe(c.address);
  });

  it("editing may keep its own credit code but not take another's", async () => {
    const c = await db.contractor.findUniqueOrThrow({ where: { id: w.a.contractors[1].id } });
    expect((await saveContractorCommand.execute(w.a.actors.bureauAdmin, editOf(c))).ok).toBe(true);
    const fresh = await db.contractor.findUniqueOrThrow({ where: { id: c.id } });
    const result = await saveContractorCommand.execute(w.a.actors.bureauAdmin, editOf(fresh, { creditCode: w.a.contractors[0].creditCode }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors ?? {})).toEqual(["creditCode"]);
  });
});

describe("contractor queries", () => {
  it("bureau roles list their own district's contractors only", async () => {
    for (const key of ["bureauAdmin", "bureauStaff", "bureauReviewer", "evaluator"] as const) {
      const { rows } = await listContractors(w.a.actors[key], params());
      expect(rows.length, key).toBeGreaterThanOrEqual(2);
      expect(rows.every((r) => r.districtId === w.a.district.id), key).toBe(true);
    }
  });

  it("searches by name and credit code, filters by inspection and grade", async () => {
    const c = w.a.contractors[0];
    expect((await listContractors(w.a.actors.bureauStaff, params({ q: c.creditCode.toLowerCase() }))).rows.map((r) => r.id)).toEqual([c.id]);
    expect((await listContractors(w.a.actors.bureauStaff, params({ q: c.name.slice(0, 6) }))).rows.map((r) => r.id)).toContain(c.id);
    expect((await listContractors(w.b.actors.bureauStaff, params({ q: c.creditCode }))).rows.map((r) => r.id)).not.toContain(c.id);

    const data = input({ annualInspection: "UNQUALIFIED", evaluationGrade: "A1" });
    await saveContractorCommand.execute(w.a.actors.bureauAdmin, data);
    const byInspection = await listContractors(w.a.actors.bureauStaff, params({ annualInspection: "UNQUALIFIED" }));
    expect(byInspection.rows.map((r) => r.name)).toEqual([data.name]);
    const byGrade = await listContractors(w.a.actors.bureauStaff, params({ evaluationGrade: "A1", sort: "registeredOn", dir: "desc" }));
    expect(byGrade.rows.map((r) => r.name)).toEqual([data.name]);
    expect((await listContractors(w.a.actors.bureauStaff, params({ evaluationGrade: "nonsense" }))).total).toBeGreaterThan(1);
  });

  it("street, station and contractor roles see the contractors of their own stations only", async () => {
    expect((await listContractors(w.a.actors.streetStaff, params())).rows.map((r) => r.id)).toEqual([w.a.contractors[0].id]);
    expect((await listContractors(w.a.actors.socialWorker, params())).rows.map((r) => r.id)).toEqual([w.a.contractors[0].id]);
    expect((await listContractors(w.a.actors.contractorAdmin, params())).rows.map((r) => r.id)).toEqual([w.a.contractors[0].id]);
  });

  it("the system administrator and the auditor read no contractor data", async () => {
    expect((await listContractors(w.systemAdmin, params())).total).toBe(0);
    expect((await listContractors(w.a.actors.auditor, params())).total).toBe(0);
    expect(await getContractor(w.systemAdmin, w.a.contractors[0].id)).toBeNull();
  });

  it("detail: stations it runs and the active staff it deploys; another district reads not found", async () => {
    const c = w.a.contractors[0];
    const station = w.a.stations[0];
    await createStaffProfile(db, { districtId: w.a.district.id, stationId: station.id, contractorId: c.id });
    await createStaffProfile(db, { districtId: w.a.district.id, stationId: station.id, contractorId: c.id });
    const gone = await createStaffProfile(db, { districtId: w.a.district.id, stationId: station.id, contractorId: c.id });
    await db.staffProfile.update({ where: { id: gone.id }, data: { isActive: false } });
    await createStaffProfile(db, { districtId: w.a.district.id, stationId: station.id, contractorId: null });

    const detail = await getContractor(w.a.actors.bureauAdmin, c.id);
    expect(detail?.stations.map((s) => s.id)).toEqual([station.id]);
    expect(detail?.activeStaff).toBe(2);
    expect(await getContractor(w.b.actors.bureauAdmin, c.id)).toBeNull();
    expect(await getContractor(w.a.actors.otherStationHead, c.id)).toBeNull();
  });

  it("the contractor area shows the administrator's own organisation only", async () => {
    const own = await listOwnContractors(w.a.actors.contractorAdmin);
    expect(own.map((c) => c.id)).toEqual([w.a.contractors[0].id]);
    expect(own[0].stations.map((s) => s.id)).toEqual([w.a.stations[0].id]);
    expect(await listOwnContractors(w.a.actors.bureauAdmin)).toEqual([]);
    expect(await listOwnContractors(w.b.actors.socialWorker)).toEqual([]);
  });
});
