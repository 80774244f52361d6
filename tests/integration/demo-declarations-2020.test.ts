import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { sumFen, toFen } from "@/lib/money";
import { createBureau, createDistrict, createUser } from "../../prisma/seed/factories";
import { seedDemoDeclarations2020, type DemoDeclarations2020 } from "../../prisma/seed/demo-declarations-2020";
import { readIndicatorValue } from "@/features/declarations/values";

let districtId: string;
let bureauId: string;
let createdById: string;
let seeded: DemoDeclarations2020;

const P = "产   出   指   标";
const declaration = (id: string) => db.performanceDeclaration.findUniqueOrThrow({
  where: { id }, include: { fundLines: { orderBy: { seq: "asc" } }, funding: { orderBy: { horizon: "asc" } } },
});
const indicators = (declarationId: string) => db.performanceIndicator.findMany({ where: { declarationId }, orderBy: { seq: "asc" } });
type IndicatorRow = Awaited<ReturnType<typeof indicators>>[number];
/** [kind, level1Label, dimension, level2Label, name, mediumValue, annualValue, operator, target, unit] */
const summary = (r: IndicatorRow) => [r.kind, r.level1Label, r.dimension, r.level2Label, r.name, r.mediumValue, r.annualValue, r.operator, r.target?.toString() ?? null, r.unit];

const UNIT = {
  unitName: "昆明市呈贡区民政局", unitOrgCode: "115301210151291309", unitAddress: "昆明市呈贡区双龙路79号", unitPhone: "13987615880",
  legalRepresentative: "李波", fundingSource: "区财政", unitOverview: "基层政权和社区建设科代办",
};

beforeAll(async () => {
  districtId = (await createDistrict(db, { name: "呈贡区" })).id;
  bureauId = (await createBureau(db, { districtId, name: "昆明市呈贡区民政局" })).id;
  createdById = (await createUser(db, { districtId, name: "李佳" })).id;
  seeded = await seedDemoDeclarations2020(db, { districtId, bureauId, createdById });
});

describe("indicator values of the 2020 tables", () => {
  it("reads plain amounts and leaves 约 / 预计 / 计划 / ranges / prose qualitative", () => {
    expect(readIndicatorValue("3人")).toEqual({ operator: "EQ", target: "3", unit: "人" });
    expect(readIndicatorValue("3万元")).toEqual({ operator: "EQ", target: "3", unit: "万元" });
    expect(readIndicatorValue("145000元")).toEqual({ operator: "EQ", target: "145000", unit: "元" });
    for (const text of ["约600人", "预计10人", "计划2个", "约300000元", "600人--700人", "约6期", "全部完成"]) {
      expect(readIndicatorValue(text), text).toEqual({ operator: "QUALITATIVE", target: null, unit: null });
    }
  });
});

