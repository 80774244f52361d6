// Reading 绩效目标申报表 (list, page, print) with real actors: the bureau reads its whole district, a street office
// and a contractor only what they declared, stations nothing; another district nothing. The demo documents
// (000–003) are loaded as the seed loads them, so the findings are those of the real documents.
import { beforeAll, describe, expect, it } from "vitest";
import { declarationForPrint } from "@/features/declarations/components/declaration-print-data";
import { declarationPrintSpecs } from "@/features/declarations/components/declaration-print";
import { declarationHeader, declarationPage, listDeclarations } from "@/features/declarations/queries";
import type { Actor } from "@/server/permissions";
import { db } from "@/server/db";
import { createUser } from "../../prisma/seed/factories";
import { seedDemoDeclarations2020, type DemoDeclarations2020 } from "../../prisma/seed/demo-declarations-2020";
import { seedDemoDeclarations2025, type DemoDeclarations2025 } from "../../prisma/seed/demo-declarations-2025";
import { actorOf, buildWorld, type ActorKey, type World } from "../support/world";

let w: World;
let d2020: DemoDeclarations2020;
let d2025: DemoDeclarations2025;
let streetId: string;
let contractorId: string;
let renheStaff: Actor;
/** Everything district a has: 000, 001, 002, the street office's and the contractor's. */
let all: string[];

beforeAll(async () => {
  w = await buildWorld();
  const createdById = w.a.users.bureauStaff.id;
  d2020 = await seedDemoDeclarations2020(db, { districtId: w.a.district.id, bureauId: w.a.bureau.id, createdById });
  d2025 = await seedDemoDeclarations2025(db, { chenggongDistrictId: w.a.district.id, createdById });
  streetId = (await db.performanceDeclaration.create({
    data: {
      districtId: w.a.district.id, kind: "PROJECT", year: 2026, streetOfficeId: w.a.streets[0].id, category: "SPECIFIC", name: "街道社区微治理项目经费",
      totalAmount: "50000.00", status: "DRAFT", createdById: w.a.users.streetStaff.id,
    },
  })).id;
  contractorId = (await db.performanceDeclaration.create({
    data: {
      districtId: w.a.district.id, kind: "PROJECT", year: 2025, contractorId: w.a.contractors[0].id, category: "SPECIFIC", name: "社工站运营服务项目",
      totalAmount: "300000.00", status: "SUBMITTED", submittedAt: new Date("2025-03-10T02:30:00Z"), createdById: w.a.users.contractorAdmin.id,
    },
  })).id;
  all = [d2020.socialWorkDevelopmentId, d2020.communityBuildingId, d2025.socialGovernanceDeclarationId, streetId, contractorId];
  const user = await createUser(db, { districtId: d2025.renhe.districtId, name: "仁和区社工部", memberships: [{ role: "BUREAU_STAFF", bureauId: d2025.renhe.bureauId }] });
  renheStaff = (await actorOf(user.id))!;
});

const ids = async (actor: Actor, filters = {}) => (await listDeclarations(actor, filters)).map((r) => r.id).sort();
const sorted = (xs: string[]) => [...xs].sort();

