import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { parseWan, sumFen, toFen } from "@/lib/money";
import { createDistrict, createUser } from "../../prisma/seed/factories";
import { readIndicatorValue, seedDemoDeclarations2025, type DemoDeclarations2025 } from "../../prisma/seed/demo-declarations-2025";

let districtId: string;
let createdById: string;
let seeded: DemoDeclarations2025;

const wan = (text: string) => parseWan(text)!;
const byDeclaration = (declarationId: string) => db.performanceIndicator.findMany({ where: { declarationId }, orderBy: { seq: "asc" } });

beforeAll(async () => {
  const district = await createDistrict(db, { name: "呈贡区" });
  districtId = district.id;
  createdById = (await createUser(db, { districtId, name: "吴丽萍" })).id;
  seeded = await seedDemoDeclarations2025(db, { chenggongDistrictId: districtId, createdById });
});

describe("indicator values", () => {
  it("reads the operator, target and unit from the value, and leaves dates and prose qualitative", () => {
    expect(readIndicatorValue("≥95%")).toEqual({ operator: "GTE", target: "95", unit: "%" });
    expect(readIndicatorValue("100%")).toEqual({ operator: "EQ", target: "100", unit: "%" });
    expect(readIndicatorValue("536人")).toEqual({ operator: "EQ", target: "536", unit: "人" });
    expect(readIndicatorValue("20.28万元")).toEqual({ operator: "EQ", target: "20.28", unit: "万元" });
    expect(readIndicatorValue("服务对象满意度≥90%")).toEqual({ operator: "GTE", target: "90", unit: "%" });
    expect(readIndicatorValue("≤3天")).toEqual({ operator: "LTE", target: "3", unit: "天" });
    expect(readIndicatorValue("<5")).toEqual({ operator: "LT", target: "5", unit: null });
    for (const text of ["2025年", "2025年底前", "2025年1月—2025年12月", "党组织覆盖率达80%", "显著提升", "人员经费保障率100%；公用经费保障率100%"]) {
      expect(readIndicatorValue(text), text).toEqual({ operator: "QUALITATIVE", target: null, unit: null });
    }
  });
});

