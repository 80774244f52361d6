// 绩效目标申报表 ⇄ Excel on handmade documents: the round trip, the seed's table layout (merged 一级 / 二级
// cells, amounts as 0.00 numbers, A4), a row the user added, and every problem reported at its cell.
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { declarationWorkbook, problemText, readDeclarationWorkbook, workbookBuffer, zipUncompressedSize, type WorkbookProblem } from "@/features/declarations/excel";
import { emptyDeclarationDoc, type DeclarationDoc, type IndicatorDoc } from "@/features/declarations/doc";
import { classifyIndicator } from "@/features/declarations/values";

function ind(level1Label: string, level2Label: string, name: string, operator: IndicatorDoc["operator"], annualValue: string, more: Partial<IndicatorDoc> = {}): IndicatorDoc {
  const c = classifyIndicator(level1Label, level2Label, name) ?? { kind: "OUTPUT" as const, dimension: null };
  return {
    kind: c.kind, dimension: c.dimension, level1Label, level2Label, name, operator, annualValue, mediumValue: null, unit: null, weight: null,
    attribute: null, scoringRule: null, content: null, basis: null, metricKey: null, ...more,
  };
}

const P = "产   出   指   标";

const PROJECT: DeclarationDoc = {
  ...emptyDeclarationDoc("PROJECT", 2020, "社会工作发展经费"),
  title: "呈贡区民政局2020年经费项目",
  departmentName: "昆明市呈贡区民政局",
  departmentCode: "115301",
  unitName: "昆明市呈贡区民政局",
  unitOrgCode: "115301210151291309",
  unitAddress: "昆明市呈贡区双龙路79号",
  unitPhone: "13987615880",
  legalRepresentative: "李波",
  fundingSource: "区财政",
  unitOverview: "基层政权和社区建设科代办",
  basis: "1.《呈贡区关于对社会工作师奖励的细则》（呈社工人才〔2017〕2号）；\n2.《中华人民共和国村民委员会组织法》。",
  overview: "对区、街道、社区及社会组织中长期从事社会工作人员进行培训。",
  content: "1.紧紧围绕现代新昆明建设。\n2.以建设社会工作人才队伍为重点。",
  plan: "1.社会工作人才管理经费：于2020年11月前拨付。\n2.其余按时拨付。",
  effects: "搭建以社区为平台的良好格局。",
  period: "2020年1月-12月",
  summary: "社会工作人才管理经费;街道与社区社会工作站建设经费",
  basisSummary: "呈发〔2017〕9号",
  category: "SPECIFIC",
  totalAmount: "800000.00",
  mediumGoal: "紧紧围绕现代新昆明建设,深入实施人才强区战略。",
  annualGoal: "1.培训。2.建站。3.引才。",
  guaranteeMeasures: "按照文件要求，全面开展工作。",
  performanceNotes: "按时按量完成拨款。",
  responsiblePerson: "李波",
  filler: "李佳",
  filledOn: "2019-10-31",
  fundLines: [
    { name: "社会工作人才管理经费", amount: "150000.00", plan: "于2020年11月前拨付到委托方账户。" },
    { name: "街道与社区社会工作站建设经费", amount: "290000.50", plan: null },
    { name: "社会工作发展经费", amount: "359999.50", plan: "2020年11月前及时拨付。" },
  ],
  funding: [
    { horizon: "MEDIUM", level: "COUNTY", amount: "2400000.00" },
    { horizon: "ANNUAL", level: "CENTRAL", amount: "0.00" },
    { horizon: "ANNUAL", level: "COUNTY", amount: "800000.00" },
  ],
  indicators: [
    ind(P, "数量指标", "长期从事社会工作人员培训", "QUALITATIVE", "约200人", { id: "ind-1", mediumValue: "约600人" }),
    ind(P, "数量指标", "引进优秀社工", "EQ", "3人", { id: "ind-2", unit: "人", weight: "10" }),
    ind(P, "质量指标", "发放准确率", "GTE", "100%", {
      id: "ind-3", weight: "12.5", attribute: "001", scoringRule: "完不成扣分", content: "一是组织培训；\n二是完成验收。", basis: `一、呈发〔2017〕9号。${" ".repeat(5)}二、呈社建通〔2022〕2号。`, metricKey: "cases.closed",
    }),
    ind("效益指标", "社会效益", "社会效益指标", "GTE", "98%", { id: "ind-4" }),
    ind("满意度指标", "服务对象满意度", "居民满意率", "GTE", "95%", { id: "ind-5" }),
    // A label the forms do not use, kept with the level and dimension the editor gave it.
    ind("其他指标", "自定义", "档案整理", "QUALITATIVE", "规范", { id: "ind-6", kind: "BENEFIT", dimension: "SUSTAINABLE" }),
  ],
};

