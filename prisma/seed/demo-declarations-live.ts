// Demo declarations in motion (beside the four filed documents of seeds 000–003), so every role has something
// to do on the first login:
// - 呈贡区民政局's 2026 社会工作发展经费, accepted: the year being monitored and self-evaluated;
// - 龙城街道's 2027 社工站运营经费, submitted and waiting in bureau.reviewer's 待审核;
// - 启明社工中心's 2027 驻站服务项目, returned with a comment on one indicator for contractor.qiming to fix.
// Written through the same document layer the app saves with (store.ts), snapshots as the workflow takes them.
import type { Prisma } from "../../src/generated/prisma/client";
import type { Role } from "../../src/generated/prisma/enums";
import type { DeclarationDoc, IndicatorDoc } from "../../src/features/declarations/doc";
import { loadDeclarationDoc, writeDeclarationDoc } from "../../src/features/declarations/store";

type Tx = Prisma.TransactionClient;

const row = (r: Partial<IndicatorDoc> & Pick<IndicatorDoc, "kind" | "level1Label" | "level2Label" | "name" | "operator" | "annualValue">): IndicatorDoc => ({
  dimension: null, mediumValue: null, unit: null, weight: null, attribute: null, scoringRule: null, content: null, basis: null, metricKey: null, ...r,
});

function doc(over: Partial<DeclarationDoc> & Pick<DeclarationDoc, "name" | "year" | "totalAmount">): DeclarationDoc {
  return {
    kind: "PROJECT", category: "SPECIFIC", filledOn: null, title: null, departmentName: "昆明市呈贡区民政局", departmentCode: "115301210151291309",
    unitName: null, unitOrgCode: null, unitAddress: null, unitPhone: null, legalRepresentative: null, fundingSource: "区财政", unitOverview: null,
    basis: "《中共昆明市呈贡区委 昆明市呈贡区人民政府关于创新体制机制加强人才工作的实施意见》（呈发〔2017〕9号）", overview: null, content: null, plan: null,
    effects: null, period: null, summary: null, basisSummary: null, mediumGoal: null, annualGoal: null, guaranteeMeasures: null, performanceNotes: null,
    responsiblePerson: null, filler: null, fundLines: [], funding: [], categoryAmounts: [], indicators: [],
    ...over,
  };
}

