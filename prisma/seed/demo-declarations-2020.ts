// Demo performance-target declarations from two real documents (seeds 000 and 001), complete and as written:
// 昆明市呈贡区民政局's two 2020 project declarations under the header 「呈贡区民政局2020年经费项目」 —
//
// - 000: 社会工作发展经费 (合计 800000 元; its lines 150000 + 290000 + 260000 add up to 700000 — kept as written);
// - 001: 社区建设管理工作经费 (1200000 元: 870000 + 180000 + 30000 + 120000).
//
// Both are project funds (特定目标类, SPECIFIC), approved long ago (ACCEPTED; the documents give no submission or
// approval dates, so those stay empty). Each document is a narrative part (项目名称 … 项目实施成效) followed by
// 九、项目绩效目标表, which repeats some of it in shorter form.
//
// How the documents' text is kept (as in demo-declarations-2025.ts): every paragraph exactly as written (typos,
// the missing 「1.」「2.」 in 000's 项目基本概况, the unclosed 「（呈发〔2017〕9号；」, 001's two 「3.」 in its 中期目标,
// ASCII "," and ";" where the author typed them), one paragraph per line; what the Word-to-text dump added is
// dropped — empty paragraphs, empty table rows, padding spaces at the end of a paragraph. Spaces inside a
// paragraph or a cell are kept — so the level-1 cell is "产   出   指   标", as the author spread it over the
// merged cell.
//
// Where the two parts overlap, the narrative is stored: 立项依据 → basis, 项目基本概况 → overview. The table's own
// shorter 项目概况 and 项目立项依据 cells (`table` below) differ in wording from the narrative: they are stored as
// written in summary and basisSummary.
// The table's 项目名称 / 实施单位 / 项目期 repeat the narrative; 主管部门及代码 is empty in both documents.
//
// Money: 元 in the 资金安排 lines via parseYuan, 万元 in the 资金来源 rows via parseWan (wanToYuan); never a float.
import type { Prisma } from "../../src/generated/prisma/client";
import type { IndicatorDimension, IndicatorKind } from "../../src/generated/prisma/enums";
import { parseYuan, toDecimalString } from "../../src/lib/money";
import { parseCalendarDate } from "../../src/lib/dates";
import { readIndicatorValue, wanToYuan } from "./demo-declarations-2025";

type Tx = Prisma.TransactionClient;

/** 元 as written ("150000元", "以上3项合计：800000元"'s amount) → "150000.00". */
function yuan(text: string): string {
  const fen = parseYuan(text);
  if (fen === null) throw new Error(`demo declarations 2020: not an amount in 元: ${text}`);
  return toDecimalString(fen);
}

/** 填报日期 as written ("2019/10/31") → the calendar date (UTC midnight). */
function writtenDate(text: string): Date {
  const m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text);
  const date = m && parseCalendarDate(`${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`);
  if (!date) throw new Error(`demo declarations 2020: not a date: ${text}`);
  return date;
}

// ───────────── Indicator rows ─────────────
//
// The 2020 tables put the 中期 columns (二级指标 / 三级指标 / 指标值) on the left and the 年度 ones on the right of
// one row. One row per indicator: mediumValue = the left 指标值, annualValue = the right one; operator / target /
// unit are read from the annual value (readIndicatorValue: "约600人", "预计10人", "计划2个", "全部完成" are prose →
// QUALITATIVE). Merged (blank) 一级指标 / 二级指标 cells are filled in from the row above.
//
// The documents have no 效益指标 level-1 cell: the 社会效益指标 rows sit in the 产出指标 block and the 可持续影响指标
// rows in the 满意度指标 block. The labels are kept as written; kind and dimension are read from the level-2
// label by meaning (the right-hand 二级指标 repeats the left one in every row).

