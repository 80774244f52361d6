// 项目中期报告 and 项目结项报告书 in the seed's layout (seed 004): headings 一 … 六 / 一 … 五, the seed's tables
// with their rows and columns, 合计 rows, the photos with 图片说明. Described once (src/features/print/layout.ts)
// and drawn as HTML (the read view) and as Word (export.ts). Pure.
import type { ProjectReportKind, SubmissionStatus } from "@/generated/prisma/enums";
import { wholeMonths } from "@/lib/dates";
import { SUBMISSION_STATUS_LABELS } from "@/lib/labels";
import { formatPercent, formatWan, formatYuan, type Fen } from "@/lib/money";
import { box, label, value, type Block, type Cell, type CellImage, type FormSpec } from "@/features/print/layout";
import type { Contact, FinalContent, MidtermContent, ReportContent } from "./content";
import { cnDayText, periodText, type ReportFigures } from "./figures";
import { BENEFICIARY_GROUP_LABELS, DELAYED_LABELS, EMPLOYMENT_LABELS, FUNDING_ROW_LABELS, FUNDING_ROWS, MAX_PHOTOS, PHOTO_ORDINALS, TAX_EXEMPT_LABELS, type BeneficiaryGroup } from "./labels";

export type PrintablePhoto = { caption: string | null; image: CellImage | null };

export type PrintableReport<K extends ProjectReportKind = ProjectReportKind> = {
  kind: K;
  status: SubmissionStatus | null;
  content: ReportContent[K];
  figures: ReportFigures;
  photos: PrintablePhoto[];
};

const heading = (text: string, space = 4): Block => ({ kind: "text", lines: [text], size: "large", bold: true, space });
const paragraphs = (text: string | null | undefined): Block => ({ kind: "text", lines: text ? text.split("\n") : [""], indent: true });
const yuan = (fen: Fen) => formatYuan(fen);
const wanText = (fen: Fen | null) => (fen === null ? "" : formatWan(fen));
const n = (v: number | null | undefined) => (v === null || v === undefined ? "" : String(v));
const money = (fen: Fen, extra: Partial<Cell> = {}) => value(yuan(fen), { align: "right", ...extra });

/** Rows of a repeated table, padded with the seed's empty rows. */
function padded<T>(items: T[], min: number, cells: (item: T | null) => Cell[]): Cell[][] {
  const out = items.map((i) => cells(i));
  while (out.length < min) out.push(cells(null));
  return out.map((row) => row.map((c) => ({ height: 8, ...c })));
}

/** A line under the title saying what this copy is (a draft, returned …) and as of when its figures are. */
function statusLine(r: PrintableReport): Block[] {
  const note = r.status === "ACCEPTED" || r.status === "SUBMITTED" ? null : `（${r.status ? SUBMISSION_STATUS_LABELS[r.status] : "草稿"}，尚未提交审核）`;
  return note ? [{ kind: "text", lines: [note], align: "center" }] : [];
}

const stationLine = (f: ReportFigures) => f.contract.stationNames.join("、");

// ───────────── 项目中期报告 ─────────────

function contactRow(who: string, c: Contact): Cell[] {
  return [label(who), value(c.name), value(c.officePhone), value(c.mobile), value(c.email)];
}

