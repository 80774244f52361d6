// 中期报告 / 结项报告书 as typed: the save schema per kind (FormData → `content`, every field optional while
// drafting but each in its own format, with Chinese messages on the field) and the completeness check run
// on submission (what must be filled before the bureau sees it). Field names are the form's: `leader.name`,
// `team.0.name`, `funding.declared.applied`, `fundNotes.A1` …; zod's error paths are the same names.
import { z } from "zod";
import { choices, indexedRows, NARRATIVE_MAX, optionalChoice, optionalCount, optionalPhone, optionalText, reference, requiredText, version } from "@/lib/fields";
import { parseCalendarDate } from "@/lib/dates";
import { parseWan } from "@/lib/money";
import { isMobile } from "@/lib/validators";
import type { FieldErrors } from "@/server/errors";
import type { FinalContent, MidtermContent } from "./content";
import { overspentLines, type ReportFigures } from "./figures";
import {
  BENEFICIARY_GROUP_LABELS, DELAYED_LABELS, EMPLOYMENT_LABELS, FINAL_SECTIONS, FUNDING_ROW_LABELS, FUNDING_ROWS, MAX_PHOTOS, MIDTERM_SECTIONS, MIN_PHOTOS,
  PROBLEMS_MAX, TAX_EXEMPT_LABELS, type FundingRow,
} from "./labels";

const str = (v: unknown) => (v === undefined || v === null ? "" : typeof v === "string" ? v : String(v));

/** Characters as a reader counts them (a Chinese character, a letter, a digit: one each). */
export const charCount = (text: string) => [...text].length;

// ───────────── Field builders of this form ─────────────

/** An amount in 万元 as the 结项报告书 writes it ("12.5") → integer 分, or null when blank. */
export function optionalWan(label: string) {
  return z.preprocess(str, z.string().trim().transform((v, ctx) => {
    if (v === "") return null;
    const fen = parseWan(v);
    if (fen === null || fen < 0) {
      ctx.addIssue({ code: "custom", message: `${label}应为金额（万元），最多六位小数，如 12.5` });
      return z.NEVER;
    }
    return fen;
  }));
}

function optionalMobile(label: string) {
  return z.preprocess(str, z.string().trim().refine((v) => v === "" || isMobile(v), `${label}应为 11 位手机号码`).transform((v) => (v === "" ? null : v)));
}

function optionalEmail(label: string) {
  return z.preprocess(str, z.string().trim().max(100, `${label}不能超过 100 个字`).refine((v) => v === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), `${label}格式不正确，如 name@example.com`).transform((v) => (v === "" ? null : v)));
}

/** A calendar day kept as the text YYYY-MM-DD (JSON has no dates). */
function optionalDay(label: string) {
  return z.preprocess(str, z.string().trim().refine((v) => v === "" || parseCalendarDate(v) !== null, `${label}应为有效日期，格式 YYYY-MM-DD`).transform((v) => (v === "" ? null : v)));
}

function optionalLink(label: string) {
  return z.preprocess(str, z.string().trim().max(500, `${label}不能超过 500 个字`).refine((v) => v === "" || /^https?:\/\/\S+$/i.test(v), `${label}应以 http:// 或 https:// 开头`).transform((v) => (v === "" ? null : v)));
}

/** 项目执行中的问题和建议: at most 300 characters (限300字以内). */
export function problemsText() {
  return z.preprocess(str, z.string().trim().superRefine((v, ctx) => {
    const n = charCount(v);
    if (n > PROBLEMS_MAX) ctx.addIssue({ code: "custom", message: `项目执行中的问题和建议限 ${PROBLEMS_MAX} 字以内（现 ${n} 字）` });
  }).transform((v) => (v === "" ? null : v)));
}

const narrative = (label: string) => optionalText(label, NARRATIVE_MAX);

function contact(who: string, withTitle: boolean) {
  return z.object({
    name: optionalText(`${who}姓名`, 50),
    title: withTitle ? optionalText(`${who}职务`, 50) : z.preprocess(() => null, z.null()),
    officePhone: optionalPhone(`${who}办公电话`),
    mobile: optionalMobile(`${who}手机`),
    email: optionalEmail(`${who}电子邮箱`),
  });
}

const isFilled = (row: unknown, keys: string[]) => !!row && typeof row === "object" && keys.some((k) => str((row as Record<string, unknown>)[k]).trim() !== "");