const LEVEL2: Record<string, { kind: IndicatorKind; dimension: IndicatorDimension }> = {
  数量指标: { kind: "OUTPUT", dimension: "QUANTITY" },
  质量指标: { kind: "OUTPUT", dimension: "QUALITY" },
  时效指标: { kind: "OUTPUT", dimension: "TIMELINESS" },
  成本指标: { kind: "OUTPUT", dimension: "COST" },
  社会效益指标: { kind: "BENEFIT", dimension: "SOCIAL" },
  可持续影响指标: { kind: "BENEFIT", dimension: "SUSTAINABLE" },
  服务对象满意度指标: { kind: "SATISFACTION", dimension: "SATISFACTION" },
};

/** [一级指标, 二级指标, 中期 三级指标, 中期 指标值, 年度 三级指标, 年度 指标值] as written, blanks filled in. */
type Row = readonly [level1Label: string, level2Label: string, mediumName: string, mediumValue: string, annualName: string, annualValue: string];

/**
 * name is the 年度 三级指标 (the one the annual value, and so the operator and target, belong to). The only row
 * where the two differ is 001's 社区干部培训1年2期 (中期, 约6期) / 社区干部培训（3天）每人每天标准 (年度, 300元):
 * there the 中期 name is kept, as written, in `content`.
 */
function indicatorRows(declarationId: string, rows: readonly Row[]): Prisma.PerformanceIndicatorCreateManyInput[] {
  return rows.map(([level1Label, level2Label, mediumName, mediumValue, annualName, annualValue], i) => {
    const classified = LEVEL2[level2Label];
    if (!classified) throw new Error(`demo declarations 2020: unknown 二级指标 ${level2Label}`);
    const { operator, target, unit } = readIndicatorValue(annualValue);
    return {
      declarationId, seq: i + 1, ...classified, level1Label, level2Label, name: annualName, operator, annualValue, mediumValue, target, unit,
      content: mediumName === annualName ? null : mediumName,
    };
  });
}

// ───────────── The two documents ─────────────

// 项目实施单位: the same in both documents.
const UNIT = {
  unitName: "昆明市呈贡区民政局",
  unitOrgCode: "115301210151291309",
  unitAddress: "昆明市呈贡区双龙路79号",
  unitPhone: "13987615880",
  legalRepresentative: "李波",
  fundingSource: "区财政",
  // Written "代为概况：基层政权和社区建设科代办" — the label is a typo for 单位概况; the text after the colon is stored.
  unitOverview: "基层政权和社区建设科代办",
} as const;

const TITLE = "呈贡区民政局2020年经费项目";
const PERIOD = "2020年1月-12月";
const PERFORMANCE_NOTES = "按照相关文件要求，认真开展绩效跟踪，按时按量完成拨款。";

type Declaration2020 = {
  name: string;
  basis: readonly string[];
  overview: readonly string[];
  content: readonly string[];
  /** 资金安排情况: name and amount as written; plan = the matching paragraph of 项目实施计划 without its "N." marker. */
  fundLines: readonly { name: string; amount: string; plan: string }[];
  /** 以上N项合计 */
  total: string;
  effects: string;
  /** 中期 / 年度资金来源: only the 县（市）区级财政 column is filled (it equals 总投入). */
  funding: { medium: { total: string; county: string }; annual: { total: string; county: string } };
  mediumGoal: string;
  annualGoal: string;
  /** The table's 项目概况 and 项目立项依据 cells, as written (stored in summary / basisSummary). */
  table: { overview: string; basis: string };
  indicators: readonly Row[];
  guaranteeMeasures: string;
  performanceNotes: string;
  responsiblePerson: string;
  filler: string;
  filledOn: string;
};

// ── 000 ──
const P = "产   出   指   标";
const S = "满意度指标";