export function midtermSpec(r: PrintableReport<"MIDTERM">): FormSpec {
  const c: MidtermContent = r.content;
  const f = r.figures;
  const { contract, funds } = f;
  const fundRows: Cell[][] = [];
  for (const s of funds.sections) {
    fundRows.push([value(s.letter, { align: "center" }), value(s.title), money(s.budget), money(s.spent), money(s.variance), value("")]);
    for (const l of s.lines) fundRows.push([value(l.code, { align: "center" }), value(l.name), money(l.budget), money(l.spent), money(l.variance), value(c.fundNotes[l.code] ?? "")]);
  }
  return {
    key: "midterm-report",
    title: "项目中期报告",
    blank: false,
    untitled: true,
    blocks: [
      { kind: "text", lines: [`${stationLine(f)}　项目中期报告`], align: "center", size: "title", bold: true },
      ...statusLine(r),
      heading("一、项目基本情况"),
      {
        kind: "table",
        widths: [22, 19, 20, 19, 20],
        rows: [
          [label("项目名称"), value(contract.name, { colSpan: 4 })],
          [label("单位名称"), value(contract.contractorName, { colSpan: 4 })],
          [label("社工站名称"), value(stationLine(f)), label("项目周期"), value(`${wholeMonths(contract.startsOn, contract.endsOn)}个月`, { colSpan: 2 })],
          [label("项目实施周期\n（截止到提交报告）"), value(periodText(contract.startsOn, f.asOf), { colSpan: 4 })],
          [label("项目金额（万元）"), value(`${formatWan(contract.amount)}万`), label("项目时间"), value(periodText(contract.startsOn, contract.endsOn), { colSpan: 2 })],
          [label(""), label("姓名"), label("办公电话"), label("手机"), label("电子邮箱")],
          contactRow("项目负责人", c.leader),
          contactRow("项目联系人", c.contact),
        ],
      },
      heading("二、项目实施情况"),
      paragraphs(c.implementation),
      ...serviceTargets(f, true),
      heading("三、项目取得的效果及经验"),
      paragraphs(c.effects),
      heading("四、遇到的困难和问题"),
      paragraphs(c.difficulties),
      heading("五、下一步项目实施计划"),
      paragraphs(c.nextPlan),
      heading("六、项目资金使用情况"),
      { kind: "text", lines: [`1、项目资金实际使用总额：${yuan(funds.total.spent)} 元；占项目资金总额的 ${formatPercent(funds.shareOfAmount)}。`, "2、资金使用报告："] },
      {
        kind: "table",
        widths: [8, 26, 15, 15, 14, 22],
        rows: [
          [label("序号"), label("费用支出项目"), label("预算金额（元）"), label("实际支出金额（元）"), label("差异额（元）"), label("差异说明")],
          ...fundRows,
          [label("合计", { colSpan: 2 }), money(funds.total.budget), money(funds.total.spent), money(funds.total.variance), value("")],
        ],
      },
      { kind: "text", lines: [fundSourceNote(f)] },
    ],
  };
}

function fundSourceNote(f: ReportFigures): string {
  const version = f.funds.budgetVersion ? `预算金额为现行预算（第 ${f.funds.budgetVersion} 版）` : "项目经费预算尚未审核通过";
  return `注：${version}；实际支出取自支出台账，截至 ${cnDayText(f.asOf)}；差异额 = 预算金额 − 实际支出金额。`;
}

/** 服务指标完成情况: the contract's targets against what the records show. */
function serviceTargets(f: ReportFigures, midterm: boolean): Block[] {
  const { service } = f;
  const rows = service.targets.map((t) => [
    value(`${t.label}（${t.unit}）`),
    value(n(t.target), { align: "right" }),
    ...(midterm && t.key === "beneficiaries" ? [value(n(service.beneficiaries.midtermPlanned), { align: "right" })] : midterm ? [value("")] : []),
    value(t.actual === null ? "平台暂无记录" : n(t.actual), { align: "right" }),
    value(t.actual === null ? "" : formatPercent(t.rate), { align: "right" }),
  ]);
  return [
    { kind: "text", lines: [`服务指标完成情况（取自本站服务记录，${cnDayText(service.from)}至${cnDayText(service.to)}）：`], space: 2 },
    {
      kind: "table",
      widths: midterm ? [28, 18, 18, 18, 18] : [34, 22, 22, 22],
      rows: [
        [label("服务指标"), label("合同目标"), ...(midterm ? [label("中期目标")] : []), label("实际完成"), label("完成比例")],
        ...rows,
      ],
    },
  ];
}

// ───────────── 项目结项报告书 ─────────────