const DEPARTMENT: DeclarationDoc = {
  ...emptyDeclarationDoc("DEPARTMENT", 2025, "中共攀枝花市仁和区委社会工作部"),
  title: "部门（单位）整体支出绩效目标申报表",
  unitName: "中共攀枝花市仁和区委社会工作部",
  totalAmount: "6824200.00",
  annualGoal: "深入学习贯彻总书记的重要论述。",
  categoryAmounts: [
    { category: "PERSONNEL", fiscal: "1890000.00", other: "0.00" },
    { category: "OPERATING_PUBLIC", fiscal: "164700.00", other: "0.00" },
    { category: "OPERATING_OTHER", fiscal: "4689500.00", other: "0.00" },
    { category: "SPECIFIC", fiscal: "80000.00", other: "0.00" },
  ],
  indicators: [
    ind("基本经费", "数量指标", "", "QUALITATIVE", "财政供养人员行政4人，事业5人；公用经费配备标准：8000元/人"),
    ind("基本经费", "质量指标", "", "QUALITATIVE", "人员经费保障率100%；公用经费保障率100%"),
    ind("项目经费", "质量指标", "", "EQ", "100%"),
    ind("满意度指标", "满意度指标", "", "QUALITATIVE", "服务对象满意度≥90%"),
  ],
};

const DEPARTMENT_PROJECTS: DeclarationDoc[] = [
  {
    ...emptyDeclarationDoc("PROJECT", 2025, "村（社区）常职干部及社工绩效经费"),
    category: "OPERATING_OTHER", title: "其他运转类项目支出绩效目标申报表", unitName: "中共攀枝花市仁和区委社会工作部", totalAmount: "2600000.00",
    annualGoal: "通过绩效考核，进一步调动村（社区）干部的工作积极性。",
    funding: [{ horizon: "ANNUAL", level: "COUNTY", amount: "2600000.00" }],
    indicators: [
      ind("项目完成", "数量指标", "村（社区）常职干部及社工人数", "EQ", "536人", { unit: "人" }),
      ind("满意度指标", "满意度指标", "考核对象满意度", "GTE", "≥95%", { unit: "%" }),
    ],
  },
  {
    ...emptyDeclarationDoc("PROJECT", 2025, "村（社区）换届工作经费"),
    category: "SPECIFIC", title: "特定目标类项目支出绩效目标申报表", unitName: "中共攀枝花市仁和区委社会工作部", totalAmount: "80000.00",
    funding: [{ horizon: "ANNUAL", level: "COUNTY", amount: "80000.00" }],
  },
];

async function roundTrip(doc: DeclarationDoc, projects: DeclarationDoc[] = []) {
  return readDeclarationWorkbook(await workbookBuffer(declarationWorkbook(doc, { projects })));
}