describe("listDeclarations", () => {
  it("gives the bureau's staff, reviewer and administrator every declaration of their district", async () => {
    for (const key of ["bureauStaff", "bureauReviewer", "bureauAdmin"] as const) {
      expect(await ids(w.a.actors[key]), key).toEqual(sorted(all));
    }
  });

  it("gives another district's bureau none of them", async () => {
    for (const key of ["bureauStaff", "bureauReviewer", "bureauAdmin"] as const) {
      const seen = await ids(w.b.actors[key]);
      expect(seen.filter((id) => all.includes(id)), key).toEqual([]);
    }
    expect((await ids(renheStaff)).filter((id) => all.includes(id))).toEqual([]);
  });

  it("gives a street office only what it declared, and a contractor only its own", async () => {
    expect(await ids(w.a.actors.streetStaff)).toEqual([streetId]);
    expect(await ids(w.a.actors.otherStreetStaff)).toEqual([]);
    expect(await ids(w.a.actors.contractorAdmin)).toEqual([contractorId]);
  });

  it("gives station roles, the evaluator, the auditor and the system administrator nothing", async () => {
    const none: ActorKey[] = ["stationHead", "deputyHead", "socialWorker", "supervisor", "otherStationHead", "evaluator", "auditor"];
    for (const key of none) expect(await ids(w.a.actors[key]), key).toEqual([]);
    expect(await ids(w.systemAdmin)).toEqual([]);
  });

  it("filters by year, status and search text", async () => {
    const staff = w.a.actors.bureauStaff;
    expect(await ids(staff, { year: 2020 })).toEqual(sorted([d2020.socialWorkDevelopmentId, d2020.communityBuildingId]));
    expect(await ids(staff, { status: "DRAFT" })).toEqual([streetId]);
    expect(await ids(staff, { status: "SUBMITTED", year: 2025 })).toEqual([contractorId]);
    expect(await ids(staff, { q: "社区建设" })).toEqual([d2020.communityBuildingId]);
    // The street office's search stays inside what it declared.
    expect(await ids(w.a.actors.streetStaff, { q: "社区建设" })).toEqual([]);
  });

  it("names the declaring unit, the amount and the submission time", async () => {
    const rows = await listDeclarations(w.a.actors.bureauReviewer);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(d2020.socialWorkDevelopmentId)).toMatchObject({ kind: "PROJECT", year: 2020, name: "社会工作发展经费", unit: w.a.bureau.name, totalAmount: "800000.00", status: "ACCEPTED" });
    expect(byId.get(d2025.socialGovernanceDeclarationId)).toMatchObject({ unit: "中共昆明市呈贡区委社会工作部", totalAmount: "411300.00" });
    expect(byId.get(streetId)).toMatchObject({ unit: w.a.streets[0].name, status: "DRAFT", submittedAt: null });
    expect(byId.get(contractorId)).toMatchObject({ unit: w.a.contractors[0].name, submittedAt: new Date("2025-03-10T02:30:00Z") });
    // Newest year first.
    expect(rows.map((r) => r.year)).toEqual([...rows.map((r) => r.year)].sort((a, b) => b - a));
  });

  it("puts a department's eight projects right under it, in their order", async () => {
    const rows = await listDeclarations(renheStaff);
    const department = d2025.renhe.departmentDeclarationId;
    expect(rows.map((r) => r.id)).toEqual([department, ...d2025.renhe.projectDeclarationIds]);
    expect(rows[0]).toMatchObject({ kind: "DEPARTMENT", parent: null, projectCount: 8, totalAmount: "6824200.00" });
    expect(rows.slice(1).every((r) => r.parent?.id === department)).toBe(true);
    expect(rows[8]).toMatchObject({ name: "村（社区）换届工作经费", totalAmount: "80000.00" });
  });
});

