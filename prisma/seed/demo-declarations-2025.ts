// Demo performance-target declarations from two real documents (seeds 002 and 003), complete and as written:
//
// - 002: 中共昆明市呈贡区委社会工作部's 2026 project declaration 社会治理工作经费 (newer indicator format with
//   指标性质 / 度量单位 / 指标属性 / 评（扣）分标准 / 指标内容 / 设定依据及数据来源), declared by a second bureau row of
//   the demo district (呈贡区).
// - 003: 中共攀枝花市仁和区委社会工作部's 2025 部门（单位）整体支出绩效目标申报表 with its eight project tables, in a
//   second demo district 攀枝花市仁和区 (510411) that this seed creates.
//
// Both were approved long ago, so they are ACCEPTED (the documents give no submission or approval dates, nor
// 填表人 / 负责人 / 日期, so those stay empty).
//
// How the documents' text is kept: every paragraph exactly as written (typos, mixed （）/() brackets, "；。",
// the two 「四是」 and all), one paragraph per line; what the Word-to-text dump added is dropped — empty
// paragraphs, padding spaces at the end of a paragraph, and the line break Word put inside the narrow label
// cells ("社会效益\n指标" → "社会效益指标"). Spaces inside a paragraph are kept (the 37 spaces the author typed in
// 002's 设定依据 to push 「三、」 onto a new line included).
//
// Money: 万元 in the documents → 元 exactly via parseWan (integer 分) and toDecimalString; never a float.
import type { Prisma } from "../../src/generated/prisma/client";
import type { ExpenditureCategory, IndicatorDimension, IndicatorKind } from "../../src/generated/prisma/enums";
import { parseWan, sumFen, toDecimalString } from "../../src/lib/money";
import { classifyIndicator, OPERATOR_SYMBOLS, readIndicatorValue } from "../../src/features/declarations/values";

type Tx = Prisma.TransactionClient;

/** 万元 as written ("12.63万元", "15.00万", "682.42") → "126300.00" 元 for a numeric(14,2) column. */
export function wanToYuan(text: string): string {
  const fen = parseWan(text);
  if (fen === null) throw new Error(`demo declarations: not an amount in 万元: ${text}`);
  return toDecimalString(fen);
}

// ───────────── Indicator values ─────────────
// Read as the app reads a typed row (src/features/declarations/values.ts).

export { readIndicatorValue };
const OPERATORS = OPERATOR_SYMBOLS;

function classify(level1Label: string, level2Label: string, name: string): { kind: IndicatorKind; dimension: IndicatorDimension | null } {
  const c = classifyIndicator(level1Label, level2Label, name);
  if (!c) throw new Error(`demo declarations: unknown 一级指标 ${level1Label}`);
  return c;
}

// ───────────── 002: 社会治理工作经费 (呈贡区, 2026) ─────────────

const CG_BUREAU = "中共昆明市呈贡区委社会工作部";
const CG_UNIT = "中国共产党昆明市呈贡区委员会社会工作部";

const CG_BASIS_TARGETS = [
  "一、呈发〔2017〕9号 关于创新体制机制加强人才工作的实施意见。",
  `二、呈社建通〔2022〕2号 关于印发《呈贡区推进民生小实事实施方案（试行）》的通知。${" ".repeat(37)}三、呈财联〔2021〕5号-关于调整呈贡区区级机关培训费综合定额标准的通知/`,
].join("\n");
const CG_CONTENT_GOVERNANCE = "统筹推进党建引领基层治理和基层政权建设，协调推进城乡社区治理体系和治理能力建设，推动基层民主政治建设。社区治理和志愿服务。提高社区治理能力，完成25个民生小实事的验收支付，组织全区志愿服务，提升志愿服务质量";

