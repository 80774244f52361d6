// What the contractor types into a 中期报告 or 结项报告书 (`project_report.content`), section by section.
// Amounts are integer 分 (typed in 万元 where the form uses 万元); texts are null when left blank. Pure.
import type { ProjectReportKind } from "@/generated/prisma/enums";
import type { Fen } from "@/lib/money";
import type { BeneficiaryGroup, FundingRow } from "./labels";
import { FUNDING_ROWS } from "./labels";

export type Contact = { name: string | null; title: string | null; officePhone: string | null; mobile: string | null; email: string | null };

/** 项目中期报告. */
export type MidtermContent = {
  /** 一、项目基本情况: 项目负责人 / 项目联系人. */
  leader: Contact;
  contact: Contact;
  /** 二、项目实施情况 */
  implementation: string | null;
  /** 三、项目取得的效果及经验 */
  effects: string | null;
  /** 四、遇到的困难和问题 */
  difficulties: string | null;
  /** 五、下一步项目实施计划 */
  nextPlan: string | null;
  /** 六、资金使用报告 差异说明, by budget item code (A1, B2 …). */
  fundNotes: Record<string, string>;
};

export type FundingCell = { applied: Fen | null; approved: Fen | null; source: string | null };
export type TeamRow = { name: string; duty: string | null; contact: string | null; employment: "FULL" | "PART" | null; period: string | null };
export type TargetRow = { planned: string; actual: string | null };
export type ActivityRow = { name: string; times: number | null; people: number | null; personTimes: number | null; materials: string | null };
export type ChangeRow = { content: string; reason: string | null; evidence: string | null };
export type OutputRow = { type: string; quantity: string | null; name: string | null; role: string | null };
export type MediaRow = { outlet: string; dateAndContent: string | null; link: string | null };

/** 项目结项报告书. */
export type FinalContent = {
  /** 封面: 项目类别 */
  category: string | null;
  /** 一、组织基本情况 */
  org: {
    registrationNo: string | null;
    foundedOn: string | null;
    address: string | null;
    annualInspection: string | null;
    evaluationGrade: string | null;
    taxExempt: "YES" | "NO" | null;
    field: string | null;
    region: string | null;
  };
  /** 曾获何种奖励（限填三个） */
  awards: { name: string }[];
  orgLeader: Contact;
  projectLeader: Contact;
  /** 二、项目基本情况 */
  funding: Record<FundingRow, FundingCell>;
  beneficiaries: { groups: BeneficiaryGroup[]; other: string | null; count: number | null };
  implementation: string | null;
  team: TeamRow[];
  /** 三、项目执行情况 */
  targets: TargetRow[];
  activities: ActivityRow[];
  delayed: "YES" | "NO" | null;
  delayReason: string | null;
  changes: ChangeRow[];
  participation: string | null;
  /** 四、项目成效 */
  outputs: OutputRow[];
  feedback: { onClients: string | null; onCommunity: string | null; fromClients: string | null; fromCommunity: string | null };
  media: MediaRow[];
  effects: string | null;
  reflection: string | null;
  financeSummary: string | null;
  problems: string | null;
  highlights: string | null;
};

export type ReportContent = { MIDTERM: MidtermContent; FINAL: FinalContent };

export const emptyContact = (): Contact => ({ name: null, title: null, officePhone: null, mobile: null, email: null });

export function emptyMidterm(): MidtermContent {
  return { leader: emptyContact(), contact: emptyContact(), implementation: null, effects: null, difficulties: null, nextPlan: null, fundNotes: {} };
}

export function emptyFinal(): FinalContent {
  return {
    category: null,
    org: { registrationNo: null, foundedOn: null, address: null, annualInspection: null, evaluationGrade: null, taxExempt: null, field: null, region: null },
    awards: [],
    orgLeader: emptyContact(),
    projectLeader: emptyContact(),
    funding: Object.fromEntries(FUNDING_ROWS.map((r) => [r, { applied: null, approved: null, source: null }])) as Record<FundingRow, FundingCell>,
    beneficiaries: { groups: [], other: null, count: null },
    implementation: null,
    team: [],
    targets: [],
    activities: [],
    delayed: null,
    delayReason: null,
    changes: [],
    participation: null,
    outputs: [],
    feedback: { onClients: null, onCommunity: null, fromClients: null, fromCommunity: null },
    media: [],
    effects: null,
    reflection: null,
    financeSummary: null,
    problems: null,
    highlights: null,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Stored (or prefilled) content over the empty form: every section present, groups merged key by key so a
 * partly saved group keeps the rest of its fields. Sections a draft never saved come from `prefill`.
 */
export function readContent<K extends ProjectReportKind>(kind: K, stored: unknown, prefill?: Partial<ReportContent[K]>): ReportContent[K] {
  const base = (kind === "MIDTERM" ? emptyMidterm() : emptyFinal()) as Record<string, unknown>;
  const layers = [prefill ?? {}, isObject(stored) ? stored : {}] as Record<string, unknown>[];
  const out: Record<string, unknown> = { ...base };
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      if (!(key in base) || value === undefined) continue;
      const current = out[key];
      if (isObject(current) && isObject(value) && key !== "fundNotes") {
        // funding rows are one level deeper
        out[key] = Object.fromEntries(Object.entries(current).map(([k, v]) => [k, isObject(v) && isObject(value[k]) ? { ...v, ...(value[k] as object) } : value[k] !== undefined ? value[k] : v]));
      } else {
        out[key] = value;
      }
    }
  }
  return out as ReportContent[K];
}
