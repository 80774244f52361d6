// 绩效目标申报表 ⇄ Excel against the database: each of the four seed declarations (000–003) exported and read
// back is the same document, and imported into a draft gives the same declaration (003 with its eight
// projects); a malformed workbook is refused with the row and column of each problem and the draft is left as
// it was; export and import are refused for the wrong role, unit, district and status.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { createDeclarationCommand } from "@/features/declarations/commands";
import type { DeclarationDoc } from "@/features/declarations/doc";
import { declarationWorkbook, readDeclarationWorkbook, workbookBuffer } from "@/features/declarations/excel";
import { exportDeclaration } from "@/features/declarations/export";
import { importDeclarationCommand } from "@/features/declarations/import";
import { loadDeclarationDoc } from "@/features/declarations/store";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { seedDemoDeclarations2020, type DemoDeclarations2020 } from "../../prisma/seed/demo-declarations-2020";
import { seedDemoDeclarations2025, type DemoDeclarations2025 } from "../../prisma/seed/demo-declarations-2025";
import { createUser, uniq } from "../../prisma/seed/factories";
import { actorOf, buildWorld, type World } from "../support/world";

let w: World;
let s2020: DemoDeclarations2020;
let s2025: DemoDeclarations2025;
let renheActor: Actor;

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function withoutIds(doc: DeclarationDoc): DeclarationDoc {
  return {
    ...doc,
    indicators: doc.indicators.map((i) => {
      const copy = { ...i };
      delete copy.id;
      return copy;
    }),
  };
}

async function docOf(id: string): Promise<DeclarationDoc> {
  return (await loadDeclarationDoc(db, id))!;
}

async function projectIds(parentId: string): Promise<string[]> {
  return (await db.performanceDeclaration.findMany({ where: { parentId }, orderBy: { seq: "asc" }, select: { id: true } })).map((p) => p.id);
}

async function projectDocs(parentId: string): Promise<DeclarationDoc[]> {
  return Promise.all((await projectIds(parentId)).map(docOf));
}

function upload(id: string, version: number, buffer: Uint8Array, name = "申报表.xlsx") {
  const form = new FormData();
  form.set("id", id);
  form.set("version", String(version));
  form.set("file", new File([new Uint8Array(buffer)], name, { type: XLSX }));
  return form;
}

async function draft(actor: Actor, kind: "PROJECT" | "DEPARTMENT", year: number, name = "待导入的申报表"): Promise<string> {
  const created = await createDeclarationCommand.execute(actor, { kind, year, name });
  if (!created.ok) throw new Error(created.message);
  return (created.data as { id: string }).id;
}