describe("000: 社会工作发展经费 (2020)", () => {
  it("is the bureau's accepted 特定目标类 project with every field as written", async () => {
    const d = await declaration(seeded.socialWorkDevelopmentId);
    expect(d).toMatchObject({
      districtId, kind: "PROJECT", year: 2020, bureauId, streetOfficeId: null, contractorId: null, parentId: null, category: "SPECIFIC",
      status: "ACCEPTED", submittedAt: null, decidedAt: null, createdById,
      name: "社会工作发展经费", title: "呈贡区民政局2020年经费项目", departmentName: null, departmentCode: null, ...UNIT,
      period: "2020年1月-12月", responsiblePerson: "李波", filler: "李佳",
      performanceNotes: "按照相关文件要求，认真开展绩效跟踪，按时按量完成拨款。",
    });
    expect(d.filledOn!.toISOString()).toBe("2019-10-31T00:00:00.000Z");
    expect(d.basis!.split("\n")).toEqual([
      "1.《中共昆明市呈贡区委 昆明市呈贡区人民政府关于创新体制机制加强人才工作的实施意见》（呈发〔2017〕9号；",
      "2.《呈贡区人才工作领导小组关于印发七支人才队伍建设实施意见的通知》（呈党人才〔2015〕1号）；",
      "3.《呈贡区关于对社会工作师奖励的细则》（呈社工人才〔2017〕2号）。",
    ]);
    // The narrative 项目基本概况, its missing 「1.」「2.」 kept.
    expect(d.overview!.split("\n")).toEqual([
      "对区、街道、社区及社会组织中长期从事社会工作人员进行培训及给予2019年取得社会工作师证书人员一次性奖励金。",
      "在条件成熟的社区建立社会工作站，及时了解社区居民诉求，开展相关活动，建设和谐社区。",
      "3.打造社工人才培育中心，同时引进3名优秀社会工作人才参与到社区治理建设中。",
    ]);
    expect(d.content!.split("\n")).toEqual([
      "1.紧紧围绕现代新昆明建设，深入实施人才强区战略，以继续抓好《呈贡新区中长期人才发展规划（2011-2020年）》的落实为立足点。",
      "2.以建设社会工作人才队伍为重点，以创新人才工作机制为动力，以社会人才聚集工程为突破，本着引才与引智并重的原则，为促进呈贡新区建设全面发展，构建社会主义和谐社会提供人才保障和智力支持。",
    ]);
    expect(d.plan!.split("\n")).toEqual([
      "1.社会工作人才管理经费：于2020年11月前拨付到委托方账户，确保按时按量完成拨付，于2020年11月前拨付到获得2019年社工师证书人员账户。",
      "2.街道与社区社会工作站建设经费：于2020年11月前拨付到社区，确保社区社工站按时完成建设",
      "3.社会工作发展经费：2020年11月前及时拨付工作经费及优秀社工人才工资。",
    ]);
    expect(d.effects).toBe("搭建以社区为平台、社会组织为载体、社会工作人才为骨干的社区服务融合发展的良好格局，激发社区自我管理、自我教育、自我服务与自我监督的参与活力，辐射带动呈贡辖区高校、企业、志愿者队伍、群团组织、公共单位、社区居民等积极参与，形成居民群众共建共治的社区治理工作新格局。");
    expect(d.mediumGoal).toBe("紧紧围绕现代新昆明建设，深入实施人才强区战略，以继续抓好《呈贡新区中长期人才发展规划（2011-2020年）》的落实为立足点,以建设社会工作人才队伍为重点，以创新人才工作机制为动力，以社会人才聚集工程为突破，本着引才与引智并重的原则，为促进呈贡新区建设全面发展，构建社会主义和谐社会提供人才保障和智力支持。");
    expect(d.annualGoal).toBe("1.对区、街道、社区及社会组织中长期从事社会工作人员进行培训及给予2019年取得社会工作师证书人员一次性奖励金。2.在条件成熟的社区建立社会工作站，及时了解社区居民诉求，开展相关活动，建设和谐社区。3.打造社工人才培育中心，同时引进3名优秀社会工作人才参与到社区治理建设中。");
    expect(d.guaranteeMeasures).toBe("按照《中共昆明市呈贡区委 昆明市呈贡区人民政府关于创新体制机制加强人才工作的实施意见 （呈发〔2017〕9号）、《中共昆明市呈贡区委 昆明市呈贡区人民政府关于创新体制机制加强人才工作的实施意见 （呈发〔2017〕9号、呈人才办[2012]2号及区委组织部通知；呈党人才〔2015〕1号文件要求，全面开展工作。");
  });

  it("has three fund lines (150000 + 290000 + 260000) and the total 800000元 of the 合计 line, as written though they differ by 100000; funding 240万 / 80万 from the county", async () => {
    const d = await declaration(seeded.socialWorkDevelopmentId);
    expect(d.totalAmount.toFixed(2)).toBe("800000.00");
    expect(d.fundLines.map((l) => [l.seq, l.name, l.amount.toFixed(2)])).toEqual([
      [1, "社会工作人才管理经费", "150000.00"],
      [2, "街道与社区社会工作站建设经费", "290000.00"],
      [3, "社会工作发展经费", "260000.00"],
    ]);
    // The document's own arithmetic: the lines add up to 700000, its 合计 (and 年度资金来源 80万元) say 800000.
    expect(sumFen(d.fundLines.map((l) => toFen(l.amount)))).toBe(toFen("700000.00"));
    expect(toFen(d.totalAmount) - sumFen(d.fundLines.map((l) => toFen(l.amount)))).toBe(toFen("100000.00"));
    expect(d.fundLines[1].plan).toBe("街道与社区社会工作站建设经费：于2020年11月前拨付到社区，确保社区社工站按时完成建设");
    // Each line's plan is its 项目实施计划 paragraph without the "N." marker.
    expect(d.fundLines.map((l) => `${l.seq}.${l.plan}`).join("\n")).toBe(d.plan);
    expect(d.funding.map((f) => [f.horizon, f.level, f.amount.toFixed(2)])).toEqual([
      ["MEDIUM", "COUNTY", "2400000.00"],
      ["ANNUAL", "COUNTY", "800000.00"],
    ]);
    expect(toFen(d.funding.find((f) => f.horizon === "ANNUAL")!.amount)).toBe(toFen(d.totalAmount));
  });

  it("has the nineteen indicators side by side (中期 left → mediumValue, 年度 right → annualValue), classified by meaning", async () => {
    const rows = await indicators(seeded.socialWorkDevelopmentId);
    expect(rows).toHaveLength(19);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(summary(rows[0])).toEqual(["OUTPUT", P, "QUANTITY", "数量指标", "长期从事社会工作人员培训", "约600人", "约200人", "QUALITATIVE", null, null]);
    expect(summary(rows[1])).toEqual(["OUTPUT", P, "QUANTITY", "数量指标", "社会工作师和助理社会工作师奖励", "约30人", "预计10人", "QUALITATIVE", null, null]);
    expect(summary(rows[3])).toEqual(["OUTPUT", P, "QUANTITY", "数量指标", "引进优秀社工", "约9人", "3人", "EQ", "3", "人"]);
    expect(summary(rows[6])).toEqual(["OUTPUT", P, "TIMELINESS", "时效指标", "2020年11月底", "全部完成", "全部完成", "QUALITATIVE", null, null]);
    expect(summary(rows[10])).toEqual(["OUTPUT", P, "COST", "成本指标", "开展呈贡区社工人才培育中心工作经费", "约300000元", "100000元", "EQ", "100000", "元"]);
    // 社会效益指标 rows in the 产出指标 block: benefits, the level-1 label as written.
    expect(summary(rows[13])).toEqual(["BENEFIT", P, "SOCIAL", "社会效益指标", "社会工作者培训率", "90%", "90%", "EQ", "90", "%"]);
    // 可持续影响指标 rows in the 满意度指标 block: sustainable-impact benefits, the level-1 label as written.
    expect(summary(rows[16])).toEqual(["BENEFIT", "满意度指标", "SUSTAINABLE", "可持续影响指标", "社区各项工作持续开展", "98%", "98%", "EQ", "98", "%"]);
    expect(summary(rows[17])).toEqual(["BENEFIT", "满意度指标", "SUSTAINABLE", "可持续影响指标", "建立社会工作人才培养", "95%", "95%", "EQ", "95", "%"]);
    expect(summary(rows[18])).toEqual(["SATISFACTION", "满意度指标", "SATISFACTION", "服务对象满意度指标", "居民满意率", "98%", "95%", "EQ", "95", "%"]);
    expect(rows.map((r) => r.level2Label)).toEqual([
      ...Array(4).fill("数量指标"), ...Array(2).fill("质量指标"), "时效指标", ...Array(6).fill("成本指标"),
      ...Array(3).fill("社会效益指标"), ...Array(2).fill("可持续影响指标"), "服务对象满意度指标",
    ]);
    expect(rows.every((r) => r.content === null && r.basis === null && r.weight === null && r.scoringRule === null && r.attribute === null)).toBe(true);
  });
});