describe("002: 中共昆明市呈贡区委社会工作部 2026 社会治理工作经费", () => {
  it("is declared by a second bureau row of the district, accepted, with every field as written", async () => {
    const bureaus = await db.bureau.findMany({ where: { districtId }, select: { id: true, name: true } });
    expect(bureaus).toContainEqual({ id: seeded.socialWorkBureauId, name: "中共昆明市呈贡区委社会工作部" });
    const d = await db.performanceDeclaration.findUniqueOrThrow({ where: { id: seeded.socialGovernanceDeclarationId } });
    expect(d).toMatchObject({
      districtId, kind: "PROJECT", year: 2026, bureauId: seeded.socialWorkBureauId, streetOfficeId: null, contractorId: null, parentId: null,
      status: "ACCEPTED", createdById, name: "社会治理工作经费", title: "2026年社会治理工作经费项目",
      unitName: "中国共产党昆明市呈贡区委员会社会工作部", unitOrgCode: "11530121MB08424272", unitAddress: "昆明市呈贡区惠景园D8栋903-911室",
      unitPhone: "0871-63540564", legalRepresentative: "付文刚", fundingSource: "财政全额拨款",
    });
    expect(d.unitOverview).toBe("我部门编制2026年部门预算单位共1个。其中：财政全额供给单位1个；在职人员编制10人，其中：行政编制 10人，事业编制0人。在职实有9人，其中： 财政全供养 5人，财政部分供养0人，非财政供养0人。离退休人员 0人，其中：离休 0人，退休 0人。车辆编制0辆，实有车辆0辆。");
    expect(d.basis!.split("\n")).toEqual([
      "(一)呈发〔2017〕9号 关于创新体制机制加强人才工作的实施意见。",
      "（二）呈社建通〔2022〕2号 关于印发《呈贡区推进民生小实事实施方案（试行）》的通知。",
      "（三）呈财联〔2021〕5号-关于调整呈贡区区级机关培训费综合定额标准的通知。",
    ]);
    expect(d.content!.split("\n")).toHaveLength(3);
    expect(d.content!.split("\n")[1]).toMatch(/^（二\)党建引领基层治理项目工作经费。/);
    expect(d.plan!.split("\n")[0]).toBe("（一）民生小实事项目。根据各街道社区申报项目，按照“居民凑钱出力出招，政府补助，社会支持”的原则，经审议评估后，于年9月前选择3-5个项目，预计补助项目共5个，");
    expect(d.effects).toBe("健全社会参与机制、推动完善基层治理平台建设，社会组织工作和服务正常开展，全区志愿服务工作全面开展并正常运行，社会治理能力得到较大提升，社区居民幸福感和得到较大提升。");
    expect(d.mediumGoal).toMatch(/^负责党建引领基层治协调机制的联系协调和具体推动，.*协调推动志愿服务体系建设工作。$/);
    expect(d.annualGoal).toMatch(/^一是组织全区相关单位及试点社区干部到先进地区学习社会治理经验，二是完成呈贡区20件民生小实事项目验收。.*助力呈贡社会工作开展 ；五是.*保障社会工作正常有序开展。$/);
  });

  it("has three fund lines (12.63 + 13.50 + 15.00 万元) adding up to the total 41.13万元", async () => {
    const d = await db.performanceDeclaration.findUniqueOrThrow({ where: { id: seeded.socialGovernanceDeclarationId }, include: { fundLines: { orderBy: { seq: "asc" } }, funding: true } });
    expect(d.fundLines.map((l) => [l.seq, l.name, l.amount.toFixed(2)])).toEqual([
      [1, "呈贡区2026年度民生小实事项目经费", "126300.00"],
      [2, "党建引领基层治理项目工作经费", "135000.00"],
      [3, "社工和志愿服务经费", "150000.00"],
    ]);
    expect(sumFen(d.fundLines.map((l) => toFen(l.amount)))).toBe(toFen(d.totalAmount));
    expect(toFen(d.totalAmount)).toBe(wan("41.13"));
    expect(d.fundLines[2].plan).toBe("社工和志愿服务经费。3月5日和12月5日开展呈贡区集中志愿服务活动，一是“3.5学雷锋志愿服务日”活动经费和“12.5国际志愿日”活动经费各1.5万元；二是社区+高校志愿者服务项目竞赛，择优支持6个项目，每个项目平均支持2万元。");
    expect(d.funding).toEqual([]);
  });

  it("has the four indicators with 指标性质, 度量单位, 指标属性, 评（扣）分标准, 指标内容 and 设定依据 as written", async () => {
    const rows = await byDeclaration(seeded.socialGovernanceDeclarationId);
    expect(rows.map((r) => [r.kind, r.level1Label, r.dimension, r.level2Label, r.name, r.operator, r.annualValue, r.target?.toString(), r.unit, r.attribute, r.scoringRule])).toEqual([
      ["OUTPUT", "产出指标", "QUANTITY", "数量指标", "党建引领基层社区数量", "EQ", "58个", "58", "个", "001", "完不成扣分"],
      ["OUTPUT", "产出指标", "QUALITY", "质量指标", "民生小实事合格率", "GTE", "100%", "100", "%", "002", "完不成扣分"],
      ["BENEFIT", "效益指标", "SOCIAL", "社会效益", "社会效益指标", "GTE", "98%", "98", "%", "002", "完不成扣分"],
      ["SATISFACTION", "满意度指标", "SATISFACTION", "服务对象满意度", "社区干部、社区居民、社会组织机构满意度", "GTE", "100%", "100", "%", "002", "完不成扣分"],
    ]);
    expect(rows[0].content).toBe("一是组织58个社区干部到先进地区学习社会治理经验，二是完成呈贡区25件民生小实事项目验收。四是引进5个社会组织对现有社工类社会组织运行情况进行梳理，开展工作指导；。");
    expect(rows[0].basis).toBeNull();
    expect(rows[1].basis).toBe(rows[2].basis);
    expect(rows[1].basis).toBe(`一、呈发〔2017〕9号 关于创新体制机制加强人才工作的实施意见。\n二、呈社建通〔2022〕2号 关于印发《呈贡区推进民生小实事实施方案（试行）》的通知。${" ".repeat(37)}三、呈财联〔2021〕5号-关于调整呈贡区区级机关培训费综合定额标准的通知/`);
    expect(rows[3].basis).toBe("一、呈社建办通〔2020〕6号 中共昆明市呈贡区委社会建设工作领导小组办公室关于印发《昆明市呈贡区楼栋长日常管理规定（试行）》的通知。\n二、呈发〔2017〕9号 关于创新体制机制加强人才工作的实施意见。");
    expect(rows.every((r) => r.mediumValue === null && r.weight === null)).toBe(true);
  });
});