async function load(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

const at = (p: WorkbookProblem) => `${p.sheet}!${p.column ?? ""}${p.row ?? ""}`;

describe("round trip", () => {
  it("a project declaration comes back exactly, indicator ids and hidden data included", async () => {
    const read = await roundTrip(PROJECT);
    if (!read.ok) throw new Error(read.problems.map(problemText).join("\n"));
    expect(read.doc).toEqual(PROJECT);
    expect(read.projects).toEqual([]);
    expect(read.sheets[0]).toEqual({ name: "申报表", kind: { sheet: "申报表", row: 1, column: "A" }, year: { sheet: "申报表", row: 2, column: "A" } });
  });

  it("a department-wide declaration comes back with its projects, in order", async () => {
    const read = await roundTrip(DEPARTMENT, DEPARTMENT_PROJECTS);
    if (!read.ok) throw new Error(read.problems.map(problemText).join("\n"));
    expect(read.doc).toEqual(DEPARTMENT);
    expect(read.projects).toEqual(DEPARTMENT_PROJECTS);
    expect(read.sheets.map((s) => s.name)).toEqual(["申报表", "1.村（社区）常职干部及社工绩效经费", "2.村（社区）换届工作经费"]);
  });

  it("a workbook re-saved by another office suite (LibreOffice Calc) reads the same", async () => {
    // The two workbooks above, exported by this module, opened and saved again in LibreOffice Calc 7.4.
    const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name));
    const project = await readDeclarationWorkbook(fixture("declaration-project-libreoffice.xlsx"));
    expect(project.ok && { doc: project.doc, projects: project.projects }).toEqual({ doc: PROJECT, projects: [] });
    const department = await readDeclarationWorkbook(fixture("declaration-department-libreoffice.xlsx"));
    expect(department.ok && { doc: department.doc, projects: department.projects }).toEqual({ doc: DEPARTMENT, projects: DEPARTMENT_PROJECTS });
  });

  it("an empty draft comes back empty", async () => {
    const empty = emptyDeclarationDoc("PROJECT", 2026, "新项目");
    const read = await roundTrip(empty);
    expect(read.ok && read.doc).toEqual(empty);
  });
});