describe("001: 社区建设管理工作经费 (2020)", () => {
  it("is the bureau's accepted 特定目标类 project with every field as written", async () => {
    const d = await declaration(seeded.communityBuildingId);
    expect(d).toMatchObject({
      districtId, kind: "PROJECT", year: 2020, bureauId, streetOfficeId: null, contractorId: null, parentId: null, category: "SPECIFIC",
      status: "ACCEPTED", createdById, name: "社区建设管理工作经费", title: "呈贡区民政局2020年经费项目", departmentName: null, departmentCode: null, ...UNIT,
      period: "2020年1月-12月", responsiblePerson: "李波", filler: "李佳",
      performanceNotes: "按照相关文件要求，认真开展绩效跟踪，按时按量完成拨款。",
    });
    expect(d.filledOn!.toISOString()).toBe("2019-12-13T00:00:00.000Z");
    expect(d.basis!.split("\n")).toEqual([
      "1.《中共云南省委办公厅印发<关于进一步加强社区党的建设工作的意见>的通知》（云办发〔2010〕18号）；",
      "2.《中华人民共和国村民委员会组织法》；",
      "3.《昆明市呈贡区人民政府关于印发呈贡区城市社区经费管理实施办法（试行）的通知》（呈政发〔2017〕55号）。",
    ]);
    // The padding space after the first paragraph is dropped.
    expect(d.overview!.split("\n")).toEqual([
      "1.加强社区干部政治和业务素质，积极性，让他们更好完成社区各项管理和服务工作。",
      "2.完善社区设施，提高社区服务水平。",
      "3.加强社区协商工作，实现社区自治、社区民主管理。",
    ]);
    expect(d.content!.split("\n")).toEqual([
      "1.督促指导社区按程序要求做好居务公开和民主管理工作，全面实施“四议两公开”工作制度，确保实现“民主选举、民主监督、民主管理、民主决策”。",
      "2.组织开展宣传培训、召开相关会议、印制选票以及到街道、社区指导换届选举工作等，确保呈贡区社区居委会、监委会换届选举工作的顺利开展和圆满结束。",
    ]);
    expect(d.plan!.split("\n")).toEqual([
      "1.社区居委会工作经费：2020年6月拨付29个“村改居”社区的工作经费。",
      "2.社区干部教育培训经费：于2020年6月至7月完成拨付社区干部培训经费。",
      "3.社区干部补选工作经费：2020年11月前拨付打印社区补选选票、选民证等材料的印制费用。",
      "4.专职社区工作者公开招聘及社工人才招聘经费、制作呈贡区社区规划图：2020年11月前拨付委托方相关费用。",
    ]);
    expect(d.effects).toBe("按照十九大报告及中央、省、市对社区治理工作的新要求，呈贡区立足辖区实际，推动建立“党建引领、专业助力、多元共治”的社区治理新格局，立足呈贡区辖区实际，在完善城市社区建设的同时，针对辖区内社会工作起步晚、社会力量活力不足的局面，创新社区治理服务的模式。");
    // Two 「3.」 as written.
    expect(d.mediumGoal).toBe("1.随着城市化进程的日益加快，城市人口数量迅速扩张，流动人口大量增加，利益冲突增多，社会矛盾多发，提升社区在城市管理中的作用和水平已日显急迫，社区党的建设面临更新、更高的要求。2.全面按照上级要求做好各项经费专款专用。3.完善社区设施，提高社区服务水平。3.督促指导社区按程序要求做好居务公开和民主管理工作，全面实施“四议两公开”工作制度，确保实现“民主选举、民主监督、民主管理、民主决策”");
    expect(d.annualGoal).toBe("1.加强社区干部政治和业务素质，积极性，让他们更好完成社区各项管理和服务工作 2.完善社区设施，提高社区服务水平 3.督促指导社区按程序要求做好居务公开和民主管理工作，全面实施“四议两公开”工作制度，确保实现“民主选举、民主监督、民主管理、民主决策”4.组织开展宣传培训、召开相关会议、印制选票以及到街道、社区指导换届选举工作等，确保呈贡区社区居委会、监委会换届选举工作的顺利开展和圆满结束。5.加强社区协商工作，实现社区自治、社区民主管理。");
    expect(d.guaranteeMeasures).toBe("呈办通〔2019〕9号 关于印发《呈贡区社区“五类人员”清理工作实施方案》的通知、呈民联通〔2019〕5号 呈贡区民政局 中昆明市呈贡区委组织部等四部门印发《呈贡区专职社区工作者管理办法》的通知");
  });

  it("has four fund lines (870000 + 180000 + 30000 + 120000) adding up to the total 1200000元, and funding 360万 / 120万 from the county", async () => {
    const d = await declaration(seeded.communityBuildingId);
    expect(d.totalAmount.toFixed(2)).toBe("1200000.00");
    expect(d.fundLines.map((l) => [l.seq, l.name, l.amount.toFixed(2)])).toEqual([
      [1, "社区居委会工作经费", "870000.00"],
      [2, "社区干部教育培训经费", "180000.00"],
      [3, "社区干部补选工作经费", "30000.00"],
      [4, "专职社区工作者公开招聘及社工人才招聘经费、制作呈贡区社区规划图", "120000.00"],
    ]);
    expect(sumFen(d.fundLines.map((l) => toFen(l.amount)))).toBe(toFen(d.totalAmount));
    expect(d.fundLines[3].plan).toBe("专职社区工作者公开招聘及社工人才招聘经费、制作呈贡区社区规划图：2020年11月前拨付委托方相关费用。");
    expect(d.fundLines.map((l) => `${l.seq}.${l.plan}`).join("\n")).toBe(d.plan);
    expect(d.funding.map((f) => [f.horizon, f.level, f.amount.toFixed(2)])).toEqual([
      ["MEDIUM", "COUNTY", "3600000.00"],
      ["ANNUAL", "COUNTY", "1200000.00"],
    ]);
    expect(toFen(d.funding.find((f) => f.horizon === "ANNUAL")!.amount)).toBe(toFen(d.totalAmount));
  });

  it("has the thirteen indicators, the one row whose 中期 and 年度 names differ keeping the 中期 name in content", async () => {
    const rows = await indicators(seeded.communityBuildingId);
    expect(rows).toHaveLength(13);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(summary(rows[0])).toEqual(["OUTPUT", P, "QUANTITY", "数量指标", "社区居民委员会工作经费", "87个", "29个", "EQ", "29", "个"]);
    expect(summary(rows[1])).toEqual(["OUTPUT", P, "QUANTITY", "数量指标", "社区干部培训", "600人--700人", "200人", "EQ", "200", "人"]);
    expect(summary(rows[4])).toEqual(["OUTPUT", P, "TIMELINESS", "时效指标", "2020年11月底", "全部完成", "全部完成", "QUALITATIVE", null, null]);
    expect(summary(rows[5])).toEqual(["OUTPUT", P, "COST", "成本指标", "社区居民委员会工作经费标准", "约3万元", "3万元", "EQ", "3", "万元"]);
    expect(summary(rows[6])).toEqual(["OUTPUT", P, "COST", "成本指标", "社区干部培训（3天）每人每天标准", "约6期", "300元", "EQ", "300", "元"]);
    expect(rows[6].content).toBe("社区干部培训1年2期");
    expect(rows.filter((r) => r.content !== null)).toHaveLength(1);
    expect(summary(rows[7])).toEqual(["OUTPUT", P, "COST", "成本指标", "社区干部补选工作经费", "约3万元", "30000元", "EQ", "30000", "元"]);
    expect(summary(rows[9])).toEqual(["BENEFIT", P, "SOCIAL", "社会效益指标", "社区干部参加培训率", "100%", "100%", "EQ", "100", "%"]);
    expect(summary(rows[11])).toEqual(["BENEFIT", "满意度指标", "SUSTAINABLE", "可持续影响指标", "提高社区干部的履职能力", "95%", "95%", "EQ", "95", "%"]);
    expect(summary(rows[12])).toEqual(["SATISFACTION", "满意度指标", "SATISFACTION", "服务对象满意度指标", "居民满意度", "95%", "95%", "EQ", "95", "%"]);
    expect(rows.map((r) => r.level2Label)).toEqual([
      ...Array(2).fill("数量指标"), ...Array(2).fill("质量指标"), "时效指标", ...Array(3).fill("成本指标"),
      ...Array(2).fill("社会效益指标"), ...Array(2).fill("可持续影响指标"), "服务对象满意度指标",
    ]);
  });
});