export const SOCIAL_WORK_DEVELOPMENT_2020: Declaration2020 = {
  name: "社会工作发展经费",
  basis: [
    "1.《中共昆明市呈贡区委 昆明市呈贡区人民政府关于创新体制机制加强人才工作的实施意见》（呈发〔2017〕9号；",
    "2.《呈贡区人才工作领导小组关于印发七支人才队伍建设实施意见的通知》（呈党人才〔2015〕1号）；",
    "3.《呈贡区关于对社会工作师奖励的细则》（呈社工人才〔2017〕2号）。",
  ],
  overview: [
    "对区、街道、社区及社会组织中长期从事社会工作人员进行培训及给予2019年取得社会工作师证书人员一次性奖励金。",
    "在条件成熟的社区建立社会工作站，及时了解社区居民诉求，开展相关活动，建设和谐社区。",
    "3.打造社工人才培育中心，同时引进3名优秀社会工作人才参与到社区治理建设中。",
  ],
  content: [
    "1.紧紧围绕现代新昆明建设，深入实施人才强区战略，以继续抓好《呈贡新区中长期人才发展规划（2011-2020年）》的落实为立足点。",
    "2.以建设社会工作人才队伍为重点，以创新人才工作机制为动力，以社会人才聚集工程为突破，本着引才与引智并重的原则，为促进呈贡新区建设全面发展，构建社会主义和谐社会提供人才保障和智力支持。",
  ],
  fundLines: [
    { name: "社会工作人才管理经费", amount: "150000元", plan: "社会工作人才管理经费：于2020年11月前拨付到委托方账户，确保按时按量完成拨付，于2020年11月前拨付到获得2019年社工师证书人员账户。" },
    { name: "街道与社区社会工作站建设经费", amount: "290000元", plan: "街道与社区社会工作站建设经费：于2020年11月前拨付到社区，确保社区社工站按时完成建设" },
    { name: "社会工作发展经费", amount: "260000元", plan: "社会工作发展经费：2020年11月前及时拨付工作经费及优秀社工人才工资。" },
  ],
  // As written, the three lines add up to 700000 元, not the 800000 元 of 「以上3项合计：800000元」 (which the 年度资金来源
  // 80万元 agrees with): the document is 100000 元 short somewhere. Every amount is kept as written; nothing is made up.
  total: "800000元",
  effects: "搭建以社区为平台、社会组织为载体、社会工作人才为骨干的社区服务融合发展的良好格局，激发社区自我管理、自我教育、自我服务与自我监督的参与活力，辐射带动呈贡辖区高校、企业、志愿者队伍、群团组织、公共单位、社区居民等积极参与，形成居民群众共建共治的社区治理工作新格局。",
  funding: { medium: { total: "240万元", county: "240万元" }, annual: { total: "80万元", county: "80万元" } },
  mediumGoal: "紧紧围绕现代新昆明建设，深入实施人才强区战略，以继续抓好《呈贡新区中长期人才发展规划（2011-2020年）》的落实为立足点,以建设社会工作人才队伍为重点，以创新人才工作机制为动力，以社会人才聚集工程为突破，本着引才与引智并重的原则，为促进呈贡新区建设全面发展，构建社会主义和谐社会提供人才保障和智力支持。",
  annualGoal: "1.对区、街道、社区及社会组织中长期从事社会工作人员进行培训及给予2019年取得社会工作师证书人员一次性奖励金。2.在条件成熟的社区建立社会工作站，及时了解社区居民诉求，开展相关活动，建设和谐社区。3.打造社工人才培育中心，同时引进3名优秀社会工作人才参与到社区治理建设中。",
  table: {
    overview: "社会工作人才管理经费;街道与社区社会工作站建设经费;社会工作发展经费",
    basis: "《中共昆明市呈贡区委 昆明市呈贡区人民政府关于创新体制机制加强人才工作的实施意见 （呈发〔2017〕9号）、《中共昆明市呈贡区委 昆明市呈贡区人民政府关于创新体制机制加强人才工作的实施意见 （呈发〔2017〕9号、呈人才办[2012]2号及区委组织部通知；呈党人才〔2015〕1号",
  },
  indicators: [
    [P, "数量指标", "长期从事社会工作人员培训", "约600人", "长期从事社会工作人员培训", "约200人"],
    [P, "数量指标", "社会工作师和助理社会工作师奖励", "约30人", "社会工作师和助理社会工作师奖励", "预计10人"],
    [P, "数量指标", "建设社会工作站", "约6个", "建设社会工作站", "计划2个"],
    [P, "数量指标", "引进优秀社工", "约9人", "引进优秀社工", "3人"],
    [P, "质量指标", "发放准确率", "100%", "发放准确率", "100%"],
    [P, "质量指标", "发放及时率", "100%", "发放及时率", "100%"],
    [P, "时效指标", "2020年11月底", "全部完成", "2020年11月底", "全部完成"],
    [P, "成本指标", "社会工作人员培训人均每天标准", "170元", "社会工作人员培训人均每天标准", "170元"],
    [P, "成本指标", "社会工作师和助理社会工作师奖励人均发放标准", "5000元", "社会工作师和助理社会工作师奖励人均发放标准", "5000元"],
    [P, "成本指标", "建设社会工作站标准", "145000元", "建设社会工作站标准", "145000元"],
    [P, "成本指标", "开展呈贡区社工人才培育中心工作经费", "约300000元", "开展呈贡区社工人才培育中心工作经费", "100000元"],
    [P, "成本指标", "社会组织发展中心工作经费", "约240000元", "社会组织发展中心工作经费", "80000元"],
    [P, "成本指标", "引进优秀社工工资人均发放标准", "约5000元", "引进优秀社工工资人均发放标准", "5000元"],
    [P, "社会效益指标", "社会工作者培训率", "90%", "社会工作者培训率", "90%"],
    [P, "社会效益指标", "社区服务能力提升", "95%", "社区服务能力提升", "95%"],
    [P, "社会效益指标", "社工人才增长率", "100%", "社工人才增长率", "100%"],
    [S, "可持续影响指标", "社区各项工作持续开展", "98%", "社区各项工作持续开展", "98%"],
    [S, "可持续影响指标", "建立社会工作人才培养", "95%", "建立社会工作人才培养", "95%"],
    [S, "服务对象满意度指标", "居民满意率", "98%", "居民满意率", "95%"],
  ],
  guaranteeMeasures: "按照《中共昆明市呈贡区委 昆明市呈贡区人民政府关于创新体制机制加强人才工作的实施意见 （呈发〔2017〕9号）、《中共昆明市呈贡区委 昆明市呈贡区人民政府关于创新体制机制加强人才工作的实施意见 （呈发〔2017〕9号、呈人才办[2012]2号及区委组织部通知；呈党人才〔2015〕1号文件要求，全面开展工作。",
  performanceNotes: PERFORMANCE_NOTES,
  responsiblePerson: "李波",
  filler: "李佳",
  filledOn: "2019/10/31",
};