describe("declarationPage", () => {
  it("is null out of scope, and writes no view row then", async () => {
    const d000 = d2020.socialWorkDevelopmentId;
    const outsiders: [string, Actor][] = [
      ["b.bureauStaff", w.b.actors.bureauStaff], ["b.bureauReviewer", w.b.actors.bureauReviewer], ["streetStaff", w.a.actors.streetStaff],
      ["contractorAdmin", w.a.actors.contractorAdmin], ["stationHead", w.a.actors.stationHead], ["socialWorker", w.a.actors.socialWorker],
      ["supervisor", w.a.actors.supervisor], ["evaluator", w.a.actors.evaluator], ["auditor", w.a.actors.auditor], ["systemAdmin", w.systemAdmin], ["renhe", renheStaff],
    ];
    for (const [name, actor] of outsiders) expect(await declarationPage(actor, d000), name).toBeNull();
    expect(await declarationPage(w.a.actors.contractorAdmin, streetId)).toBeNull();
    expect(await declarationPage(w.a.actors.otherStreetStaff, streetId)).toBeNull();
    expect(await declarationPage(w.a.actors.streetStaff, contractorId)).toBeNull();
    expect(await declarationPage(w.a.actors.bureauStaff, "no-such-id")).toBeNull();
    expect(await db.auditLog.count({ where: { action: "declaration.view", targetId: d000 } })).toBe(0);
  });

  it("opens in scope and writes a declaration.view row", async () => {
    for (const [actor, id] of [[w.a.actors.bureauReviewer, d2020.socialWorkDevelopmentId], [w.a.actors.streetStaff, streetId], [w.a.actors.contractorAdmin, contractorId]] as const) {
      const page = await declarationPage(actor, id);
      expect(page?.header.id).toBe(id);
      const row = await db.auditLog.findFirst({ where: { action: "declaration.view", targetId: id, actorUserId: actor.userId } });
      expect(row).toMatchObject({ outcome: "SUCCESS", targetType: "PerformanceDeclaration", districtId: w.a.district.id });
    }
  });

  it("finds 000's fund lines (700000) short of its total (800000), as the real document is", async () => {
    const page = (await declarationPage(w.a.actors.bureauStaff, d2020.socialWorkDevelopmentId))!;
    expect(page.doc.fundLines.map((l) => l.amount)).toEqual(["150000.00", "290000.00", "260000.00"]);
    expect(page.doc.totalAmount).toBe("800000.00");
    const fund = page.findings.filter((f) => f.field === "fundLines");
    expect(fund).toHaveLength(1);
    expect(fund[0]).toMatchObject({ severity: "hard" });
    expect(fund[0].message).toContain("700,000.00");
    expect(fund[0].message).toContain("800,000.00");
    expect(fund[0].message).toContain("少 100,000.00");
    // 001 adds up.
    const other = (await declarationPage(w.a.actors.bureauStaff, d2020.communityBuildingId))!;
    expect(other.findings.filter((f) => f.field === "fundLines")).toEqual([]);
  });

  it("lets the declaring unit edit its draft, and nobody else", async () => {
    expect(await declarationPage(w.a.actors.streetStaff, streetId)).toMatchObject({ canEdit: true, canManage: true });
    expect(await declarationPage(w.a.actors.bureauStaff, streetId)).toMatchObject({ canEdit: false, canManage: false });
    // The submit step is offered to the declaring unit only, though the bureau's staff hold declaration:manage too.
    expect((await declarationPage(w.a.actors.streetStaff, streetId))!.review.submission.actions).toEqual(["edit", "submit"]);
    expect((await declarationPage(w.a.actors.bureauStaff, streetId))!.review.submission.actions).toEqual([]);
    // The bureau manages its own; accepted ones are no longer edited.
    expect(await declarationPage(w.a.actors.bureauStaff, d2020.socialWorkDevelopmentId)).toMatchObject({ canEdit: false, canManage: true });
    expect(await declarationPage(w.a.actors.bureauReviewer, d2020.socialWorkDevelopmentId)).toMatchObject({ canEdit: false, canManage: false });
    // The header the tabs use: manage scope only for the declaring unit.
    expect(await declarationHeader(w.a.actors.streetStaff, streetId, "declaration:manage")).not.toBeNull();
    expect(await declarationHeader(w.a.actors.bureauStaff, streetId, "declaration:manage")).toBeNull();
  });

  it("gives a department its projects for the list under it", async () => {
    const page = (await declarationPage(renheStaff, d2025.renhe.departmentDeclarationId))!;
    expect(page.header.projects.map((p) => p.id)).toEqual(d2025.renhe.projectDeclarationIds);
    expect(page.findings.filter((f) => f.severity === "hard")).toEqual([]);
    const project = (await declarationPage(renheStaff, d2025.renhe.projectDeclarationIds[0]))!;
    expect(project.header.parent).toEqual({ id: d2025.renhe.departmentDeclarationId, name: "中共攀枝花市仁和区委社会工作部" });
  });
});

describe("declarationForPrint", () => {
  it("refuses out of scope with a DENIED audit row", async () => {
    expect(await declarationForPrint(w.b.actors.bureauStaff, d2020.socialWorkDevelopmentId)).toBeNull();
    expect(await declarationForPrint(w.a.actors.stationHead, d2020.socialWorkDevelopmentId)).toBeNull();
    expect(await declarationForPrint(w.a.actors.contractorAdmin, streetId)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "declaration.print", outcome: "DENIED", targetId: d2020.socialWorkDevelopmentId } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: "declaration.print", outcome: "SUCCESS" } })).toBe(0);
  });

  it("prints 000 as its narrative and table, and audits it", async () => {
    const data = (await declarationForPrint(w.a.actors.bureauReviewer, d2020.socialWorkDevelopmentId))!;
    const specs = declarationPrintSpecs(data.doc, data.projects);
    expect(specs.map((s) => s.key)).toEqual(["narrative", "table"]);
    expect(await db.auditLog.count({ where: { action: "declaration.print", outcome: "SUCCESS", targetId: d2020.socialWorkDevelopmentId, actorUserId: w.a.actors.bureauReviewer.userId } })).toBe(1);
  });

  it("prints a department with the projects the reader may see, in order", async () => {
    const data = (await declarationForPrint(renheStaff, d2025.renhe.departmentDeclarationId))!;
    expect(data.projects.map((p) => p.name)).toEqual([
      "村（社区）常职干部及社工绩效经费", "区社会工作综合服务中心3名社工经费", "城乡基层治理实施经费", "“两新”工委实施经费和“两企三新”行业协会商会党建经费",
      "社区工作者薪酬", "村干部“花城保”经费", "志愿服务和社工队伍建设经费", "村（社区）换届工作经费",
    ]);
    expect(declarationPrintSpecs(data.doc, data.projects)).toHaveLength(1);
  });
});