export const CHENGGONG_2026 = {
  title: "2026年社会治理工作经费项目",
  name: "社会治理工作经费",
  basis: [
    "(一)呈发〔2017〕9号 关于创新体制机制加强人才工作的实施意见。",
    "（二）呈社建通〔2022〕2号 关于印发《呈贡区推进民生小实事实施方案（试行）》的通知。",
    "（三）呈财联〔2021〕5号-关于调整呈贡区区级机关培训费综合定额标准的通知。",
  ].join("\n"),
  unitName: CG_UNIT,
  unitOrgCode: "11530121MB08424272",
  unitAddress: "昆明市呈贡区惠景园D8栋903-911室",
  unitPhone: "0871-63540564",
  legalRepresentative: "付文刚",
  fundingSource: "财政全额拨款",
  unitOverview: "我部门编制2026年部门预算单位共1个。其中：财政全额供给单位1个；在职人员编制10人，其中：行政编制 10人，事业编制0人。在职实有9人，其中： 财政全供养 5人，财政部分供养0人，非财政供养0人。离退休人员 0人，其中：离休 0人，退休 0人。车辆编制0辆，实有车辆0辆。",
  overview: "推动完善党全面领导基层治理制度；承担党建引领城乡社区服务体系建设的相关工作；承担健全社会参与机制、推动完善基层治理平台建设工作；指导监督城市有效实施基层群众自治制度、居民委员会规范化建设；组织拟定党建引领城乡社区治理和基层政权的规划、政策、制度和标准并指导实施工作。推动基层治理信息化建设相关工作，配合做好村（社区）干部培训工作。负责全区志愿服务工作的统筹规划、协调指导、督促检查。推动社会工作人才队伍建设。",
  content: [
    "(一)呈贡区2026年度民生小实事项目经费。每个街道申报不少于5个项目，按照“居民凑钱处理出招，政府补助，社会支持”的原则，评选群众关注度高，受益面大的民生小实事进行补助。按工程类项目每个补助不高于50万元，服务类项目每个补助不高于5万元的标准，2026年计划支持项目不少于10个。",
    "（二)党建引领基层治理项目工作经费。结合基层治理需求，每个街道申报不少于2个项目，按照社区自筹、街道支持、区级比选的原则开展，每个项目支持资金不高于3万，对4-5个项目给予支持，并支付呈贡区2025年党建引领基层治理服务项目督导评估尾款1.5万元。",
    "（三）社工和志愿服务经费。一是“3.5学雷锋志愿服务日”活动经费和“12.5国际志愿日”活动经费各1.5万元；二是社区+高校志愿者服务项目竞赛，择优支持6个项目，每个项目平均支持2万元。",
  ].join("\n"),
  // 六、资金安排情况: name and amount as written (the third line says "万", not "万元"); each line's 实施计划 is the
  // matching paragraph of 七、项目实施计划 without its （一）/（二）/（三） marker (the whole section is `plan`).
  fundLines: [
    {
      name: "呈贡区2026年度民生小实事项目经费", amount: "12.63万元",
      plan: "民生小实事项目。根据各街道社区申报项目，按照“居民凑钱出力出招，政府补助，社会支持”的原则，经审议评估后，于年9月前选择3-5个项目，预计补助项目共5个，",
    },
    {
      name: "党建引领基层治理项目工作经费", amount: "13.50万元",
      plan: "党建引领基层治理项目工作经费。结合基层治理需求，每个街道申报不少于2个项目，按照社区自筹、街道支持、区级比选的原则开展，每个项目支持资金不高于3万，对4-5个项目给予支持，并支付呈贡区2025年党建引领基层治理服务项目督导评估尾款1.5万元。计划在10月前完成。",
    },
    {
      name: "社工和志愿服务经费", amount: "15.00万",
      plan: "社工和志愿服务经费。3月5日和12月5日开展呈贡区集中志愿服务活动，一是“3.5学雷锋志愿服务日”活动经费和“12.5国际志愿日”活动经费各1.5万元；二是社区+高校志愿者服务项目竞赛，择优支持6个项目，每个项目平均支持2万元。",
    },
  ],
  planMarkers: ["（一）", "（二）", "（三）"],
  effects: "健全社会参与机制、推动完善基层治理平台建设，社会组织工作和服务正常开展，全区志愿服务工作全面开展并正常运行，社会治理能力得到较大提升，社区居民幸福感和得到较大提升。",
  // 中长期绩效目标(2026年-2028年) / 年度绩效目标(2026年).
  mediumGoal: "负责党建引领基层治协调机制的联系协调和具体推动，推动完善党全面领导基层治理制度；承担党建引领城乡社区服务体系建设的相关工作；承担健全社会参与机制、推动完善基层治理平台建设工作；指导监督城市有效实施基层群众自治制度、居民委员会规范化建设；推动基层治理信息化建设相关工作，配合做好村（社区）干部培训工作；推动社会工作人才队伍建设、志愿者服务人才队伍建设和阵地建设工作，协调推动志愿服务体系建设工作。",
  annualGoal: "一是组织全区相关单位及试点社区干部到先进地区学习社会治理经验，二是完成呈贡区20件民生小实事项目验收。三是打造基层社会治理三年攻坚行动、基层社会治理三年行动、城乡美化试点工作打造、社区亲民化改造等专项项目。四是引进5个社会组织对现有社工类社会组织运行情况进行梳理，开展工作指导；结合基层治理需求，培育发展社会组织；四是引进省内外优秀社工组织，助力呈贡社会工作开展 ；五是承担协调推动志愿服务体系建设工作；组织开展全区性、示范性服务重大活动；六是按季度发放楼栋长工作经费，保障社会工作正常有序开展。",
  // The level-1 / level-2 heading rows of the table ("空" in every other cell) are not indicators.
  indicators: [
    {
      level1Label: "产出指标", level2Label: "数量指标", name: "党建引领基层社区数量", nature: "=", value: "58个", unit: "个", attribute: "001", scoringRule: "完不成扣分",
      content: "一是组织58个社区干部到先进地区学习社会治理经验，二是完成呈贡区25件民生小实事项目验收。四是引进5个社会组织对现有社工类社会组织运行情况进行梳理，开展工作指导；。",
      basis: null,
    },
    {
      level1Label: "产出指标", level2Label: "质量指标", name: "民生小实事合格率", nature: ">=", value: "100%", unit: "%", attribute: "002", scoringRule: "完不成扣分",
      content: CG_CONTENT_GOVERNANCE, basis: CG_BASIS_TARGETS,
    },
    {
      level1Label: "效益指标", level2Label: "社会效益", name: "社会效益指标", nature: ">=", value: "98%", unit: "%", attribute: "002", scoringRule: "完不成扣分",
      content: CG_CONTENT_GOVERNANCE, basis: CG_BASIS_TARGETS,
    },
    {
      level1Label: "满意度指标", level2Label: "服务对象满意度", name: "社区干部、社区居民、社会组织机构满意度", nature: ">=", value: "100%", unit: "%", attribute: "002", scoringRule: "完不成扣分",
      content: "社区干部、社区居民、社会组织机构满意度",
      basis: [
        "一、呈社建办通〔2020〕6号 中共昆明市呈贡区委社会建设工作领导小组办公室关于印发《昆明市呈贡区楼栋长日常管理规定（试行）》的通知。",
        "二、呈发〔2017〕9号 关于创新体制机制加强人才工作的实施意见。",
      ].join("\n"),
    },
  ],
} as const;