describe("the seed's table layout", () => {
  it("writes the table with merged 一级 / 二级 cells, amounts as 0.00 numbers, on A4", async () => {
    const wb = await load(await workbookBuffer(declarationWorkbook(PROJECT)));
    const ws = wb.getWorksheet("申报表")!;
    const text = (a: string) => ws.getCell(a).value;
    expect(text("A1")).toBe("项目支出绩效目标申报表");
    expect(text("A2")).toBe("（2020年度）");
    expect([text("A3"), text("C3")]).toEqual(["项目名称", "社会工作发展经费"]);
    expect([text("A4"), text("C4"), text("I4")]).toEqual(["主管部门及代码", "昆明市呈贡区民政局", "115301"]);
    expect([text("A5"), text("A6"), text("A7"), text("A8")]).toEqual(["实施单位", "项目期", "项目类别", "总投入（元）"]);
    expect(text("C8")).toBe(800000);
    expect(ws.getCell("C8").numFmt).toBe("0.00");
    expect([text("A9"), text("A10")]).toEqual(["项目概况", "项目立项依据"]);
    // 资金来源: 总投入 is the row's sum; each level in its column.
    expect([text("C11"), text("E11"), text("G11"), text("I11"), text("K11"), text("L11")]).toEqual(["总投入", "中央财政", "省级财政", "市级财政", "县（市）区级财政", "其他"]);
    expect([text("A12"), text("K12")]).toEqual(["中期资金来源（元）", 2400000]);
    expect([text("A13"), text("E13"), text("K13")]).toEqual(["年度资金来源（元）", 0, 800000]);
    expect(text("C13")).toEqual({ formula: "SUM(E13:L13)", result: 800000 });
    expect([text("A14"), text("C14"), text("H14")]).toEqual(["总体目标", "中期目标", "年度目标"]);
    expect(text("A16")).toBe("绩效指标");
    expect(Array.from({ length: 12 }, (_, i) => ws.getCell(17, i + 1).value)).toEqual([
      "一级指标", "二级指标", "三级指标", "指标性质", "指标值（年度）", "中期指标值", "度量单位", "分值", "指标属性", "评（扣）分标准", "指标内容", "绩效指标值设定依据及数据来源",
    ]);
    expect(ws.model.merges).toEqual(expect.arrayContaining(["A18:A20", "B18:B19", "A1:L1", "C3:L3", "A14:B15"]));
    expect(ws.model.merges).not.toContain("B20:B20");
    expect([text("D19"), text("E19"), text("G19"), text("H19")]).toEqual(["=", "3人", "人", 10]);
    expect(text("I20")).toBe("001");
    expect(text("D18")).toBe("定性");
    expect(ws.getColumn(13).hidden).toBe(true);
    expect([text("A24"), text("A25"), text("A26"), text("E26"), text("I26")]).toEqual(["单位已有的保障项目实施的制度措施", "预算绩效说明", "单位负责人", "填报人", "填报日期"]);
    expect(text("A40")).toBe("序号");
    expect([text("B41"), text("E41")]).toEqual(["社会工作人才管理经费", 150000]);
    expect(text("E42")).toBe(290000.5);
    expect(text("A44")).toBe("合计");
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1 });
    expect(ws.getCell("C18").font?.name).toBe("宋体");
    expect(ws.getCell("K20").alignment?.wrapText).toBe(true);
    expect(ws.getCell("K20").border?.left?.style).toBe("thin");
  });

  it("a department-wide declaration has its 预算资金 table and its own labels", async () => {
    const wb = await load(await workbookBuffer(declarationWorkbook(DEPARTMENT, { projects: DEPARTMENT_PROJECTS })));
    const ws = wb.worksheets[0];
    expect(ws.getCell("A1").value).toBe("部门（单位）整体支出绩效目标申报表");
    expect(ws.getCell("A3").value).toBe("预算单位");
    expect(ws.getCell("A8").value).toBe("年度预算资金总额（元）");
    expect([ws.getCell("A9").value, ws.getCell("C9").value, ws.getCell("G9").value, ws.getCell("J9").value]).toEqual(["预算资金（元）", "支出类别", "财政资金", "其他资金"]);
    expect([ws.getCell("C10").value, ws.getCell("G10").value, ws.getCell("J10").value]).toEqual(["人员类", 1890000, 0]);
    expect(wb.worksheets.map((s) => s.getCell("A1").value)).toEqual(["部门（单位）整体支出绩效目标申报表", "项目支出绩效目标申报表", "项目支出绩效目标申报表"]);
  });
});

/** Inserts an empty row at `at` as Excel does: rows below move down, a merged block spanning it grows. */
function insertRow(ws: ExcelJS.Worksheet, at: number) {
  const merges = [...ws.model.merges];
  for (const m of merges) ws.unMergeCells(m);
  for (let r = ws.rowCount; r >= at; r--) {
    for (let c = 1; c <= 14; c++) {
      const from = ws.getCell(r, c);
      const to = ws.getCell(r + 1, c);
      to.value = from.value;
      to.style = from.style;
      from.value = null;
    }
  }
  const rc = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    return [m[1], Number(m[2])] as const;
  };
  for (const m of merges) {
    const [tl, br] = m.split(":").map(rc);
    const top = tl[1] >= at ? tl[1] + 1 : tl[1];
    const bottom = br[1] >= at ? br[1] + 1 : br[1];
    ws.mergeCells(`${tl[0]}${top}:${br[0]}${bottom}`);
  }
}