/** A repeated row: blank rows are dropped; a started row needs its first column. */
function rows<T extends z.ZodRawShape>(shape: T, keys: (keyof T & string)[], max: number, what: string) {
  const row = z.preprocess((v) => (isFilled(v, keys) ? v : null), z.object(shape).nullable());
  return z.array(row).max(max, `${what}最多 ${max} 行`).transform((list) => list.filter((r): r is NonNullable<typeof r> => r !== null));
}

// ───────────── FormData → nested fields ─────────────

const GROUPS = ["leader", "contact", "org", "orgLeader", "projectLeader", "funding", "beneficiaries", "feedback", "fundNotes"] as const;
const ROWS = ["awards", "team", "targets", "activities", "changes", "outputs", "media"] as const;

/** `leader.name` → { leader: { name } }, `funding.declared.applied` → { funding: { declared: { applied } } }; given objects are kept. */
function nestGroup(raw: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const given = raw[prefix];
  const out: Record<string, unknown> = given && typeof given === "object" && !Array.isArray(given) ? { ...(given as object) } : {};
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith(`${prefix}.`)) continue;
    const path = key.slice(prefix.length + 1).split(".");
    let node = out;
    for (const segment of path.slice(0, -1)) node = (node[segment] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]] = value;
  }
  return out;
}

export function nestForm(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const r = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(r)) if (!key.includes(".")) out[key] = value;
  for (const g of GROUPS) out[g] = nestGroup(r, g);
  for (const p of ROWS) out[p] = indexedRows(r, p);
  return out;
}

// ───────────── 项目中期报告 ─────────────

export const midtermFields = {
  leader: contact("项目负责人", false),
  contact: contact("项目联系人", false),
  implementation: narrative("项目实施情况"),
  effects: narrative("项目取得的效果及经验"),
  difficulties: narrative("遇到的困难和问题"),
  nextPlan: narrative("下一步项目实施计划"),
  fundNotes: z
    .record(z.string().regex(/^[A-Za-z0-9_-]{1,20}$/, "预算科目编号无效"), optionalText("差异说明", 500))
    .transform((notes) => Object.fromEntries(Object.entries(notes).filter((e): e is [string, string] => e[1] !== null))),
};

// ───────────── 项目结项报告书 ─────────────

function fundingRow(label: string) {
  return z.preprocess((v) => v ?? {}, z.object({
    applied: optionalWan(`${label}（申报资金）`),
    approved: optionalWan(`${label}（立项资金）`),
    source: optionalText(`${label}的资金来源`, 200),
  }));
}

export const finalFields = {
  category: optionalText("项目类别", 100),
  org: z.object({
    registrationNo: optionalText("登记证号", 50),
    foundedOn: optionalDay("成立时间"),
    address: optionalText("通讯地址及邮编", 200),
    annualInspection: optionalText("上年度年检结论", 50),
    evaluationGrade: optionalText("评估等级", 20),
    taxExempt: optionalChoice(TAX_EXEMPT_LABELS, "有无免税资格"),
    field: optionalText("项目领域", 100),
    region: optionalText("实施地域", 200),
  }),
  awards: rows({ name: requiredText("奖励名称", 100) }, ["name"], 3, "曾获奖励（限填三个）"),
  orgLeader: contact("机构负责人", true),
  projectLeader: contact("项目负责人", true),
  funding: z.object(Object.fromEntries(FUNDING_ROWS.map((r) => [r, fundingRow(FUNDING_ROW_LABELS[r])])) as Record<FundingRow, ReturnType<typeof fundingRow>>),
  beneficiaries: z.object({
    groups: choices(BENEFICIARY_GROUP_LABELS, "受益对象"),
    other: optionalText("其它受益人群", 100),
    count: optionalCount("直接受益人数", { max: 10_000_000 }),
  }),
  implementation: narrative("项目实施内容"),
  team: rows({
    name: requiredText("团队成员姓名", 50),
    duty: optionalText("项目分工", 100),
    contact: optionalPhone("联系方式"),
    employment: optionalChoice(EMPLOYMENT_LABELS, "全/兼职"),
    period: optionalText("参与本项目的时间", 100),
  }, ["name", "duty", "contact", "employment", "period"], 30, "项目团队"),
  targets: rows({ planned: requiredText("计划达成", 500), actual: optionalText("实际达成情况", 500) }, ["planned", "actual"], 20, "项目目标"),
  activities: rows({
    name: requiredText("活动名称", 100),
    times: optionalCount("活动次数"),
    people: optionalCount("受益人数", { max: 10_000_000 }),
    personTimes: optionalCount("受益人次", { max: 10_000_000 }),
    materials: optionalText("已留存资料", 200),
  }, ["name", "times", "people", "personTimes", "materials"], 40, "项目活动"),
  delayed: optionalChoice(DELAYED_LABELS, "项目是否推迟"),
  delayReason: optionalText("推迟原因", 500),
  changes: rows({ content: requiredText("变更内容", 500), reason: optionalText("变更原因", 500), evidence: optionalText("是否有申请变更的证明材料", 200) }, ["content", "reason", "evidence"], 20, "项目变更情况"),
  participation: narrative("项目的参与度"),
  outputs: rows({
    type: requiredText("产出类型", 50),
    quantity: optionalText("数量", 50),
    name: optionalText("具体名称", 200),
    role: optionalText("具体作用等关键信息", 500),
  }, ["type", "quantity", "name", "role"], 30, "项目产出"),
  feedback: z.object({
    onClients: narrative("项目对服务对象影响"),
    onCommunity: narrative("项目对落地社区或合作机构影响"),
    fromClients: narrative("服务对象对项目评价"),
    fromCommunity: narrative("落地社区或合作机构对项目评价"),
  }),
  media: rows({ outlet: requiredText("媒体名称", 100), dateAndContent: optionalText("报道日期及主要内容", 500), link: optionalLink("报道链接") }, ["outlet", "dateAndContent", "link"], 30, "宣传报道"),
  effects: narrative("项目成效"),
  reflection: narrative("项目反思"),
  financeSummary: narrative("财务总结"),
  problems: problemsText(),
  highlights: narrative("项目亮点、典型案例材料"),
};