const BUREAU_2026 = doc({
  name: "社会工作发展经费", year: 2026, totalAmount: "860000.00", title: "呈贡区民政局2026年经费项目", unitName: "昆明市呈贡区民政局",
  unitOrgCode: "115301210151291309", unitAddress: "昆明市呈贡区双龙路79号", legalRepresentative: "李波", period: "2026年1月-12月", filledOn: "2025-10-30",
  overview: "巩固乡镇（街道）社会工作服务站全覆盖成果，开展社会工作人才培训和社会工作师奖励，打造社工人才培育中心。",
  content: "1.十个街道社工站运营补助；\n2.社会工作者培训及职业水平考试奖励；\n3.社工人才培育中心工作经费。",
  plan: "1.社工站运营补助按季度拨付；\n2.培训于2026年6月、10月各开展一期，奖励于2026年11月前发放；\n3.培育中心经费于2026年3月拨付。",
  effects: "社工站服务规范化运行，社会工作人才队伍持续壮大，群众获得感明显增强。",
  mediumGoal: "到2028年，社工站服务覆盖全部村（社区），持证社会工作者达到300人。", annualGoal: "十个街道社工站全部规范运行，培训社会工作者200人次，新增持证社会工作者30人，服务对象满意度不低于95%。",
  guaranteeMeasures: "按照《呈贡区乡镇（街道）社会工作服务站建设运营管理办法》开展监督检查和第三方评估。", performanceNotes: "按季度开展绩效运行监控，年底开展绩效自评。",
  responsiblePerson: "李波", filler: "吴丽萍",
  fundLines: [
    { name: "街道社工站运营补助", amount: "500000.00", plan: "按季度拨付至各街道" },
    { name: "社会工作人才培训及奖励经费", amount: "210000.00", plan: "6月、10月各培训一期，11月前发放奖励" },
    { name: "社工人才培育中心工作经费", amount: "150000.00", plan: "3月拨付" },
  ],
  funding: [{ horizon: "MEDIUM", level: "COUNTY", amount: "2580000.00" }, { horizon: "ANNUAL", level: "COUNTY", amount: "860000.00" }],
  indicators: [
    row({ kind: "OUTPUT", level1Label: "产出指标", dimension: "QUANTITY", level2Label: "数量指标", name: "规范运行的街道社工站", operator: "GTE", annualValue: "10个", mediumValue: "10个", unit: "个", weight: "15" }),
    row({ kind: "OUTPUT", level1Label: "产出指标", dimension: "QUANTITY", level2Label: "数量指标", name: "社会工作者培训人次", operator: "GTE", annualValue: "200人次", mediumValue: "600人次", unit: "人次", weight: "10" }),
    row({ kind: "OUTPUT", level1Label: "产出指标", dimension: "QUANTITY", level2Label: "数量指标", name: "个案服务人数", operator: "GTE", annualValue: "60人", unit: "人", weight: "10" }),
    row({ kind: "OUTPUT", level1Label: "产出指标", dimension: "QUALITY", level2Label: "质量指标", name: "奖励发放准确率", operator: "EQ", annualValue: "100%", mediumValue: "100%", unit: "%", weight: "5" }),
    row({ kind: "OUTPUT", level1Label: "产出指标", dimension: "TIMELINESS", level2Label: "时效指标", name: "奖励发放完成时间", operator: "QUALITATIVE", annualValue: "2026年11月底前", weight: "5" }),
    row({ kind: "OUTPUT", level1Label: "产出指标", dimension: "COST", level2Label: "成本指标", name: "社会工作者培训人均每天标准", operator: "LTE", annualValue: "170元", unit: "元", weight: "5" }),
    row({ kind: "BENEFIT", level1Label: "效益指标", dimension: "SOCIAL", level2Label: "社会效益指标", name: "新增持证社会工作者", operator: "GTE", annualValue: "30人", unit: "人", weight: "15" }),
    row({ kind: "BENEFIT", level1Label: "效益指标", dimension: "SUSTAINABLE", level2Label: "可持续影响指标", name: "社区服务能力提升", operator: "QUALITATIVE", annualValue: "明显提升", weight: "15" }),
    row({ kind: "SATISFACTION", level1Label: "满意度指标", dimension: "SATISFACTION", level2Label: "服务对象满意度指标", name: "服务对象满意度", operator: "GTE", annualValue: "95%", unit: "%", weight: "10" }),
  ],
});

const STREET_2027 = doc({
  name: "龙城街道社会工作服务站运营经费", year: 2027, totalAmount: "180000.00", title: "龙城街道办事处2027年经费项目", unitName: "昆明市呈贡区龙城街道办事处",
  departmentName: "昆明市呈贡区龙城街道办事处", departmentCode: null, period: "2027年1月-12月", filledOn: "2026-11-20",
  overview: "保障龙城街道社会工作服务站及三个村（社区）社工室运行，开展困难群众探访、个案和小组服务。",
  content: "1.社工站日常运行；\n2.困难群众探访和个案服务；\n3.志愿者培训和社区活动。",
  plan: "按月开展服务，按季度报送工作简报，年底开展自评。", effects: "辖区困难群众得到及时探访和专业服务。",
  annualGoal: "完成困难群众探访600户次，个案服务20人，开展社区活动12场，服务对象满意度不低于95%。",
  responsiblePerson: "马春燕", filler: "马春燕",
  fundLines: [
    { name: "社工站日常运行经费", amount: "100000.00", plan: "按季度使用" },
    { name: "探访和个案服务经费", amount: "50000.00", plan: "按月使用" },
    { name: "志愿者培训和社区活动经费", amount: "30000.00", plan: "3月、9月集中培训" },
  ],
  funding: [{ horizon: "ANNUAL", level: "COUNTY", amount: "180000.00" }],
  indicators: [
    row({ kind: "OUTPUT", level1Label: "产出指标", dimension: "QUANTITY", level2Label: "数量指标", name: "困难群众探访户次", operator: "GTE", annualValue: "600户次", unit: "户次", weight: "20" }),
    row({ kind: "OUTPUT", level1Label: "产出指标", dimension: "QUANTITY", level2Label: "数量指标", name: "个案服务人数", operator: "GTE", annualValue: "20人", unit: "人", weight: "20" }),
    row({ kind: "OUTPUT", level1Label: "产出指标", dimension: "TIMELINESS", level2Label: "时效指标", name: "工作简报按时报送率", operator: "EQ", annualValue: "100%", unit: "%", weight: "10" }),
    row({ kind: "BENEFIT", level1Label: "效益指标", dimension: "SOCIAL", level2Label: "社会效益指标", name: "困难群众问题解决率", operator: "GTE", annualValue: "90%", unit: "%", weight: "30" }),
    row({ kind: "SATISFACTION", level1Label: "满意度指标", dimension: "SATISFACTION", level2Label: "服务对象满意度指标", name: "服务对象满意度", operator: "GTE", annualValue: "95%", unit: "%", weight: "10" }),
  ],
});