async function versionOf(id: string) {
  return (await db.performanceDeclaration.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

beforeAll(async () => {
  w = await buildWorld();
  const createdById = w.a.users.bureauStaff.id;
  s2020 = await seedDemoDeclarations2020(db, { districtId: w.a.district.id, bureauId: w.a.bureau.id, createdById });
  s2025 = await seedDemoDeclarations2025(db, { chenggongDistrictId: w.a.district.id, createdById });
  // A staff member of 仁和区's 社会工作部, to export 003 as its own reader would.
  const user = await createUser(db, { districtId: s2025.renhe.districtId, username: `renhe.${uniq()}`, name: "仁和区工作人员", memberships: [{ role: "BUREAU_STAFF", bureauId: s2025.renhe.bureauId }] });
  renheActor = (await actorOf(user.id))!;
});

describe("each seed declaration, exported and read back, is the same document", () => {
  const cases = () => [
    { seed: "000", id: s2020.socialWorkDevelopmentId, actor: w.a.actors.bureauReviewer, filename: "2020年社会工作发展经费绩效目标申报表.xlsx" },
    { seed: "001", id: s2020.communityBuildingId, actor: w.a.actors.bureauReviewer, filename: "2020年社区建设管理工作经费绩效目标申报表.xlsx" },
    { seed: "002", id: s2025.socialGovernanceDeclarationId, actor: w.a.actors.bureauStaff, filename: "2026年社会治理工作经费绩效目标申报表.xlsx" },
    { seed: "003", id: s2025.renhe.departmentDeclarationId, actor: renheActor, filename: "2025年中共攀枝花市仁和区委社会工作部绩效目标申报表.xlsx" },
  ];

  it("000, 001, 002 and 003 (with its eight projects)", async () => {
    for (const c of cases()) {
      const file = await exportDeclaration(c.actor, c.id);
      expect(file, c.seed).not.toBeNull();
      expect(file!.filename, c.seed).toBe(c.filename);
      const read = await readDeclarationWorkbook(file!.buffer);
      if (!read.ok) throw new Error(`${c.seed}: ${JSON.stringify(read.problems)}`);
      const original = await docOf(c.id);
      expect(withoutIds(read.doc), c.seed).toEqual(withoutIds(original));
      // Exported from the declaration itself, the rows keep their ids too.
      expect(read.doc, c.seed).toEqual(original);
      const projects = await projectDocs(c.id);
      expect(read.projects, c.seed).toEqual(projects);
      expect(projects.length, c.seed).toBe(c.seed === "003" ? 8 : 0);
      const audit = await db.auditLog.findFirst({ where: { action: "declaration.export_xlsx", targetId: c.id, actorUserId: c.actor.userId }, orderBy: { at: "desc" } });
      expect(audit, c.seed).toMatchObject({ outcome: "SUCCESS", targetType: "PerformanceDeclaration" });
    }
  });

  it("003's workbook: the department on 申报表, then one sheet per project in order", async () => {
    const file = (await exportDeclaration(renheActor, s2025.renhe.departmentDeclarationId))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.buffer as unknown as ArrayBuffer);
    const names = (await db.performanceDeclaration.findMany({ where: { parentId: s2025.renhe.departmentDeclarationId }, orderBy: { seq: "asc" }, select: { name: true } })).map((p) => p.name);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["申报表", ...names.map((n, i) => `${i + 1}.${n}`.slice(0, 31))]);
    expect(wb.worksheets[0].getCell("A1").value).toBe("部门（单位）整体支出绩效目标申报表");
    expect(wb.worksheets[0].getCell("C8").value).toBe(6824200);
  });
});

describe("importing a seed's workbook into a draft gives the same declaration", () => {
  it("000, 001 and 002 into project drafts", async () => {
    for (const [id, year] of [[s2020.socialWorkDevelopmentId, 2020], [s2020.communityBuildingId, 2020], [s2025.socialGovernanceDeclarationId, 2026]] as const) {
      const original = await docOf(id);
      const target = await draft(w.a.actors.bureauStaff, "PROJECT", year);
      const buffer = await workbookBuffer(declarationWorkbook(original));
      const result = await importDeclarationCommand.execute(w.a.actors.bureauStaff, upload(target, 1, buffer));
      expect(result, original.name ?? "").toMatchObject({ ok: true, data: { version: 2 } });
      expect(withoutIds(await docOf(target))).toEqual(withoutIds(original));
      expect(await versionOf(target)).toBe(2);
      const audit = await db.auditLog.findFirst({ where: { action: "declaration.import", targetId: target } });
      expect(audit).toMatchObject({ outcome: "SUCCESS", actorUserId: w.a.users.bureauStaff.id });
    }
  });

  it("003 into a department-wide draft, with its eight projects; imported again, the projects are updated, not duplicated", async () => {
    const original = await docOf(s2025.renhe.departmentDeclarationId);
    const projects = await projectDocs(s2025.renhe.departmentDeclarationId);
    const target = await draft(w.a.actors.bureauStaff, "DEPARTMENT", 2025);
    const buffer = await workbookBuffer(declarationWorkbook(original, { projects }));
    const result = await importDeclarationCommand.execute(w.a.actors.bureauStaff, upload(target, 1, buffer));
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    expect(withoutIds(await docOf(target))).toEqual(withoutIds(original));
    expect((await projectDocs(target)).map(withoutIds)).toEqual(projects.map(withoutIds));
    const children = await db.performanceDeclaration.findMany({ where: { parentId: target }, orderBy: { seq: "asc" } });
    expect(children.map((c) => [c.seq, c.status, c.kind, c.year, c.districtId, c.bureauId])).toEqual(
      children.map((_, i) => [i + 1, "DRAFT", "PROJECT", 2025, w.a.district.id, w.a.bureau.id]),
    );

    // The draft's own export, back in: the same projects (same rows), their indicator rows keep their ids.
    const before = await projectIds(target);
    const indicatorIds = (await docOf(before[0])).indicators.map((i) => i.id);
    const again = (await exportDeclaration(w.a.actors.bureauStaff, target))!;
    const second = await importDeclarationCommand.execute(w.a.actors.bureauStaff, upload(target, 2, again.buffer));
    expect(second).toMatchObject({ ok: true, data: { version: 3 } });
    expect(await projectIds(target)).toEqual(before);
    expect((await docOf(before[0])).indicators.map((i) => i.id)).toEqual(indicatorIds);
    expect((await projectDocs(target)).map(withoutIds)).toEqual(projects.map(withoutIds));

    // A workbook without the last two projects removes them (drafts never submitted); reordered ones follow their name.
    const trimmed = await workbookBuffer(declarationWorkbook(original, { projects: [projects[1], projects[0], ...projects.slice(2, 6)] }));
    const third = await importDeclarationCommand.execute(w.a.actors.bureauStaff, upload(target, 3, trimmed));
    expect(third).toMatchObject({ ok: true });
    expect(await projectIds(target)).toEqual([before[1], before[0], ...before.slice(2, 6)]);
    expect(await db.performanceDeclaration.count({ where: { id: { in: before.slice(6) } } })).toBe(0);
  });
});