describe("003: 中共攀枝花市仁和区委社会工作部 2025 部门整体支出", () => {
  it("creates 攀枝花市仁和区 with its bureau", async () => {
    expect(await db.district.findUniqueOrThrow({ where: { id: seeded.renhe.districtId }, select: { name: true, cityName: true, code: true } })).toEqual({ name: "仁和区", cityName: "攀枝花市", code: "510411" });
    expect(await db.bureau.findUniqueOrThrow({ where: { id: seeded.renhe.bureauId }, select: { districtId: true, name: true } })).toEqual({ districtId: seeded.renhe.districtId, name: "中共攀枝花市仁和区委社会工作部" });
  });

  it("splits 682.42万元 into 人员类 189, 公用经费 16.47, 其他运转类 468.95 and 特定目标类 8, which add up", async () => {
    const d = await db.performanceDeclaration.findUniqueOrThrow({ where: { id: seeded.renhe.departmentDeclarationId }, include: { categoryAmounts: true } });
    expect(d).toMatchObject({ kind: "DEPARTMENT", year: 2025, districtId: seeded.renhe.districtId, bureauId: seeded.renhe.bureauId, parentId: null, status: "ACCEPTED", createdById, name: "中共攀枝花市仁和区委社会工作部" });
    expect(toFen(d.totalAmount)).toBe(wan("682.42"));
    const amounts = Object.fromEntries(d.categoryAmounts.map((c) => [c.category, [c.fiscal.toFixed(2), c.other.toFixed(2)]]));
    expect(amounts).toEqual({
      PERSONNEL: ["1890000.00", "0.00"], OPERATING_PUBLIC: ["164700.00", "0.00"], OPERATING_OTHER: ["4689500.00", "0.00"], SPECIFIC: ["80000.00", "0.00"],
    });
    expect(sumFen(d.categoryAmounts.flatMap((c) => [toFen(c.fiscal), toFen(c.other)]))).toBe(wan("682.42"));
    expect(d.annualGoal).toMatch(/^深入学习贯彻总书记的重要论述，.*让为基层减负赋能成效可感可及。$/);
  });

  it("has the eleven department indicators, name empty and the 指标值 text as the value", async () => {
    const rows = await byDeclaration(seeded.renhe.departmentDeclarationId);
    expect(rows).toHaveLength(11);
    expect(rows.map((r) => [r.kind, r.level1Label, r.level2Label])).toEqual([
      ["OUTPUT", "基本经费", "数量指标"], ["OUTPUT", "基本经费", "质量指标"], ["OUTPUT", "基本经费", "时效指标"], ["OUTPUT", "基本经费", "成本指标"],
      ["OUTPUT", "项目经费", "数量指标"], ["OUTPUT", "项目经费", "质量指标"], ["OUTPUT", "项目经费", "时效指标"], ["OUTPUT", "项目经费", "成本指标"],
      ["BENEFIT", "效益指标", "社会效益指标"], ["BENEFIT", "效益指标", "可持续影响指标"], ["SATISFACTION", "满意度指标", "满意度指标"],
    ]);
    expect(rows.every((r) => r.name === "")).toBe(true);
    expect(rows[0].annualValue).toBe("财政供养人员行政4人，事业5人；公用经费配备标准：8000元/人");
    expect(rows[7]).toMatchObject({ dimension: "COST", operator: "QUALITATIVE", target: null, annualValue: "其他运转类项目经费468.95万元；特定目标类项目经费8万元，共计476.95万元" });
    expect(rows[9].dimension).toBe("SUSTAINABLE");
    expect(rows[10]).toMatchObject({ dimension: "SATISFACTION", operator: "GTE", annualValue: "服务对象满意度≥90%", unit: "%" });
    expect(rows[10].target!.toString()).toBe("90");
  });

  it("holds its eight projects in order, with totals, 财政拨款 and goals, summing to 476.95万元", async () => {
    const projects = await db.performanceDeclaration.findMany({
      where: { parentId: seeded.renhe.departmentDeclarationId }, orderBy: { seq: "asc" }, include: { funding: true, _count: { select: { indicators: true } } },
    });
    expect(projects.map((p) => p.id)).toEqual(seeded.renhe.projectDeclarationIds);
    expect(projects.map((p) => [p.seq, p.kind, p.category, p.name, p.totalAmount.toFixed(2), p._count.indicators])).toEqual([
      [1, "PROJECT", "OPERATING_OTHER", "村（社区）常职干部及社工绩效经费", "2600000.00", 7],
      [2, "PROJECT", "OPERATING_OTHER", "区社会工作综合服务中心3名社工经费", "202800.00", 8],
      [3, "PROJECT", "OPERATING_OTHER", "城乡基层治理实施经费", "80000.00", 8],
      [4, "PROJECT", "OPERATING_OTHER", "“两新”工委实施经费和“两企三新”行业协会商会党建经费", "150000.00", 8],
      [5, "PROJECT", "OPERATING_OTHER", "社区工作者薪酬", "1486700.00", 8],
      [6, "PROJECT", "OPERATING_OTHER", "村干部“花城保”经费", "50000.00", 6],
      [7, "PROJECT", "OPERATING_OTHER", "志愿服务和社工队伍建设经费", "120000.00", 9],
      [8, "PROJECT", "SPECIFIC", "村（社区）换届工作经费", "80000.00", 6],
    ]);
    for (const p of projects) {
      expect(p).toMatchObject({ year: 2025, districtId: seeded.renhe.districtId, bureauId: seeded.renhe.bureauId, status: "ACCEPTED", mediumGoal: null, unitName: "中共攀枝花市仁和区委社会工作部" });
      expect(p.funding.map((f) => [f.horizon, f.level, toFen(f.amount)])).toEqual([["ANNUAL", "COUNTY", toFen(p.totalAmount)]]);
    }
    expect(projects[7].title).toBe("特定目标类项目支出绩效目标申报表");
    expect(projects[0].title).toBe("其他运转类项目支出绩效目标申报表");

    const department = await db.declarationCategoryAmount.findMany({ where: { declarationId: seeded.renhe.departmentDeclarationId } });
    const fiscal = (c: string) => toFen(department.find((a) => a.category === c)!.fiscal);
    const total = (category: string) => sumFen(projects.filter((p) => p.category === category).map((p) => toFen(p.totalAmount)));
    expect(total("OPERATING_OTHER")).toBe(fiscal("OPERATING_OTHER"));
    expect(total("SPECIFIC")).toBe(fiscal("SPECIFIC"));
    expect(sumFen(projects.map((p) => toFen(p.totalAmount)))).toBe(wan("476.95"));

    expect(projects[1].annualGoal).toBe("推动社会工作综合服务工作的顺利开展，为共同富裕打下坚实基础，仁和区社工总站（区级社会工作综合服务中心）设置3名社工岗位，社工基本报酬4000元/人.月，五险一金1631元/人.月，3人一年经费合计20.2726万元。");
    expect(projects[3].annualGoal!.split("\n")).toEqual([
      "1.指导“两企三新”行业协会商会党的建设“两个覆盖”提档升级，党组织覆盖率要达80%；",
      "2.深入开展习近平新时代中国特色社会主义思想主题教育培训，推动全区“两企三新”行业协会商会党的建设工作质量。",
    ]);
  });

  it("keeps each project's indicators as written, with the documents' label slips read by meaning", async () => {
    const [first, second, , fourth, , , seventh, eighth] = await Promise.all(seeded.renhe.projectDeclarationIds.map(byDeclaration));
    expect(first.map((r) => [r.kind, r.level1Label, r.dimension, r.name, r.operator, r.annualValue, r.target?.toString() ?? null, r.unit])).toEqual([
      ["OUTPUT", "项目完成", "QUANTITY", "村（社区）常职干部及社工人数", "EQ", "536人", "536", "人"],
      ["OUTPUT", "项目完成", "QUALITY", "考核合格率", "EQ", "100%", "100", "%"],
      ["OUTPUT", "项目完成", "TIMELINESS", "完成时效", "QUALITATIVE", "2025年", null, null],
      ["OUTPUT", "项目完成", "COST", "村（社区）常职干部及社工绩效补贴", "EQ", "260万元", "260", "万元"],
      ["BENEFIT", "项目效益", "SOCIAL", "促进村（社区）干部积极性", "QUALITATIVE", "村（社区）工作积极性、主动性有效提高", null, null],
      ["BENEFIT", "项目效益", "SOCIAL", "促进基层治理", "QUALITATIVE", "基层治理水平明显提升", null, null],
      ["SATISFACTION", "满意度指标", "SATISFACTION", "考核对象满意度", "GTE", "≥95%", "95", "%"],
    ]);
    // 满意度指标 / 可持续影响指标 / 服务对象满意度: a satisfaction indicator, the level-2 label kept as written.
    expect(second[7]).toMatchObject({ kind: "SATISFACTION", level1Label: "满意度指标", dimension: "SATISFACTION", level2Label: "可持续影响指标", name: "服务对象满意度", operator: "GTE", annualValue: "≥90%" });
    expect(second[0].annualValue).toBe("社区工作者月基本报酬4000元/人，五险一金单位承担部分每月1631.28元/人");
    expect(fourth[1]).toMatchObject({ name: "党组织覆盖率", annualValue: "党组织覆盖率达80%", operator: "QUALITATIVE" });
    expect(fourth[4].annualValue).toBe("“两新”党组织党委每个补助10000元/年；党总支每个补助5000元/年；新建党支部每个补助5000元/年；原有党支部每个补助3000元/年");
    expect(seventh[0].annualValue).toBe("组织80余名社区工作者开展3—5天社区工作者职业水平考试考前培训；通过公开招考方式补充招录33名社区工作者");
    // The 社会效益指标 row inside 换届's 项目完成 block scores as a benefit.
    expect(eighth[4]).toMatchObject({ kind: "BENEFIT", level1Label: "项目完成", dimension: "SOCIAL", level2Label: "社会效益指标", name: "全面完成村（社区）、组换届工作", operator: "EQ", annualValue: "100%" });
    expect(eighth[3].name).toBe("换届工作业务培训，到乡镇村（社区）开展业务指导，监督检查，宣传、氛围营造等工作");
  });
});

describe("re-running the seed", () => {
  it("reuses the bureaus, the district and the declarations instead of duplicating them", async () => {
    const again = await seedDemoDeclarations2025(db, { chenggongDistrictId: districtId, createdById });
    expect(again).toEqual(seeded);
    expect(await db.performanceDeclaration.count({ where: { districtId: seeded.renhe.districtId } })).toBe(9);
    expect(await db.performanceDeclaration.count({ where: { districtId } })).toBe(1);
  });
});