function coverSpec(r: PrintableReport<"FINAL">): FormSpec {
  const f = r.figures;
  const c = r.content;
  const fields: [string, string][] = [
    ["项目名称：", f.contract.name],
    ["社工站名称：", stationLine(f)],
    ["项目执行单位（加盖单位公章）：", f.contract.contractorName],
    ["项目类别：", c.category ?? ""],
    ["项目总金额：", `${formatWan(f.contract.amount)}万元`],
    ["项目负责人：", c.projectLeader.name ?? ""],
    ["项目实施起止时间：", periodText(f.contract.startsOn, f.contract.endsOn)],
  ];
  return {
    key: "final-report-cover",
    title: "项目结项报告书（封面）",
    blank: false,
    untitled: true,
    blocks: [
      { kind: "text", lines: [stationLine(f)], align: "center", size: "title", bold: true, space: 30 },
      { kind: "text", lines: ["项目结项报告书"], align: "center", size: "huge", bold: true, space: 12 },
      ...statusLine(r),
      {
        kind: "table",
        borderless: true,
        size: "large",
        space: 30,
        widths: [40, 60],
        rows: fields.map(([k, v]) => [{ text: k, align: "left" as const }, { text: v }]),
      },
    ],
  };
}

const tick = <K extends string>(labels: Record<K, string>, v: K | null) => (Object.keys(labels) as K[]).map((k) => `${labels[k]}（${v === k ? "√" : "　"}）`).join("");

function beneficiaryText(c: FinalContent): string {
  const { groups, other, count } = c.beneficiaries;
  const chosen = groups.join("、");
  const all = (Object.keys(BENEFICIARY_GROUP_LABELS) as BeneficiaryGroup[])
    .map((g) => `${box(groups.includes(g))}${g} ${BENEFICIARY_GROUP_LABELS[g]}${g === "I" ? `（${other ?? "　　"}）` : ""}`)
    .join("；");
  return `本项目的直接受益人群为（ ${chosen || "　"} ），直接受益人数：${count ?? "　"} 人。\n${all}`;
}