const CONTRACTOR_2027 = doc({
  name: "龙城街道社会工作服务站驻站服务项目", year: 2027, totalAmount: "320000.00", title: "昆明市呈贡区启明社会工作服务中心2027年服务项目",
  unitName: "昆明市呈贡区启明社会工作服务中心", departmentName: "昆明市呈贡区民政局", period: "2027年1月-12月", filledOn: "2026-11-10",
  overview: "派驻专业社工3名，承接龙城街道社工站的个案、小组、社区服务和志愿者管理。", content: "个案服务、小组工作、社区活动、探访、志愿者培训。",
  plan: "1-3月需求评估；4-10月集中服务；11-12月总结评估。", effects: "形成龙城街道\"一老一小\"服务品牌。",
  annualGoal: "个案服务30人，小组8个，社区活动24场，培训志愿者100人次。", responsiblePerson: "杨启明", filler: "杨启明",
  fundLines: [
    { name: "驻站社工人员经费", amount: "216000.00", plan: "按月发放" },
    { name: "专业服务活动经费", amount: "74000.00", plan: "按服务计划使用" },
    { name: "督导及培训经费", amount: "30000.00", plan: "每季度督导一次" },
  ],
  funding: [{ horizon: "ANNUAL", level: "COUNTY", amount: "320000.00" }],
  indicators: [
    row({ kind: "OUTPUT", level1Label: "产出指标", dimension: "QUANTITY", level2Label: "数量指标", name: "个案服务人数", operator: "GTE", annualValue: "30人", unit: "人", weight: "20" }),
    row({ kind: "OUTPUT", level1Label: "产出指标", dimension: "QUANTITY", level2Label: "数量指标", name: "开展小组", operator: "GTE", annualValue: "8个", unit: "个", weight: "15" }),
    row({ kind: "OUTPUT", level1Label: "产出指标", dimension: "QUALITY", level2Label: "质量指标", name: "个案结案率", operator: "GTE", annualValue: "80%", unit: "%", weight: "15" }),
    row({ kind: "BENEFIT", level1Label: "效益指标", dimension: "SOCIAL", level2Label: "社会效益指标", name: "服务对象问题改善", operator: "QUALITATIVE", annualValue: "明显改善", weight: "30" }),
    row({ kind: "SATISFACTION", level1Label: "满意度指标", dimension: "SATISFACTION", level2Label: "服务对象满意度指标", name: "服务对象满意度", operator: "GTE", annualValue: "90%", unit: "%", weight: "10" }),
  ],
});

type Owner = { bureauId: string } | { streetOfficeId: string } | { contractorId: string };
type Person = { id: string; name: string; role: Role };

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