// ───────────── 003: 仁和区委社会工作部 部门整体 (2025) and its eight projects ─────────────

const RH_BUREAU = "中共攀枝花市仁和区委社会工作部";

/** [一级指标, 二级指标, 三级指标, 指标值（包含数字及文字描述）] as written; merged cells filled in from the row above. */
type Row = readonly [level1Label: string, level2Label: string, name: string, value: string];

export const RENHE_2025 = {
  district: { name: "仁和区", cityName: "攀枝花市", code: "510411" },
  title: "部门（单位）整体支出绩效目标申报表",
  // 预算资金（万元）: 年度资金总额 合计 / 财政资金 / 其他资金 (其他资金 empty in every row).
  total: "682.42",
  categories: [
    { category: "PERSONNEL", fiscal: "189", other: null }, // 其中：人员类项目支出
    { category: "OPERATING_PUBLIC", fiscal: "16.47", other: null }, // 运转类项目支出 · 公用经费项目支出
    { category: "OPERATING_OTHER", fiscal: "468.95", other: null }, // 运转类项目支出 · 其他运转类项目支出
    { category: "SPECIFIC", fiscal: "8", other: null }, // 特定目标类项目经费
  ] as const satisfies readonly { category: ExpenditureCategory; fiscal: string; other: string | null }[],
  annualGoal: "深入学习贯彻总书记的重要论述，全面落实中央社会工作会议部署要求，增强做好新时代社会工作的责任感使命感，坚定不移走中国特色社会主义社会治理之路。突出抓好新经济组织、新社会组织、新就业群体党建工作，坚持“管行业就要管党建”，推进“两个覆盖”提质增效，整合各类服务站点资源，做实新业态新就业群体关爱服务，不断增强党在新兴领域的号召力凝聚力影响力。抓好党建引领基层治理和基层政权建设，持续发力破解“小马拉大车”突出问题，对标落实好各项任务清单，加强镇街社工站建设，让为基层减负赋能成效可感可及。",
  // The department table has no 三级指标 column: name "" and the whole 指标值 text in annualValue.
  indicators: [
    ["基本经费", "数量指标", "", "财政供养人员行政4人，事业5人；公用经费配备标准：8000元/人"],
    ["基本经费", "质量指标", "", "人员经费保障率100%；公用经费保障率100%"],
    ["基本经费", "时效指标", "", "2025年1月—2025年12月"],
    ["基本经费", "成本指标", "", "人员类经费189万元；基本运转公用经费16.47万元"],
    ["项目经费", "数量指标", "", "2025年度其他运转类预算项目7个，特定目标类预算项目1个，共8个项目实施"],
    ["项目经费", "质量指标", "", "项目完成率100%"],
    ["项目经费", "时效指标", "", "2025年"],
    ["项目经费", "成本指标", "", "其他运转类项目经费468.95万元；特定目标类项目经费8万元，共计476.95万元"],
    ["效益指标", "社会效益指标", "", "全面履行相关职能职责，保证机构正常运行，通过项目的实施，确保资金使用效率，保障各项工作进展顺利，确保完成年度目标任务，通过项目实施保障社会工作事业发展"],
    ["效益指标", "可持续影响指标", "", "保障工作平稳运行，促进建设充满活力、和谐有序的社会环境"],
    ["满意度指标", "满意度指标", "", "服务对象满意度≥90%"],
  ] as const satisfies readonly Row[],
  projects: [
    {
      category: "OPERATING_OTHER", title: "其他运转类项目支出绩效目标申报表", name: "村（社区）常职干部及社工绩效经费", total: "260", fiscal: "260", other: null,
      goal: "通过绩效考核，进一步调动村（社区）干部的工作积极性和主动性，推动村（社区）各项工作的顺利开展，为共同富裕打下坚实基础。按照《关于进一步完善村（社区）工作激励保障机制加强党的基层组织建设和推进社会治理创新的意见》（攀仁委办〔2014〕2号）文件，村（社区）绩效考核计算公式：考核绩效=｛年度基本报酬×30%×工作量系数的合计系数×工作绩效系数的合计系数-（年度基本报酬×30%）｝×28.5%，全区核定总绩效资金260万元。",
      indicators: [
        ["项目完成", "数量指标", "村（社区）常职干部及社工人数", "536人"],
        ["项目完成", "质量指标", "考核合格率", "100%"],
        ["项目完成", "时效指标", "完成时效", "2025年"],
        ["项目完成", "成本指标", "村（社区）常职干部及社工绩效补贴", "260万元"],
        ["项目效益", "社会效益指标", "促进村（社区）干部积极性", "村（社区）工作积极性、主动性有效提高"],
        ["项目效益", "社会效益指标", "促进基层治理", "基层治理水平明显提升"],
        ["满意度指标", "满意度指标", "考核对象满意度", "≥95%"],
      ],
    },
    {
      category: "OPERATING_OTHER", title: "其他运转类项目支出绩效目标申报表", name: "区社会工作综合服务中心3名社工经费", total: "20.28", fiscal: "20.28", other: null,
      goal: "推动社会工作综合服务工作的顺利开展，为共同富裕打下坚实基础，仁和区社工总站（区级社会工作综合服务中心）设置3名社工岗位，社工基本报酬4000元/人.月，五险一金1631元/人.月，3人一年经费合计20.2726万元。",
      indicators: [
        ["项目完成", "数量指标", "社区工作者报酬", "社区工作者月基本报酬4000元/人，五险一金单位承担部分每月1631.28元/人"],
        ["项目完成", "质量指标", "考核合格率", "100%"],
        ["项目完成", "时效指标", "完成时效", "2025年"],
        ["项目完成", "成本指标", "3名社区工作者报酬", "20.28万元"],
        ["项目效益", "社会效益指标", "促进村（社区）干部积极性", "切实为村（社区）赋能，基层干部工作积极性、主动性有效提高"],
        ["项目效益", "社会效益指标", "社区工作者职业体系", "基本形成并不断完善优化"],
        ["项目效益", "社会效益指标", "破解“小马拉大车”突出问题", "社区工作者力量配备进一步加强"],
        ["满意度指标", "可持续影响指标", "服务对象满意度", "≥90%"],
      ],
    },
    {
      category: "OPERATING_OTHER", title: "其他运转类项目支出绩效目标申报表", name: "城乡基层治理实施经费", total: "8", fiscal: "8", other: null,
      goal: "持续深入开展破解“小马拉大车”突出问题，在大河中路街道、仁和镇、前进镇、平地镇的6个村（社区）开展服务创新型、贴心关爱型、人文生态型、智慧科技型、幸福和睦型项目。形成一批治理体系更加健全、治理能力明显提高的典型，选树为全省、全市城乡基层治理示范点位，打造成城乡基层治理的引领力量，带动全区城乡基层治理体系建设，促进建设充满活力、和谐有序的社会环境。",
      indicators: [
        ["项目完成", "数量指标", "持续深入开展破解“小马拉大车”突出问题", "按照省、市工作要求，部分工作取得阶段性成效"],
        ["项目完成", "数量指标", "创特色项目实施，建立城乡基层治理体系", "全面完成红旗村、老街社区、仁和街社区、大河中路社区、高峰村、迤沙拉村创特色项目实施，并接受省级验收，定期对乡镇（街道）、村（社区）城乡基层治理工作进行督促指导"],
        ["项目完成", "质量指标", "目标任务完成率", "100%"],
        ["项目完成", "时效指标", "目标任务完成时限", "2025年底前"],
        ["项目完成", "成本指标", "持续深入开展破解“小马拉大车”突出问题", "召开专题会议，印制相关会议资料，开展工作培训，共需4万元"],
        ["项目完成", "成本指标", "创特色项目实施，建立城乡基层治理体系", "全面完成6个村（社区）省级创特色项目实施并接受省级验收，并积极申报新年度城乡社区治理优化提升行动项目，需4万元"],
        ["项目效益", "社会效益指标", "党对城乡基层治理的集中统一领导", "到2025年底，基本形成简约高效、功能完备的城乡基层治理体系，聚力构建党建引领、多元共治的城乡基层治理新格局"],
        ["满意度指标", "满意度指标", "主管部门满意度", "≥90%"],
      ],
    },
    {
      category: "OPERATING_OTHER", title: "其他运转类项目支出绩效目标申报表", name: "“两新”工委实施经费和“两企三新”行业协会商会党建经费", total: "15", fiscal: "15", other: null,
      goal: "1.指导“两企三新”行业协会商会党的建设“两个覆盖”提档升级，党组织覆盖率要达80%；\n2.深入开展习近平新时代中国特色社会主义思想主题教育培训，推动全区“两企三新”行业协会商会党的建设工作质量。",
      indicators: [
        ["项目完成", "数量指标", "“两新”党组织数量", "党总支1个，原有党支部55个，拟新建12个党支部"],
        ["项目完成", "质量指标", "党组织覆盖率", "党组织覆盖率达80%"],
        ["项目完成", "质量指标", "提升“两企三新”组织党建工作质量", "组织“两企三新”组织出资人、党组织书记、党务工作者、党建指导员参与培训及“评优评先”，提高积极性，提升党建工作质量"],
        ["项目完成", "时效指标", "目标任务完成及时率", "100%"],
        ["项目完成", "成本指标", "党建经费补助", "“两新”党组织党委每个补助10000元/年；党总支每个补助5000元/年；新建党支部每个补助5000元/年；原有党支部每个补助3000元/年"],
        ["项目效益", "社会效益指标", "发挥基层党组织战斗堡垒作用", "提升“两企三新”行业协会商会党建工作质量，发挥基层党组织战斗堡垒作用、党员先锋模范作用以及政治核心作用，加大“两企三新”行业协会商会组织党员发展力度，团结带领党员立足岗位作贡献"],
        ["项目效益", "社会效益指标", "扩大党建工作覆盖面", "“两企三新”行业协会商会党组织发挥政治核心作用，保证正确政治方向，促进“两企三新”行业协会商会健康持续发展"],
        ["满意度指标", "满意度指标", "服务对象满意度", "≥90%"],
      ],
    },
    {
      category: "OPERATING_OTHER", title: "其他运转类项目支出绩效目标申报表", name: "社区工作者薪酬", total: "148.67", fiscal: "148.67", other: null,
      goal: "《中共中央办公厅、国务院办公厅关于加强社区工作者队伍建设的意见》明确“每万城镇常住人口拥有社区工作者18人”，根据市统计局《2023年常住人口及城镇化率》，仁和区常住人口：26.75万人，含金江镇2.07万人，城镇化率60.1%，城镇常住人口为14.83万人，需配备社区工作者267名，2021年换届确定全区社区工作者职数为245名，需新增22名社区工作者。",
      indicators: [
        ["项目完成", "数量指标", "社区工作者报酬", "社区工作者月基本报酬4000元/人，五险一金单位承担部分每月1631.28元/人"],
        ["项目完成", "质量指标", "考核合格率", "100%"],
        ["项目完成", "时效指标", "完成时效", "2025年"],
        ["项目完成", "成本指标", "新增22名社区工作者报酬", "148.67万元"],
        ["项目效益", "社会效益指标", "促进村（社区）干部积极性", "切实为村（社区）赋能，基层干部工作积极性、主动性有效提高"],
        ["项目效益", "社会效益指标", "社区工作者职业体系", "基本形成并不断完善优化"],
        ["项目效益", "社会效益指标", "破解“小马拉大车”突出问题", "社区工作者力量配备进一步加强，到2025年底，城镇每万名常住人口配备18名社区工作者"],
        ["满意度指标", "满意度指标", "服务对象满意度", "≥95%"],
      ],
    },
    {
      category: "OPERATING_OTHER", title: "其他运转类项目支出绩效目标申报表", name: "村干部“花城保”经费", total: "5", fiscal: "5", other: null,
      goal: "提高村干部报酬和保障水平，全额补助村干部参加“花城保”，作为大病保障补充。",
      indicators: [
        ["项目完成", "数量指标", "村干部职数和补助标准", "仁和区现有村干部291人，“花城保”79元/人年"],
        ["项目完成", "质量指标", "覆盖率", "100%"],
        ["项目完成", "时效指标", "完成时效", "2025年"],
        ["项目完成", "成本指标", "全额参保", "5万元"],
        ["项目效益", "社会效益指标", "提高村干部报酬和保障水平，促进村干部积极性", "提高村干部报酬和保障水平，促进村干部积极性"],
        ["满意度指标", "可持续影响指标", "服务对象满意度", "≥95%"],
      ],
    },
    {
      category: "OPERATING_OTHER", title: "其他运转类项目支出绩效目标申报表", name: "志愿服务和社工队伍建设经费", total: "12", fiscal: "12", other: null,
      goal: "深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育，加强全区社工队伍建设，进一步提升我区社会工作人才队伍的专业素养和实践能力，着力提升基层治理水平，补齐问题短板。",
      indicators: [
        ["项目完成", "数量指标", "社区工作者招录及职业水平考前培训", "组织80余名社区工作者开展3—5天社区工作者职业水平考试考前培训；通过公开招考方式补充招录33名社区工作者"],
        ["项目完成", "数量指标", "志愿服务活动开展", "开展“春送岗位、夏送清凉、金秋送学、冬送温暖”主题志愿服务系列活动，集中开展大型志愿服务2次，适时组织开展相关服务活动3000余次，服务居民3万余人次"],
        ["项目完成", "质量指标", "社工人才服务能力", "显著提升"],
        ["项目完成", "质量指标", "志愿服务工作规范化发展", "全面壮大志愿服务队伍"],
        ["项目完成", "时效指标", "目标任务完成及时率", "100%"],
        ["项目完成", "成本指标", "加强社工队伍建设和开展志愿服务活动经费", "强化学习，开展社区工作者职业水平考试考前学习培训，开展社区工作者招考工作，开展志愿服务活动等，在前进镇、仁和镇、大河中路街道开展“五社联动”工作试点等工作经费"],
        ["项目效益", "社会效益指标", "社会工作人才队伍、志愿服务人才队伍建设", "推动社区工作者职业水平、志愿者队伍能力不断提升，提高社区工作者配备数量，切实为基层赋能"],
        ["项目效益", "社会效益指标", "志愿服务体系建设", "打造“四季送”志愿服务品牌，开展“春送岗位、夏送清凉、金秋送学、冬送温暖”主题志愿服务系列活动"],
        ["满意度指标", "可持续影响指标", "服务对象满意度", "≥90%"],
      ],
    },
    {
      category: "SPECIFIC", title: "特定目标类项目支出绩效目标申报表", name: "村（社区）换届工作经费", total: "8", fiscal: "8", other: null,
      goal: "根据《中华人民共和国村民委员会组织法》《中华人民共和国城市居民委员会组织法》，按照省、市、区委工作安排，启动第十二届13个乡镇（街道）81个村（社区）换届工作，涉及人数980余名村（社区）、组干部。",
      indicators: [
        ["项目完成", "数量指标", "村（社区）、组换届涉及干部人数", "980人"],
        ["项目完成", "质量指标", "考核合格率", "100%"],
        ["项目完成", "时效指标", "完成时效", "2025年"],
        ["项目完成", "成本指标", "换届工作业务培训，到乡镇村（社区）开展业务指导，监督检查，宣传、氛围营造等工作", "8万元"],
        // The document has no 项目效益 cell here: this row sits in the 项目完成 block (see classify).
        ["项目完成", "社会效益指标", "全面完成村（社区）、组换届工作", "100%"],
        ["满意度指标", "满意度指标", "考核对象满意度", "≥95%"],
      ],
    },
  ] as const satisfies readonly {
    category: ExpenditureCategory; title: string; name: string; total: string; fiscal: string; other: string | null; goal: string; indicators: readonly Row[];
  }[],
} as const;

