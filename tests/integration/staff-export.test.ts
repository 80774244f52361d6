import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { exportStaffRegister, STAFF_REGISTER_TITLE } from "@/features/staff/export";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { createStaffProfile, uniq } from "../../prisma/seed/factories";
import { buildWorld, type World } from "../support/world";

let w: World;
let names: { head: string; worker: string; left: string; other: string };

const SEED_HEADERS = [
  "序号", "姓名", "性别", "出生年月", "毕业院校", "所学专业", "工作单位及职务", "社会工作者职业水平证书等级、编号", "社会工作服务领域", "备注",
];

beforeAll(async () => {
  w = await buildWorld();
  const station = w.a.stations[0];
  names = { head: `站长${uniq()}`, worker: `社工${uniq()}`, left: `离岗${uniq()}`, other: `他站${uniq()}` };
  // Created worker first: the register lists the head first anyway (站长, 副站长, 驻站社工).
  await createStaffProfile(db, {
    districtId: w.a.district.id, stationId: station.id, contractorId: w.a.contractors[0].id, name: names.worker, gender: "FEMALE", birthMonth: "1995-06",
    school: "云南大学", major: "社会工作", employer: "启明社会工作服务中心", jobTitle: "驻站社工", certificateLevel: "ASSISTANT", certificateNumber: "A2021530001",
    serviceDomains: ["ELDERLY", "CHILDREN"],
  });
  const head = await createStaffProfile(db, {
    districtId: w.a.district.id, stationId: station.id, name: names.head, gender: "MALE", birthMonth: "1980-11", position: "HEAD", postType: "TRANSACTIONAL",
    school: "呈贡区第一中学", major: "无", employer: "甲街道办事处", jobTitle: "副主任", serviceDomains: ["SOCIAL_ASSISTANCE"],
  });
  await db.staffProfile.update({ where: { id: head.id }, data: { convertedFrom: "CIVIL_AFFAIRS_CLERK", remarks: "分管民政" } });
  const left = await createStaffProfile(db, { districtId: w.a.district.id, stationId: station.id, name: names.left });
  await db.staffProfile.update({ where: { id: left.id }, data: { isActive: false } });
  await createStaffProfile(db, { districtId: w.a.district.id, stationId: w.a.stations[1].id, name: names.other });
});

async function readBack(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const row = (n: number) => Array.from({ length: 10 }, (_, i) => sheet.getRow(n).getCell(i + 1).value);
  return { sheet, row };
}

describe("staff register export", () => {
  it("in scope: the seed's title and columns, one row per person in post, head first", async () => {
    const now = new Date("2026-11-21T17:30:00Z"); // 2026-11-22 01:30 in Beijing
    const file = await exportStaffRegister(w.a.actors.stationHead, { stationId: w.a.stations[0].id, now });
    expect(file).not.toBeNull();
    expect(file!.filename).toBe(`驻站社工基本信息表-${w.a.stations[0].name}.xlsx`);
    expect(file!.rowCount).toBe(2);

    const { sheet, row } = await readBack(file!.buffer);
    expect(sheet.getCell("A1").value).toBe(STAFF_REGISTER_TITLE);
    expect(sheet.model.merges).toEqual(expect.arrayContaining(["A1:J1"]));
    expect(String(sheet.getCell("A2").value)).toContain(w.a.stations[0].name);
    expect(String(sheet.getCell("H2").value)).toBe("填报日期：2026年11月22日");
    expect(row(3)).toEqual(SEED_HEADERS);
    expect(row(4)).toEqual([1, names.head, "男", "1980.11", "呈贡区第一中学", "无", "甲街道办事处\n副主任", "无", "社会救助", "事务性岗位（由民政事务员转岗）；分管民政"]);
    expect(row(5)).toEqual([2, names.worker, "女", "1995.06", "云南大学", "社会工作", "启明社会工作服务中心\n驻站社工", "助理社会工作师\nA2021530001", "为老服务、儿童关爱保护", "专业服务岗位"]);
    const everything = JSON.stringify(Array.from({ length: sheet.rowCount }, (_, i) => row(i + 1)));
    expect(everything).not.toContain(names.left);
    expect(everything).not.toContain(names.other);

    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", printTitlesRow: "1:3" });
    expect(sheet.getCell("B5").border?.left?.style).toBe("thin");
    expect(sheet.getCell("G5").alignment?.wrapText).toBe(true);

    const audit = await db.auditLog.findFirst({ where: { action: "staff.export", targetId: w.a.stations[0].id, actorUserId: w.a.actors.stationHead.userId } });
    expect(audit).toMatchObject({ outcome: "SUCCESS", targetType: "Station" });
  });

  it("every reader of the station gets the same rows", async () => {
    const readers: Actor[] = [w.a.actors.bureauAdmin, w.a.actors.bureauStaff, w.a.actors.evaluator, w.a.actors.streetStaff, w.a.actors.socialWorker, w.a.actors.supervisor, w.a.actors.contractorAdmin];
    for (const actor of readers) {
      const file = await exportStaffRegister(actor, { stationId: w.a.stations[0].id });
      expect(file?.rowCount, actor.username).toBe(2);
    }
  });

  it("out of scope: another station, another street, another district, no read right → not found, audited", async () => {
    const refused: [Actor, string][] = [
      [w.a.actors.otherStationHead, w.a.stations[0].id],
      [w.a.actors.stationHead, w.a.stations[1].id],
      [w.a.actors.otherStreetStaff, w.a.stations[0].id],
      [w.a.actors.contractorAdmin, w.a.stations[1].id],
      [w.b.actors.bureauAdmin, w.a.stations[0].id],
      [w.a.actors.auditor, w.a.stations[0].id],
      [w.systemAdmin, w.a.stations[0].id],
      [w.a.actors.bureauAdmin, "no-such-station"],
    ];
    for (const [actor, stationId] of refused) {
      expect(await exportStaffRegister(actor, { stationId }), `${actor.username} → ${stationId}`).toBeNull();
    }
    const denied = await db.auditLog.findFirst({ where: { action: "staff.export", outcome: "DENIED", actorUserId: w.b.actors.bureauAdmin.userId } });
    expect(denied?.targetId).toBe(w.a.stations[0].id);
  });

  it("an empty station still gives the form with its headers", async () => {
    const empty = await db.station.create({ data: { districtId: w.a.district.id, streetOfficeId: w.a.streets[0].id, level: "COMMUNITY", operationMode: "PROJECT_BASED", name: `空站${uniq()}`, address: "测试路 2 号" } });
    const file = await exportStaffRegister(w.a.actors.bureauAdmin, { stationId: empty.id });
    expect(file?.rowCount).toBe(0);
    const { sheet, row } = await readBack(file!.buffer);
    expect(row(3)).toEqual(SEED_HEADERS);
    expect(sheet.rowCount).toBe(3);
  });
});