async function create(tx: Tx, districtId: string, owner: Owner, d: DeclarationDoc, createdById: string, status: "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED") {
  const name = d.name ?? "";
  const existing = await tx.performanceDeclaration.findFirst({ where: { districtId, ...owner, year: d.year, name }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const { id } = await tx.performanceDeclaration.create({ data: { districtId, ...owner, kind: d.kind, year: d.year, name, createdById, status }, select: { id: true } });
  await writeDeclarationDoc(tx, id, d);
  return { id, created: true };
}

async function submitted(tx: Tx, districtId: string, id: string, by: Person, at: Date) {
  const round = (await tx.declarationSnapshot.count({ where: { declarationId: id } })) + 1;
  const snapshot = { doc: await loadDeclarationDoc(tx, id), projects: [] };
  await tx.declarationSnapshot.create({ data: { declarationId: id, round, data: snapshot as unknown as Prisma.InputJsonValue, submittedAt: at, submittedById: by.id } });
  await tx.reportEvent.create({ data: { districtId, kind: "DECLARATION", reportId: id, event: "SUBMIT", actorId: by.id, actorName: by.name, actorRole: by.role, at } });
  await tx.performanceDeclaration.update({ where: { id }, data: { submittedAt: at } });
  return round;
}

export type LiveDeclarationsOptions = {
  districtId: string;
  bureauId: string;
  streetOfficeId: string;
  contractorId: string;
  bureauStaff: Person;
  streetStaff: Person;
  contractorAdmin: Person;
  reviewer: Person;
};

export async function seedDemoDeclarationsLive(tx: Tx, o: LiveDeclarationsOptions) {
  const bureau = await create(tx, o.districtId, { bureauId: o.bureauId }, BUREAU_2026, o.bureauStaff.id, "ACCEPTED");
  if (bureau.created) {
    await submitted(tx, o.districtId, bureau.id, o.bureauStaff, new Date(Date.UTC(2025, 10, 3, 2)));
    const at = new Date(Date.UTC(2025, 10, 12, 7));
    await tx.reportEvent.create({ data: { districtId: o.districtId, kind: "DECLARATION", reportId: bureau.id, event: "ACCEPT", comment: "同意。", actorId: o.reviewer.id, actorName: o.reviewer.name, actorRole: o.reviewer.role, at } });
    await tx.performanceDeclaration.update({ where: { id: bureau.id }, data: { decidedAt: at } });
  }

  const street = await create(tx, o.districtId, { streetOfficeId: o.streetOfficeId }, STREET_2027, o.streetStaff.id, "SUBMITTED");
  if (street.created) await submitted(tx, o.districtId, street.id, o.streetStaff, daysAgo(2));

  const contractor = await create(tx, o.districtId, { contractorId: o.contractorId }, CONTRACTOR_2027, o.contractorAdmin.id, "RETURNED");
  if (contractor.created) {
    const round = await submitted(tx, o.districtId, contractor.id, o.contractorAdmin, daysAgo(9));
    const target = await tx.performanceIndicator.findFirstOrThrow({ where: { declarationId: contractor.id, name: "个案服务人数" }, select: { id: true, seq: true } });
    const at = daysAgo(6);
    await tx.reviewComment.create({
      data: {
        districtId: o.districtId, kind: "DECLARATION", reportId: contractor.id, round, target: `indicator:${target.id}`,
        targetLabel: `绩效指标 · 产出指标 · 数量指标 · 个案服务人数（第 ${target.seq} 行）`,
        comment: "三名驻站社工全年个案服务30人偏低，请按每名社工不少于15人调整为不少于45人。", actorId: o.reviewer.id, actorName: o.reviewer.name, at,
      },
    });
    await tx.reportEvent.create({ data: { districtId: o.districtId, kind: "DECLARATION", reportId: contractor.id, event: "RETURN", comment: "请按逐项意见修改后重新提交。", actorId: o.reviewer.id, actorName: o.reviewer.name, actorRole: o.reviewer.role, at } });
  }
  return { bureau2026Id: bureau.id, street2027Id: street.id, contractor2027Id: contractor.id };
}