describe("re-running the seed", () => {
  it("reuses both declarations and creates no new rows", async () => {
    const count = async () => Promise.all([
      db.performanceDeclaration.count({ where: { districtId } }),
      db.declarationFundLine.count({ where: { declaration: { districtId } } }),
      db.declarationFunding.count({ where: { declaration: { districtId } } }),
      db.performanceIndicator.count({ where: { declaration: { districtId } } }),
    ]);
    expect(await count()).toEqual([2, 7, 4, 32]);
    const again = await seedDemoDeclarations2020(db, { districtId, bureauId, createdById });
    expect(again).toEqual(seeded);
    expect(await count()).toEqual([2, 7, 4, 32]);
  });
});

describe("the table's own 项目概况 and 项目立项依据 cells", () => {
  it("are stored as written beside the narrative", async () => {
    const d = await db.performanceDeclaration.findUniqueOrThrow({ where: { id: seeded.socialWorkDevelopmentId }, select: { summary: true, basisSummary: true, overview: true } });
    expect(d.summary).toBe("社会工作人才管理经费;街道与社区社会工作站建设经费;社会工作发展经费");
    expect(d.basisSummary).toMatch(/^《中共昆明市呈贡区委 昆明市呈贡区人民政府关于创新体制机制加强人才工作的实施意见 （呈发〔2017〕9号）、.*呈党人才〔2015〕1号$/);
    expect(d.overview).not.toBe(d.summary);
    const c = await db.performanceDeclaration.findUniqueOrThrow({ where: { id: seeded.communityBuildingId }, select: { summary: true } });
    expect(c.summary).toBe("包括社区居委会工作经费；社区干部培训经费；社区居委会、监委会补选工作经费；专职社区工作者公开招聘经费；社区规划图制作经费");
  });
});