describe("rows the user added", () => {
  it("a row inserted inside a merged 一级 / 二级 block inherits both labels", async () => {
    const wb = await load(await workbookBuffer(declarationWorkbook(PROJECT)));
    const ws = wb.getWorksheet("申报表")!;
    insertRow(ws, 19); // inside A18:A20 and B18:B19
    ws.getCell("C19").value = "社会工作师奖励";
    ws.getCell("D19").value = "≥";
    ws.getCell("E19").value = "10人";
    ws.getCell("H19").value = 5;
    const read = await readDeclarationWorkbook(await workbookBuffer(wb));
    if (!read.ok) throw new Error(read.problems.map(problemText).join("\n"));
    expect(read.doc.indicators).toHaveLength(PROJECT.indicators.length + 1);
    expect(read.doc.indicators[1]).toEqual(ind(P, "数量指标", "社会工作师奖励", "GTE", "10人", { weight: "5" }));
    expect(read.doc.indicators.filter((_, i) => i !== 1)).toEqual(PROJECT.indicators);
  });

  it("a row typed under a block with blank 一级 / 二级 cells inherits them; 指标性质 left blank is read from the value", async () => {
    const wb = await load(await workbookBuffer(declarationWorkbook(PROJECT)));
    const ws = wb.getWorksheet("申报表")!;
    insertRow(ws, 23); // after the 满意度 row (22), before the last one
    ws.getCell("C23").value = "家长满意度";
    ws.getCell("E23").value = "≥90%";
    const read = await readDeclarationWorkbook(await workbookBuffer(wb));
    if (!read.ok) throw new Error(read.problems.map(problemText).join("\n"));
    expect(read.doc.indicators).toHaveLength(PROJECT.indicators.length + 1);
    expect(read.doc.indicators[5]).toEqual(ind("满意度指标", "服务对象满意度", "家长满意度", "GTE", "≥90%"));
    expect(read.doc.indicators[5]).toMatchObject({ kind: "SATISFACTION", dimension: "SATISFACTION" });
  });

  it("a new row under a label the forms do not use is reported at that label", async () => {
    const wb = await load(await workbookBuffer(declarationWorkbook(PROJECT)));
    const ws = wb.getWorksheet("申报表")!;
    insertRow(ws, 24); // after the last indicator row (23: 其他指标 / 自定义), before 保障措施
    ws.getCell("C24").value = "档案完整率";
    ws.getCell("E24").value = "≥90%";
    const read = await readDeclarationWorkbook(await workbookBuffer(wb));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map(problemText)).toEqual(["工作表「申报表」第 23 行 A 列：一级指标「其他指标」无法识别，应为产出指标、效益指标、满意度指标"]);
  });

  it("a copied row does not take the original's id", async () => {
    const wb = await load(await workbookBuffer(declarationWorkbook(PROJECT)));
    const ws = wb.getWorksheet("申报表")!;
    insertRow(ws, 23);
    for (let c = 3; c <= 13; c++) ws.getCell(23, c).value = ws.getCell(22, c).value;
    const read = await readDeclarationWorkbook(await workbookBuffer(wb));
    if (!read.ok) throw new Error(read.problems.map(problemText).join("\n"));
    expect(read.doc.indicators.map((i) => i.id)).toEqual(["ind-1", "ind-2", "ind-3", "ind-4", "ind-5", undefined, "ind-6"]);
  });
});