const head = { contractId: reference("服务项目"), version: version() };

/** project_report.save: the report of one kind of the contract, all its sections at once. */
export const saveProjectReportSchema = z.preprocess(
  nestForm,
  z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("MIDTERM"), ...head, ...midtermFields }),
    z.object({ kind: z.literal("FINAL"), ...head, ...finalFields }),
  ], { error: "请选择报告类型" }),
);

export type SaveProjectReportInput = z.output<typeof saveProjectReportSchema>;

/** The content to store: the parsed input without the command's own fields. */
export function contentOf(input: SaveProjectReportInput): MidtermContent | FinalContent {
  const { kind: _kind, contractId: _contractId, version: _version, ...content } = input;
  return content as MidtermContent | FinalContent;
}

// ───────────── Completeness on submission ─────────────

export type Problem = { field: string; section: string; message: string };

const blank = (v: string | null | undefined) => !v || v.trim() === "";

function contactProblems(c: { name: string | null; mobile: string | null; officePhone: string | null }, field: string, who: string, section: string): Problem[] {
  const out: Problem[] = [];
  if (blank(c.name)) out.push({ field: `${field}.name`, section, message: `请填写${who}姓名` });
  if (blank(c.mobile) && blank(c.officePhone)) out.push({ field: `${field}.mobile`, section, message: `请填写${who}的手机或办公电话` });
  return out;
}

export function midtermProblems(c: MidtermContent, figures: ReportFigures): Problem[] {
  const out: Problem[] = [
    ...contactProblems(c.leader, "leader", "项目负责人", MIDTERM_SECTIONS.basic),
    ...contactProblems(c.contact, "contact", "项目联系人", MIDTERM_SECTIONS.basic),
  ];
  for (const key of ["implementation", "effects", "difficulties", "nextPlan"] as const) {
    if (blank(c[key])) out.push({ field: key, section: MIDTERM_SECTIONS[key], message: `请填写${MIDTERM_SECTIONS[key].slice(2)}` });
  }
  for (const line of overspentLines(figures)) {
    if (blank(c.fundNotes[line.code])) out.push({ field: `fundNotes.${line.code}`, section: MIDTERM_SECTIONS.funds, message: `${line.code} ${line.name}实际支出超过预算，请填写差异说明` });
  }
  return out;
}