// ── 001 ──
export const COMMUNITY_BUILDING_2020: Declaration2020 = {
  name: "社区建设管理工作经费",
  basis: [
    "1.《中共云南省委办公厅印发<关于进一步加强社区党的建设工作的意见>的通知》（云办发〔2010〕18号）；",
    "2.《中华人民共和国村民委员会组织法》；",
    "3.《昆明市呈贡区人民政府关于印发呈贡区城市社区经费管理实施办法（试行）的通知》（呈政发〔2017〕55号）。",
  ],
  overview: [
    "1.加强社区干部政治和业务素质，积极性，让他们更好完成社区各项管理和服务工作。",
    "2.完善社区设施，提高社区服务水平。",
    "3.加强社区协商工作，实现社区自治、社区民主管理。",
  ],
  content: [
    "1.督促指导社区按程序要求做好居务公开和民主管理工作，全面实施“四议两公开”工作制度，确保实现“民主选举、民主监督、民主管理、民主决策”。",
    "2.组织开展宣传培训、召开相关会议、印制选票以及到街道、社区指导换届选举工作等，确保呈贡区社区居委会、监委会换届选举工作的顺利开展和圆满结束。",
  ],
  fundLines: [
    { name: "社区居委会工作经费", amount: "870000元", plan: "社区居委会工作经费：2020年6月拨付29个“村改居”社区的工作经费。" },
    { name: "社区干部教育培训经费", amount: "180000元", plan: "社区干部教育培训经费：于2020年6月至7月完成拨付社区干部培训经费。" },
    { name: "社区干部补选工作经费", amount: "30000元", plan: "社区干部补选工作经费：2020年11月前拨付打印社区补选选票、选民证等材料的印制费用。" },
    {
      name: "专职社区工作者公开招聘及社工人才招聘经费、制作呈贡区社区规划图", amount: "120000元",
      plan: "专职社区工作者公开招聘及社工人才招聘经费、制作呈贡区社区规划图：2020年11月前拨付委托方相关费用。",
    },
  ],
  total: "1200000元",
  effects: "按照十九大报告及中央、省、市对社区治理工作的新要求，呈贡区立足辖区实际，推动建立“党建引领、专业助力、多元共治”的社区治理新格局，立足呈贡区辖区实际，在完善城市社区建设的同时，针对辖区内社会工作起步晚、社会力量活力不足的局面，创新社区治理服务的模式。",
  funding: { medium: { total: "360万元", county: "360万元" }, annual: { total: "120万元", county: "120万元" } },
  mediumGoal: "1.随着城市化进程的日益加快，城市人口数量迅速扩张，流动人口大量增加，利益冲突增多，社会矛盾多发，提升社区在城市管理中的作用和水平已日显急迫，社区党的建设面临更新、更高的要求。2.全面按照上级要求做好各项经费专款专用。3.完善社区设施，提高社区服务水平。3.督促指导社区按程序要求做好居务公开和民主管理工作，全面实施“四议两公开”工作制度，确保实现“民主选举、民主监督、民主管理、民主决策”",
  annualGoal: "1.加强社区干部政治和业务素质，积极性，让他们更好完成社区各项管理和服务工作 2.完善社区设施，提高社区服务水平 3.督促指导社区按程序要求做好居务公开和民主管理工作，全面实施“四议两公开”工作制度，确保实现“民主选举、民主监督、民主管理、民主决策”4.组织开展宣传培训、召开相关会议、印制选票以及到街道、社区指导换届选举工作等，确保呈贡区社区居委会、监委会换届选举工作的顺利开展和圆满结束。5.加强社区协商工作，实现社区自治、社区民主管理。",
  table: {
    overview: "包括社区居委会工作经费；社区干部培训经费；社区居委会、监委会补选工作经费；专职社区工作者公开招聘经费；社区规划图制作经费",
    basis: "云办发〔2010〕8号、呈新综办发[2016]1号；呈综办通[2011]232号、《中华人民共和国村民委员会组织法》、《云南省村民委员会选举办法》",
  },
  indicators: [
    [P, "数量指标", "社区居民委员会工作经费", "87个", "社区居民委员会工作经费", "29个"],
    [P, "数量指标", "社区干部培训", "600人--700人", "社区干部培训", "200人"],
    [P, "质量指标", "发放及时率", "100%", "发放及时率", "100%"],
    [P, "质量指标", "发放准确率", "100%", "发放准确率", "100%"],
    [P, "时效指标", "2020年11月底", "全部完成", "2020年11月底", "全部完成"],
    [P, "成本指标", "社区居民委员会工作经费标准", "约3万元", "社区居民委员会工作经费标准", "3万元"],
    [P, "成本指标", "社区干部培训1年2期", "约6期", "社区干部培训（3天）每人每天标准", "300元"],
    [P, "成本指标", "社区干部补选工作经费", "约3万元", "社区干部补选工作经费", "30000元"],
    [P, "社会效益指标", "聘请高素质的社区工作者", "85%", "聘请高素质的社区工作者", "85%"],
    [P, "社会效益指标", "社区干部参加培训率", "100%", "社区干部参加培训率", "100%"],
    [S, "可持续影响指标", "社区各项工作持续开展", "98%", "社区各项工作持续开展", "98%"],
    [S, "可持续影响指标", "提高社区干部的履职能力", "95%", "提高社区干部的履职能力", "95%"],
    [S, "服务对象满意度指标", "居民满意度", "95%", "居民满意度", "95%"],
  ],
  guaranteeMeasures: "呈办通〔2019〕9号 关于印发《呈贡区社区“五类人员”清理工作实施方案》的通知、呈民联通〔2019〕5号 呈贡区民政局 中昆明市呈贡区委组织部等四部门印发《呈贡区专职社区工作者管理办法》的通知",
  performanceNotes: PERFORMANCE_NOTES,
  responsiblePerson: "李波",
  filler: "李佳",
  filledOn: "2019/12/13",
};