describe("a malformed workbook is refused, each problem at its cell, and nothing is imported", () => {
  it("a project draft stays as it was", async () => {
    const target = await draft(w.a.actors.bureauStaff, "PROJECT", 2020);
    const first = await importDeclarationCommand.execute(w.a.actors.bureauStaff, upload(target, 1, await workbookBuffer(declarationWorkbook(await docOf(s2020.communityBuildingId)))));
    expect(first.ok).toBe(true);
    const before = await docOf(target);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbookBuffer(declarationWorkbook(await docOf(s2020.socialWorkDevelopmentId)))) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("申报表")!;
    // 000's layout: the indicator header is row 17, the first indicator row 18 (产出 block over 18–33).
    expect(ws.getCell("A17").value).toBe("一级指标");
    ws.getCell("A18").value = "投入指标";
    ws.getCell("D34").value = "大约";
    ws.getCell("C3").value = null;
    ws.getCell("K13").value = 800000.001;
    const result = await importDeclarationCommand.execute(w.a.actors.bureauStaff, upload(target, 2, await workbookBuffer(wb)));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    if (result.ok) return;
    expect(result.message).toBe("导入失败：工作簿中有 4 处问题，未导入任何内容。请改正后重新导入。");
    expect(result.fieldErrors?.file).toEqual([
      "工作表「申报表」第 3 行 C 列：请填写项目名称",
      "工作表「申报表」第 13 行 K 列：年度资金来源（元）的县（市）区级财政应为金额（元），最多两位小数，如 12345.60（单元格中为 800000.001）",
      "工作表「申报表」第 18 行 A 列：一级指标「投入指标」无法识别，应为产出指标、效益指标、满意度指标",
      "工作表「申报表」第 34 行 D 列：指标性质「大约」无效，应为=、≥、≤、>、<、定性之一（留空则按指标值判断）",
    ]);
    expect(await docOf(target)).toEqual(before);
    expect(await versionOf(target)).toBe(2);
  });

  it("a department-wide draft: a problem on a project's sheet, or a project that may no longer change, leaves the declaration and every project as they were", async () => {
    const original = await docOf(s2025.renhe.departmentDeclarationId);
    const projects = await projectDocs(s2025.renhe.departmentDeclarationId);
    const target = await draft(w.a.actors.bureauStaff, "DEPARTMENT", 2025);
    expect((await importDeclarationCommand.execute(w.a.actors.bureauStaff, upload(target, 1, await workbookBuffer(declarationWorkbook(original, { projects }))))).ok).toBe(true);
    const snapshot = async () => ({ doc: await docOf(target), projects: await projectDocs(target), ids: await projectIds(target), version: await versionOf(target) });
    const before = await snapshot();

    const changed = { ...original, annualGoal: "改过的目标" };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbookBuffer(declarationWorkbook(changed, { projects }))) as unknown as ArrayBuffer);
    wb.worksheets[5].getCell("C8").value = "十五万";
    const bad = await importDeclarationCommand.execute(w.a.actors.bureauStaff, upload(target, 2, await workbookBuffer(wb)));
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!bad.ok) expect(bad.fieldErrors?.file).toEqual([`工作表「${wb.worksheets[5].name}」第 8 行 C 列：总投入（元）应为金额（元），最多两位小数，如 12345.60（单元格中为「十五万」）`]);
    expect(await snapshot()).toEqual(before);

    // The workbook is right, but one project was submitted meanwhile: refused after the department was written — rolled back.
    await db.performanceDeclaration.update({ where: { id: before.ids[3] }, data: { status: "SUBMITTED" } });
    const late = await importDeclarationCommand.execute(w.a.actors.bureauStaff, upload(target, 2, await workbookBuffer(declarationWorkbook(changed, { projects }))));
    expect(late).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!late.ok) expect(late.fieldErrors?.file).toEqual([`工作表「${`4.${projects[3].name}`.slice(0, 31)}」：项目「${projects[3].name}」当前为「待审核」，不能通过导入修改`]);
    expect(await snapshot()).toEqual(before);
    await db.performanceDeclaration.update({ where: { id: before.ids[3] }, data: { status: "DRAFT" } });
  });

  it("the wrong kind, the wrong year, a file that is not .xlsx, too large, or unreadable", async () => {
    const project2020 = await workbookBuffer(declarationWorkbook(await docOf(s2020.socialWorkDevelopmentId)));
    const department = await draft(w.a.actors.bureauStaff, "DEPARTMENT", 2020);
    const kind = await importDeclarationCommand.execute(w.a.actors.bureauStaff, upload(department, 1, project2020));
    expect(kind).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { file: ["工作表「申报表」第 1 行 A 列：工作簿是「项目支出绩效目标申报表」，不能导入「部门（单位）整体支出绩效目标申报表」"] } });

    const project2021 = await draft(w.a.actors.bureauStaff, "PROJECT", 2021);
    const year = await importDeclarationCommand.execute(w.a.actors.bureauStaff, upload(project2021, 1, project2020));
    expect(year).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { file: ["工作表「申报表」第 2 行 A 列：工作簿是 2020 年度的，此申报表是 2021 年度的"] } });

    const csv = await importDeclarationCommand.execute(w.a.actors.bureauStaff, upload(project2021, 1, project2020, "申报表.xls"));
    expect(csv).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { file: ["只能导入 .xlsx 格式的 Excel 文件（请用本平台导出的申报表填写）"] } });
    const big = await importDeclarationCommand.execute(w.a.actors.bureauStaff, upload(project2021, 1, new Uint8Array(2 * 1024 * 1024 + 1)));
    expect(big).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { file: ["文件不能超过 2 MB"] } });
    const garbage = await importDeclarationCommand.execute(w.a.actors.bureauStaff, upload(project2021, 1, new TextEncoder().encode("not a workbook")));
    expect(garbage).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { file: ["无法读取文件：不是有效的 Excel 工作簿（.xlsx）"] } });
    const missing = await importDeclarationCommand.execute(w.a.actors.bureauStaff, { id: project2021, version: 1 });
    expect(missing).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { file: ["请选择要导入的 Excel 文件（.xlsx）"] } });
    expect(await versionOf(project2021)).toBe(1);
  });
});