describe("problems, each at its cell", () => {
  it("unknown 一级指标, bad 指标性质, quantitative value without a number, bad amounts, missing 项目名称, 总投入 typed over", async () => {
    const wb = await load(await workbookBuffer(declarationWorkbook(PROJECT)));
    const ws = wb.getWorksheet("申报表")!;
    ws.getCell("C3").value = null; // 项目名称
    ws.getCell("A18").value = "投入指标"; // the merged 一级 cell over rows 18–20
    ws.getCell("D21").value = "≈";
    ws.getCell("E22").value = "较好"; // 满意度 row, ≥
    ws.getCell("E41").value = 12.345; // a fund line amount
    ws.getCell("K13").value = "80万元";
    ws.getCell("C12").value = 1; // 总投入 typed over the formula
    const read = await readDeclarationWorkbook(await workbookBuffer(wb));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map(at)).toEqual(["申报表!C3", "申报表!C12", "申报表!K13", "申报表!A18", "申报表!D21", "申报表!E22", "申报表!E41"]);
    const lines = read.problems.map(problemText);
    expect(lines[0]).toBe("工作表「申报表」第 3 行 C 列：请填写项目名称");
    expect(lines[1]).toContain("第 12 行 C 列：总投入（1.00）应等于");
    expect(lines[2]).toBe("工作表「申报表」第 13 行 K 列：年度资金来源（元）的县（市）区级财政应为金额（元），最多两位小数，如 12345.60（单元格中为「80万元」）");
    expect(lines[3]).toBe("工作表「申报表」第 18 行 A 列：一级指标「投入指标」无法识别，应为产出指标、效益指标、满意度指标");
    expect(lines[4]).toBe("工作表「申报表」第 21 行 D 列：指标性质「≈」无效，应为=、≥、≤、>、<、定性之一（留空则按指标值判断）");
    expect(lines[5]).toContain("第 22 行 E 列：指标性质为「≥」时，指标值应为数值");
    expect(lines[6]).toBe("工作表「申报表」第 41 行 E 列：金额（元）应为金额（元），最多两位小数，如 12345.60（单元格中为 12.345）");
  });

  it("a project sheet of a department-wide workbook is reported under its own name", async () => {
    const wb = await load(await workbookBuffer(declarationWorkbook(DEPARTMENT, { projects: DEPARTMENT_PROJECTS })));
    const sheet = wb.worksheets[2];
    sheet.getCell("A2").value = "（2024年度）";
    sheet.getCell("C8").value = "八万";
    const read = await readDeclarationWorkbook(await workbookBuffer(wb));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map(problemText)).toEqual([
      "工作表「2.村（社区）换届工作经费」第 2 行 A 列：项目年度应与部门整体支出申报表一致（2025年度）",
      "工作表「2.村（社区）换届工作经费」第 8 行 C 列：总投入（元）应为金额（元），最多两位小数，如 12345.60（单元格中为「八万」）",
    ]);
  });

  it("an unreadable file, a workbook that is not the template, a deleted section", async () => {
    const garbage = await readDeclarationWorkbook(Buffer.from("not a workbook"));
    expect(garbage).toEqual({ ok: false, problems: [{ sheet: "", row: null, column: null, message: "无法读取文件：不是有效的 Excel 工作簿（.xlsx）" }] });

    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1").getCell("A1").value = "支出明细";
    const wrong = await readDeclarationWorkbook(await workbookBuffer(other));
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(problemText(wrong.problems[0])).toMatch(/^工作表「Sheet1」：不是绩效目标申报表/);

    const wb = await load(await workbookBuffer(declarationWorkbook(PROJECT)));
    wb.getWorksheet("申报表")!.getCell("A6").value = "期限"; // 项目期 relabelled
    const changed = await readDeclarationWorkbook(await workbookBuffer(wb));
    expect(changed.ok).toBe(false);
    if (!changed.ok) expect(changed.problems.map(problemText)).toEqual(["工作表「申报表」：找不到「项目期」一栏，请使用本平台导出的申报表模板"]);
  });

  it("a project workbook with another sheet added is refused", async () => {
    const wb = await load(await workbookBuffer(declarationWorkbook(PROJECT)));
    wb.addWorksheet("备注").getCell("A1").value = "草稿";
    const read = await readDeclarationWorkbook(await workbookBuffer(wb));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map(at)).toEqual(["备注!"]);
  });
});

describe("a workbook that would unpack to too much", () => {
  it("is refused from the zip's directory, before anything is unpacked", async () => {
    const bytes = new Uint8Array(await workbookBuffer(declarationWorkbook(PROJECT)));
    const size = zipUncompressedSize(bytes);
    expect(size).toBeGreaterThan(1000);
    expect(size).toBeLessThan(1024 * 1024);
    // Claim 200 MB for the first entry of the central directory.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let eocd = bytes.byteLength - 22;
    while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
    view.setUint32(view.getUint32(eocd + 16, true) + 24, 200 * 1024 * 1024, true);
    const read = await readDeclarationWorkbook(bytes);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => p.message)).toEqual(["工作簿解压后超过 20 MB，请删除多余的内容后再导入"]);
    expect(zipUncompressedSize(new TextEncoder().encode("not a zip at all, just text"))).toBeNull();
  });
});