export function finalProblems(c: FinalContent, photos: number): Problem[] {
  const out: Problem[] = [];
  const need = (field: string, section: string, value: string | null | undefined, label: string) => {
    if (blank(value)) out.push({ field, section, message: `请填写${label}` });
  };
  const { org: o } = c;
  need("category", FINAL_SECTIONS.cover, c.category, "项目类别");
  const S1 = FINAL_SECTIONS.org;
  need("org.registrationNo", S1, o.registrationNo, "登记证号");
  need("org.foundedOn", S1, o.foundedOn, "成立时间");
  need("org.address", S1, o.address, "通讯地址及邮编");
  need("org.annualInspection", S1, o.annualInspection, "上年度年检结论");
  need("org.evaluationGrade", S1, o.evaluationGrade, "评估等级");
  if (!o.taxExempt) out.push({ field: "org.taxExempt", section: S1, message: "请选择有无免税资格" });
  need("org.field", S1, o.field, "项目领域");
  need("org.region", S1, o.region, "实施地域");
  out.push(...contactProblems(c.orgLeader, "orgLeader", "机构负责人", S1), ...contactProblems(c.projectLeader, "projectLeader", "项目负责人", S1));
  const S2 = FINAL_SECTIONS.project;
  if (c.funding.declared.applied === null) out.push({ field: "funding.declared.applied", section: S2, message: "请填写项目申报资金的申报资金（万元）" });
  if (c.funding.declared.approved === null) out.push({ field: "funding.declared.approved", section: S2, message: "请填写项目申报资金的立项资金（万元）" });
  if (c.beneficiaries.groups.length === 0) out.push({ field: "beneficiaries.groups", section: S2, message: "请选择本项目的直接受益人群" });
  if (c.beneficiaries.groups.includes("I") && blank(c.beneficiaries.other)) out.push({ field: "beneficiaries.other", section: S2, message: "选择了“其它”受益人群，请填写具体人群" });
  if (c.beneficiaries.count === null) out.push({ field: "beneficiaries.count", section: S2, message: "请填写直接受益人数" });
  need("implementation", S2, c.implementation, "项目实施内容");
  if (c.team.length === 0) out.push({ field: "team", section: S2, message: "请至少填写一名项目团队成员" });
  const S3 = FINAL_SECTIONS.execution;
  if (c.targets.length === 0) out.push({ field: "targets", section: S3, message: "请至少填写一项项目目标（计划达成与实际达成情况）" });
  c.targets.forEach((t, i) => need(`targets.${i}.actual`, S3, t.actual, `第 ${i + 1} 项项目目标的实际达成情况`));
  if (c.activities.length === 0) out.push({ field: "activities", section: S3, message: "请至少填写一项项目活动" });
  if (!c.delayed) out.push({ field: "delayed", section: S3, message: "请选择项目是否推迟" });
  if (c.delayed === "YES") need("delayReason", S3, c.delayReason, "项目推迟的原因");
  need("participation", S3, c.participation, "项目的参与度");
  const S4 = FINAL_SECTIONS.outcomes;
  if (c.outputs.length === 0) out.push({ field: "outputs", section: S4, message: "请至少填写一项项目产出" });
  need("feedback.onClients", S4, c.feedback.onClients, "项目对服务对象影响");
  need("feedback.onCommunity", S4, c.feedback.onCommunity, "项目对落地社区或合作机构影响");
  need("feedback.fromClients", S4, c.feedback.fromClients, "服务对象对项目评价");
  need("feedback.fromCommunity", S4, c.feedback.fromCommunity, "落地社区或合作机构对项目评价");
  need("effects", S4, c.effects, "项目成效");
  need("reflection", S4, c.reflection, "项目反思");
  need("financeSummary", S4, c.financeSummary, "财务总结");
  need("problems", S4, c.problems, "项目执行中的问题和建议");
  if (photos < MIN_PHOTOS || photos > MAX_PHOTOS) {
    out.push({ field: "photos", section: FINAL_SECTIONS.photos, message: `图片材料应为 ${MIN_PHOTOS}–${MAX_PHOTOS} 张（现 ${photos} 张）` });
  }
  return out;
}

/** Problems as the field errors of a refused submission. */
export function problemFieldErrors(problems: readonly Problem[]): FieldErrors {
  const out: FieldErrors = {};
  for (const p of problems) (out[p.field] ??= []).push(p.message);
  return out;
}

/** One line for the refusal: how many, and the first few by section. */
export function problemSummary(problems: readonly Problem[]): string {
  const shown = problems.slice(0, 4).map((p) => `${p.section}：${p.message}`);
  return `提交前请补全以下内容（共 ${problems.length} 项）：${shown.join("；")}${problems.length > shown.length ? "……" : ""}`;
}