function indicatorRows(declarationId: string, rows: readonly Row[]): Prisma.PerformanceIndicatorCreateManyInput[] {
  return rows.map(([level1Label, level2Label, name, value], i) => {
    const { operator, target, unit } = readIndicatorValue(value);
    return { declarationId, seq: i + 1, ...classify(level1Label, level2Label, name), level1Label, level2Label, name, operator, annualValue: value, target, unit };
  });
}

async function findOrCreateBureau(tx: Tx, districtId: string, name: string, contact: { address?: string; phone?: string } = {}) {
  const existing = await tx.bureau.findUnique({ where: { districtId_name: { districtId, name } }, select: { id: true } });
  return existing ?? tx.bureau.create({ data: { districtId, name, ...contact }, select: { id: true } });
}

export type DemoDeclarations2025 = {
  /** 中共昆明市呈贡区委社会工作部, the second bureau row of the demo district. */
  socialWorkBureauId: string;
  /** 002: 社会治理工作经费 (2026). */
  socialGovernanceDeclarationId: string;
  renhe: { districtId: string; bureauId: string; departmentDeclarationId: string; projectDeclarationIds: string[] };
};

/**
 * Seeds 002 into the given district (呈贡区) and 003 into 攀枝花市仁和区 (created here unless it exists).
 * Idempotent: a declaration already there (same bureau, year, kind and name) is reused, not duplicated.
 */