describe("who may export and import", () => {
  it("export: readers of the declaration get it; another unit, another district, no read right → refused, audited", async () => {
    const bureauDecl = s2020.socialWorkDevelopmentId;
    const streetDecl = await draft(w.a.actors.streetStaff, "PROJECT", 2020, "街道申报");
    for (const actor of [w.a.actors.bureauAdmin, w.a.actors.bureauStaff, w.a.actors.bureauReviewer]) expect(await exportDeclaration(actor, bureauDecl), actor.username).not.toBeNull();
    expect(await exportDeclaration(w.a.actors.streetStaff, streetDecl)).not.toBeNull();
    expect(await exportDeclaration(w.a.actors.bureauReviewer, streetDecl)).not.toBeNull();
    const refused: [Actor, string][] = [
      [w.a.actors.streetStaff, bureauDecl], // a street office reads only what it declared
      [w.a.actors.otherStreetStaff, streetDecl],
      [w.a.actors.contractorAdmin, bureauDecl],
      [w.a.actors.socialWorker, bureauDecl],
      [w.a.actors.stationHead, bureauDecl],
      [w.b.actors.bureauAdmin, bureauDecl],
      [w.b.actors.bureauReviewer, streetDecl],
      [w.systemAdmin, bureauDecl],
      [w.a.actors.bureauAdmin, "no-such-declaration"],
    ];
    for (const [actor, id] of refused) expect(await exportDeclaration(actor, id), `${actor.username} → ${id}`).toBeNull();
    expect(await db.auditLog.findFirst({ where: { action: "declaration.export_xlsx", outcome: "DENIED", actorUserId: w.b.actors.bureauAdmin.userId } })).toMatchObject({ targetId: bureauDecl, detail: { reason: "NOT_FOUND" } });
  });

  it("import: only the declaring unit, into its own draft or returned declaration, at the version it read", async () => {
    const source = await workbookBuffer(declarationWorkbook(await docOf(s2020.socialWorkDevelopmentId)));
    const bureauDraft = await draft(w.a.actors.bureauStaff, "PROJECT", 2020);
    const streetDraft = await draft(w.a.actors.streetStaff, "PROJECT", 2020, "街道申报");
    const contractorDraft = await draft(w.a.actors.contractorAdmin, "PROJECT", 2020, "机构申报");
    const bDraft = await draft(w.b.actors.bureauStaff, "PROJECT", 2020);

    const refused: [string, Actor, string, string][] = [
      ["wrong role: reviewer", w.a.actors.bureauReviewer, bureauDraft, "FORBIDDEN"],
      ["wrong role: bureau admin", w.a.actors.bureauAdmin, bureauDraft, "FORBIDDEN"],
      ["wrong role: social worker", w.a.actors.socialWorker, bureauDraft, "FORBIDDEN"],
      ["wrong unit: street into the bureau's", w.a.actors.streetStaff, bureauDraft, "NOT_FOUND"],
      ["wrong unit: bureau into a street's", w.a.actors.bureauStaff, streetDraft, "NOT_FOUND"],
      ["wrong unit: the other street", w.a.actors.otherStreetStaff, streetDraft, "NOT_FOUND"],
      ["wrong unit: contractor into the bureau's", w.a.actors.contractorAdmin, bureauDraft, "NOT_FOUND"],
      ["wrong unit: street into a contractor's", w.a.actors.streetStaff, contractorDraft, "NOT_FOUND"],
      ["wrong district", w.b.actors.bureauStaff, bureauDraft, "NOT_FOUND"],
      ["wrong district, the other way", w.a.actors.bureauStaff, bDraft, "NOT_FOUND"],
      ["not a draft: accepted", w.a.actors.bureauStaff, s2020.socialWorkDevelopmentId, "INVALID_TRANSITION"],
    ];
    for (const [what, actor, id, code] of refused) {
      const version = await versionOf(id);
      const before = await docOf(id);
      const result = await importDeclarationCommand.execute(actor, upload(id, version, source));
      expect(result, what).toMatchObject({ ok: false, code });
      expect(await docOf(id), what).toEqual(before);
      expect(await versionOf(id), what).toBe(version);
    }
    expect(await db.auditLog.findFirst({ where: { action: "declaration.import", outcome: "DENIED", actorUserId: w.a.users.bureauReviewer.id } })).not.toBeNull();

    const stale = await importDeclarationCommand.execute(w.a.actors.bureauStaff, upload(bureauDraft, 7, source));
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });

    for (const [actor, id] of [[w.a.actors.bureauStaff, bureauDraft], [w.a.actors.streetStaff, streetDraft], [w.a.actors.contractorAdmin, contractorDraft], [w.b.actors.bureauStaff, bDraft]] as const) {
      const result = await importDeclarationCommand.execute(actor, upload(id, 1, source));
      expect(result, actor.username).toMatchObject({ ok: true, data: { version: 2 } });
      expect((await docOf(id)).name, actor.username).toBe("社会工作发展经费");
    }

    // Returned to the unit: it may import again.
    await db.performanceDeclaration.update({ where: { id: streetDraft }, data: { status: "RETURNED" } });
    expect(await importDeclarationCommand.execute(w.a.actors.streetStaff, upload(streetDraft, 2, source))).toMatchObject({ ok: true, data: { version: 3 } });
    await db.performanceDeclaration.update({ where: { id: streetDraft }, data: { status: "SUBMITTED" } });
    expect(await importDeclarationCommand.execute(w.a.actors.streetStaff, upload(streetDraft, 3, source))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
  });
});