function bodySpec(r: PrintableReport<"FINAL">): FormSpec {
  const c = r.content;
  const f = r.figures;
  const { contract, funds, service } = f;
  const personRow = (who: string, p: Contact) => [label(who), value(p.name), value(p.title), value(p.officePhone), value(p.mobile), value(p.email)];
  const b = service.beneficiaries;
  const ratio = b.midtermRate === null ? "　" : formatPercent(b.midtermRate);
  return {
    key: "final-report",
    title: "项目结项报告书",
    blank: false,
    untitled: true,
    blocks: [
      ...statusLine(r),
      heading("一、组织基本情况", 0),
      {
        kind: "table",
        widths: [18, 15, 15, 15, 15, 22],
        rows: [
          [label("单位名称"), value(contract.contractorName, { colSpan: 5 })],
          [label("登记证号"), value(c.org.registrationNo, { colSpan: 2 }), label("成立时间"), value(cnDayText(c.org.foundedOn), { colSpan: 2 })],
          [label("通讯地址及邮编"), value(c.org.address, { colSpan: 5 })],
          [label("上年度年检结论"), value(c.org.annualInspection, { colSpan: 2 }), label("评估等级"), value(c.org.evaluationGrade, { colSpan: 2 })],
          [label("有无免税资格"), value(c.org.taxExempt ? TAX_EXEMPT_LABELS[c.org.taxExempt] : "", { colSpan: 2 }), label("项目领域"), value(c.org.field, { colSpan: 2 })],
          [label("立项金额"), value(`${formatWan(contract.amount)}万元`, { colSpan: 2 }), label("项目时间"), value(periodText(contract.startsOn, contract.endsOn), { colSpan: 2 })],
          [label("实施地域"), value(c.org.region, { colSpan: 5 })],
          [label("曾获何种奖励\n（限填三个）"), value(c.awards.map((a, i) => `${i + 1}. ${a.name}`).join("\n"), { colSpan: 5 })],
          [label("内容"), label("姓名"), label("职务"), label("办公电话"), label("手机"), label("电子邮箱")],
          personRow("机构负责人", c.orgLeader),
          personRow("项目负责人", c.projectLeader),
        ],
      },
      heading("二、项目基本情况"),
      {
        kind: "table",
        widths: [18, 20, 16, 16, 30],
        rows: [
          [label("项目名称"), value(contract.name, { colSpan: 4 })],
          [label("项目起止时间"), value(periodText(contract.startsOn, contract.endsOn), { colSpan: 4 })],
          [label("项目资金来源\n（单位：万元）", { rowSpan: FUNDING_ROWS.length + 1 }), label("资金来源类别"), label("申报资金"), label("立项资金"), label("资金来源")],
          ...FUNDING_ROWS.map((row) => [label(FUNDING_ROW_LABELS[row]), value(wanText(c.funding[row].applied), { align: "right" }), value(wanText(c.funding[row].approved), { align: "right" }), value(c.funding[row].source)]),
          [label("受益对象\n（可选择多项）"), value(beneficiaryText(c), { colSpan: 4 })],
          [label("项目实施内容"), value(c.implementation, { colSpan: 4, height: 40 })],
          [label("项目团队及分工", { colSpan: 5, align: "left" })],
          [label("姓名"), label("项目分工"), label("联系方式"), label("全/兼职"), label("参与本项目的时间")],
          ...padded(c.team, 4, (t) => [value(t?.name), value(t?.duty), value(t?.contact), value(t?.employment ? EMPLOYMENT_LABELS[t.employment] : "", { align: "center" }), value(t?.period)]),
        ],
      },
      heading("三、项目执行情况"),
      {
        kind: "table",
        widths: [18, 36, 23, 23],
        rows: [
          [label("项目资金支出情况", { colSpan: 4, align: "left" })],
          [label("资金支出情况", { rowSpan: funds.sections.length + 2 }), label("支出明细（合计）"), label("金额（元）"), label("支出完成进度比（%）")],
          ...funds.sections.map((s) => [value(s.title), money(s.spent), value(formatPercent(s.rate), { align: "right" })]),
          [label("合 计"), money(funds.total.spent), value(formatPercent(funds.total.rate), { align: "right" })],
          [value(`备注：请提交项目收支表，列明各项开支的详细支出情况。${fundSourceNote(f).replace("注：", "（")}）`, { colSpan: 4 })],
        ],
      },
      {
        kind: "table",
        widths: [18, 82],
        rows: [
          [label("项目服务实施情况", { rowSpan: 4 }), value(`（1）项目总预计服务人数 ${b.planned} 人`)],
          [value(`（2）项目中期预计服务人数 ${b.midtermPlanned} 人`)],
          [value(`（3）项目中期实际服务人数 ${b.midtermActual ?? "　"} 人`)],
          [value(`（4）项目中期实际完成比例 ${ratio}\n【计算公式为：计算结果=第（3）项/第（2）项】`)],
        ],
      },
      ...serviceTargets(f, false),
      {
        kind: "table",
        widths: [8, 46, 46],
        space: 2,
        rows: [
          [label("项目末期绩效完成情况", { colSpan: 3, align: "left" })],
          [label("项目目标", { rowSpan: Math.max(c.targets.length, 4) + 1 }), label("计划达成"), label("实际达成情况")],
          ...padded(c.targets, 4, (t) => [value(t?.planned), value(t?.actual)]),
        ],
      },
      {
        kind: "table",
        widths: [8, 28, 11, 11, 11, 31],
        rows: [
          [label("项目活动", { rowSpan: Math.max(c.activities.length, 4) + 1 }), label("活动名称"), label("活动次数"), label("受益人数"), label("受益人次"), label("已留存资料")],
          ...padded(c.activities, 4, (a) => [value(a?.name), value(n(a?.times), { align: "right" }), value(n(a?.people), { align: "right" }), value(n(a?.personTimes), { align: "right" }), value(a?.materials)]),
        ],
      },
      {
        kind: "table",
        widths: [34, 33, 33],
        rows: [
          [value(`项目是否推迟：${tick(DELAYED_LABELS, c.delayed)}，原因：${c.delayed === "YES" ? (c.delayReason ?? "") : "____________"}`, { colSpan: 3 })],
          [label("项目变更情况", { colSpan: 3, align: "left" })],
          [label("变更内容"), label("变更原因"), label("是否有申请变更的证明材料")],
          ...(c.changes.length
            ? c.changes.map((x) => [value(x.content), value(x.reason), value(x.evidence)])
            : [[value("无", { align: "center" }), value("无", { align: "center" }), value("无", { align: "center" })]]),
          [label("项目的参与度", { colSpan: 3, align: "left" })],
          [value(c.participation, { colSpan: 3, height: 25 })],
        ],
      },
      heading("四、项目成效"),
      {
        kind: "table",
        widths: [18, 14, 28, 40],
        rows: [
          [label("项目产出", { colSpan: 4, align: "left" })],
          [label("产出类型"), label("数量"), label("具体名称"), label("具体作用等关键信息")],
          ...padded(c.outputs, 4, (o) => [value(o?.type), value(o?.quantity), value(o?.name), value(o?.role)]),
          [value("提示:请分别阐述项目对服务对象、落地社区或合作机构等相关方产生的影响和获得的评价，必要时分析其原因，并提供服务对象满意度反馈数据。", { colSpan: 4 })],
          [label("利益相关方反馈", { rowSpan: 4 }), label("项目对服务对象影响"), value(c.feedback.onClients, { colSpan: 2 })],
          [label("项目对落地社区或合作机构影响"), value(c.feedback.onCommunity, { colSpan: 2 })],
          [label("服务对象对项目评价"), value(c.feedback.fromClients, { colSpan: 2 })],
          [label("落地社区或合作机构对项目评价"), value(c.feedback.fromCommunity, { colSpan: 2 })],
          [label("宣传报道", { rowSpan: Math.max(c.media.length, 1) + 1 }), label("媒体名称"), label("报道日期及主要内容"), label("报道链接")],
          ...(c.media.length
            ? c.media.map((m) => [value(m.outlet), value(m.dateAndContent), value(m.link)])
            : [[value("无", { align: "center" }), value(""), value("")]]),
          [label("项目成效"), value(c.effects, { colSpan: 3, height: 30 })],
          [label("项目反思"), value(c.reflection, { colSpan: 3, height: 20 })],
          [label("财务总结"), value(c.financeSummary, { colSpan: 3, height: 20 })],
          [label("项目执行中的问题和建议"), value(c.problems, { colSpan: 3, height: 20, hint: "请说明项目在执行过程中遇到的问题和困难（限300字以内）" })],
          [label("项目亮点、典型案例材料"), value(c.highlights, { colSpan: 3, height: 30, hint: "如有，请填写。" })],
        ],
      },
      heading("五、图片材料"),
      {
        kind: "table",
        widths: [18, 82],
        rows: [
          [label("图片材料\n（3-5张）", { rowSpan: MAX_PHOTOS + 1 }), value("要求：展示项目执行场景和特写，尽量不配发会议照片。（1）彩色，JPG格式。（2）200k以上，像素1000X1000以上。（3）扫描照片，分辨率要在300以上，原尺寸扫描。\n（相片请同时另邮件传送）")],
          ...PHOTO_ORDINALS.map((ordinal, i) => {
            const photo = r.photos[i];
            return [{ prefix: `图片${ordinal}（粘贴）：`, image: photo?.image ?? undefined, text: `图片说明：${photo?.caption ?? ""}`, height: photo ? 20 : 15 }];
          }),
        ],
      },
    ],
  };
}

/** The report as forms: the mid-term report on its own; the final report's cover, then its body. */
export function projectReportSpecs(r: PrintableReport): FormSpec[] {
  return r.kind === "MIDTERM" ? [midtermSpec(r as PrintableReport<"MIDTERM">)] : [coverSpec(r as PrintableReport<"FINAL">), bodySpec(r as PrintableReport<"FINAL">)];
}