export async function seedDemoDeclarations2025(tx: Tx, { chenggongDistrictId, createdById }: { chenggongDistrictId: string; createdById: string }): Promise<DemoDeclarations2025> {
  // ── 002 ──
  const cg = CHENGGONG_2026;
  const socialWork = await findOrCreateBureau(tx, chenggongDistrictId, CG_BUREAU, { address: cg.unitAddress, phone: cg.unitPhone });
  let project = await tx.performanceDeclaration.findFirst({ where: { bureauId: socialWork.id, kind: "PROJECT", year: 2026, name: cg.name }, select: { id: true } });
  if (!project) {
    const lines = cg.fundLines.map((l) => ({ ...l, fen: parseWan(l.amount)! }));
    // No total is stated in 002: the total is the sum of the three 资金安排 lines (41.13万元).
    const total = sumFen(lines.map((l) => l.fen));
    project = await tx.performanceDeclaration.create({
      data: {
        districtId: chenggongDistrictId, kind: "PROJECT", year: 2026, bureauId: socialWork.id, category: null,
        name: cg.name, title: cg.title, unitName: cg.unitName, unitOrgCode: cg.unitOrgCode, unitAddress: cg.unitAddress, unitPhone: cg.unitPhone,
        legalRepresentative: cg.legalRepresentative, fundingSource: cg.fundingSource, unitOverview: cg.unitOverview,
        basis: cg.basis, overview: cg.overview, content: cg.content,
        plan: cg.fundLines.map((l, i) => `${cg.planMarkers[i]}${l.plan}`).join("\n"),
        effects: cg.effects, totalAmount: toDecimalString(total), mediumGoal: cg.mediumGoal, annualGoal: cg.annualGoal,
        status: "ACCEPTED", createdById,
      },
      select: { id: true },
    });
    const declarationId = project.id;
    await tx.declarationFundLine.createMany({ data: lines.map((l, i) => ({ declarationId, seq: i + 1, name: l.name, amount: toDecimalString(l.fen), plan: l.plan })) });
    await tx.performanceIndicator.createMany({
      data: cg.indicators.map((r, i) => ({
        declarationId, seq: i + 1, ...classify(r.level1Label, r.level2Label, r.name), level1Label: r.level1Label, level2Label: r.level2Label, name: r.name,
        operator: OPERATORS[r.nature], annualValue: r.value, target: readIndicatorValue(r.value).target, unit: r.unit,
        attribute: r.attribute, scoringRule: r.scoringRule, content: r.content, basis: r.basis,
      })),
    });
  }

  // ── 003 ──
  const rh = RENHE_2025;
  const district = (await tx.district.findUnique({ where: { code: rh.district.code }, select: { id: true } }))
    ?? (await tx.district.create({ data: rh.district, select: { id: true } }));
  const bureau = await findOrCreateBureau(tx, district.id, RH_BUREAU);
  const existing = await tx.performanceDeclaration.findFirst({
    where: { bureauId: bureau.id, kind: "DEPARTMENT", year: 2025 },
    select: { id: true, projects: { orderBy: { seq: "asc" }, select: { id: true } } },
  });
  if (existing) {
    return {
      socialWorkBureauId: socialWork.id, socialGovernanceDeclarationId: project.id,
      renhe: { districtId: district.id, bureauId: bureau.id, departmentDeclarationId: existing.id, projectDeclarationIds: existing.projects.map((p) => p.id) },
    };
  }
  const common = { districtId: district.id, year: 2025, bureauId: bureau.id, unitName: RH_BUREAU, status: "ACCEPTED" as const, createdById };
  const department = await tx.performanceDeclaration.create({
    data: { ...common, kind: "DEPARTMENT", name: RH_BUREAU, title: rh.title, totalAmount: wanToYuan(rh.total), annualGoal: rh.annualGoal },
    select: { id: true },
  });
  await tx.declarationCategoryAmount.createMany({
    data: rh.categories.map((c) => ({ declarationId: department.id, category: c.category, fiscal: wanToYuan(c.fiscal), other: c.other === null ? "0.00" : wanToYuan(c.other) })),
  });
  await tx.performanceIndicator.createMany({ data: indicatorRows(department.id, rh.indicators) });

  const projectDeclarationIds: string[] = [];
  for (const [i, p] of rh.projects.entries()) {
    const created = await tx.performanceDeclaration.create({
      data: {
        ...common, kind: "PROJECT", parentId: department.id, seq: i + 1, category: p.category, name: p.name, title: p.title,
        totalAmount: wanToYuan(p.total), mediumGoal: null, annualGoal: p.goal,
      },
      select: { id: true },
    });
    // 项目资金: 其中：财政拨款 → 年度 县（市）区级; 其他资金 → 年度 其他 (empty in all eight tables).
    const funding: Prisma.DeclarationFundingCreateManyInput[] = [{ declarationId: created.id, horizon: "ANNUAL", level: "COUNTY", amount: wanToYuan(p.fiscal) }];
    if (p.other !== null) funding.push({ declarationId: created.id, horizon: "ANNUAL", level: "OTHER", amount: wanToYuan(p.other) });
    await tx.declarationFunding.createMany({ data: funding });
    await tx.performanceIndicator.createMany({ data: indicatorRows(created.id, p.indicators) });
    projectDeclarationIds.push(created.id);
  }

  return {
    socialWorkBureauId: socialWork.id, socialGovernanceDeclarationId: project.id,
    renhe: { districtId: district.id, bureauId: bureau.id, departmentDeclarationId: department.id, projectDeclarationIds },
  };
}