// ───────────── Seeding ─────────────

async function seedOne(tx: Tx, d: Declaration2020, { districtId, bureauId, createdById }: Seed2020Options): Promise<string> {
  const existing = await tx.performanceDeclaration.findFirst({ where: { bureauId, kind: "PROJECT", year: 2020, name: d.name }, select: { id: true } });
  if (existing) return existing.id;

  const lines = d.fundLines.map((l) => ({ ...l, yuan: yuan(l.amount) }));
  // The total is the 合计 line as written, not the sum of the lines: in 000 they differ (see its fundLines).
  const total = yuan(d.total);
  for (const h of [d.funding.medium, d.funding.annual]) {
    if (wanToYuan(h.total) !== wanToYuan(h.county)) throw new Error(`demo declarations 2020: ${d.name}'s 总投入 ${h.total} is not its 县（市）区级财政 ${h.county}`);
  }

  const created = await tx.performanceDeclaration.create({
    data: {
      districtId, kind: "PROJECT", year: 2020, bureauId, category: "SPECIFIC", name: d.name, title: TITLE, ...UNIT,
      basis: d.basis.join("\n"), overview: d.overview.join("\n"), content: d.content.join("\n"), summary: d.table.overview, basisSummary: d.table.basis,
      // 项目实施计划 as written: each paragraph is "N." + its fund line's plan.
      plan: d.fundLines.map((l, i) => `${i + 1}.${l.plan}`).join("\n"),
      effects: d.effects, period: PERIOD, totalAmount: total, mediumGoal: d.mediumGoal, annualGoal: d.annualGoal,
      guaranteeMeasures: d.guaranteeMeasures, performanceNotes: d.performanceNotes, responsiblePerson: d.responsiblePerson,
      filler: d.filler, filledOn: writtenDate(d.filledOn), status: "ACCEPTED", createdById,
    },
    select: { id: true },
  });
  const declarationId = created.id;
  await tx.declarationFundLine.createMany({ data: lines.map((l, i) => ({ declarationId, seq: i + 1, name: l.name, amount: l.yuan, plan: l.plan })) });
  await tx.declarationFunding.createMany({
    data: [
      { declarationId, horizon: "MEDIUM", level: "COUNTY", amount: wanToYuan(d.funding.medium.county) },
      { declarationId, horizon: "ANNUAL", level: "COUNTY", amount: wanToYuan(d.funding.annual.county) },
    ],
  });
  await tx.performanceIndicator.createMany({ data: indicatorRows(declarationId, d.indicators) });
  return declarationId;
}

export type Seed2020Options = { districtId: string; bureauId: string; createdById: string };

export type DemoDeclarations2020 = {
  /** 000: 社会工作发展经费. */
  socialWorkDevelopmentId: string;
  /** 001: 社区建设管理工作经费. */
  communityBuildingId: string;
};

/**
 * Seeds 000 and 001 as declarations of the given bureau (昆明市呈贡区民政局). Idempotent: a declaration already
 * there (same bureau, year 2020, kind PROJECT and name) is reused, not duplicated.
 */
export async function seedDemoDeclarations2020(tx: Tx, options: Seed2020Options): Promise<DemoDeclarations2020> {
  return {
    socialWorkDevelopmentId: await seedOne(tx, SOCIAL_WORK_DEVELOPMENT_2020, options),
    communityBuildingId: await seedOne(tx, COMMUNITY_BUILDING_2020, options),
  };
}
