import { z } from "zod";
import { parseShanghaiDateTime } from "@/lib/dates";
import { choice, indexedRows, optionalReference, optionalText, reference, requiredText, version } from "@/lib/fields";
import { FOLLOW_UP_KIND_LABELS, SERVICE_DOMAIN_LABELS, VISIT_TYPE_LABELS } from "@/lib/labels";


export const NARRATIVE_MAX = 4000;
export const MAX_VISIT_HOUSEHOLDS = 100;
export const MAX_VISIT_SITUATIONS = 20;

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));

/** 日期及时间: typed in Beijing time, stored as an instant; not later than now. */
function visitDateTime(label: string) {
  return z.preprocess(str, z.string().trim().min(1, `请填写${label}`).transform((v, ctx) => {
    const date = parseShanghaiDateTime(v);
    if (!date || date.getUTCFullYear() < 2000) {
      ctx.addIssue({ code: "custom", message: `${label}应为有效的日期和时间` });
      return z.NEVER;
    }
    if (date.getTime() > Date.now()) {
      ctx.addIssue({ code: "custom", message: `${label}不能晚于现在` });
      return z.NEVER;
    }
    return date;
  }));
}

/** 探访总户数: blank means "as many as the rows of 探访名单". */
const optionalCount = z.preprocess(
  (v) => (str(v).trim() === "" ? null : Number(str(v).trim())),
  z.number({ error: "探访总户数应为整数" }).int("探访总户数应为整数").min(1, "探访总户数至少为 1").max(10_000, "探访总户数不能超过 10000").nullable(),
);

const filled = (row: Record<string, unknown>, keys: string[]) => keys.some((k) => str(row[k]).trim() !== "");


/** 探访名单: one household (户主或被探访人), optionally a registered household of the worker. */
const householdRow = z.preprocess(
  (v) => (v && typeof v === "object" && filled(v as Record<string, unknown>, ["name", "householdId", "note"]) ? v : null),
  z.object({
    name: requiredText("被探访人姓名", 50),
    householdId: optionalReference(),
    note: optionalText("备注", 200),
  }).nullable(),
);

/** 特殊情况跟进: who, what, and the follow-up (个案 / 小组 / 其他 with a note). */
const situationRow = z.preprocess(
  (v) => (v && typeof v === "object" && filled(v as Record<string, unknown>, ["names", "description", "followUp", "followUpNote"]) ? v : null),
  z.object({
    id: optionalReference(),
    names: requiredText("特殊情况的名单", 500),
    description: requiredText("特殊情况描述", NARRATIVE_MAX),
    followUp: choice(FOLLOW_UP_KIND_LABELS, "特殊情况跟进形式"),
    followUpNote: optionalText("跟进形式说明", 200),
  }).superRefine((v, ctx) => {
    if (v.followUp === "OTHER" && !v.followUpNote) ctx.addIssue({ code: "custom", path: ["followUpNote"], message: "跟进形式为“其他”时请说明" });
  }).nullable(),
);

/** 探访记录表: created by the worker (no visitId) or edited while unsigned (visitId + version). */
export const visitSchema = z.preprocess(
  (raw) => (raw && typeof raw === "object"
    ? { ...(raw as Record<string, unknown>), households: indexedRows(raw as Record<string, unknown>, "households"), situations: indexedRows(raw as Record<string, unknown>, "situations") }
    : raw),
  z
    .object({
      visitId: optionalReference(),
      version: version(),
      stationId: optionalReference(),
      target: requiredText("服务对象", 100),
      serviceDomain: choice(SERVICE_DOMAIN_LABELS, "服务领域"),
      visitType: choice(VISIT_TYPE_LABELS, "服务类型"),
      visitedAt: visitDateTime("日期及时间"),
      place: requiredText("地点", 200),
      communityId: optionalReference(),
      householdCount: optionalCount,
      households: z.array(householdRow).max(MAX_VISIT_HOUSEHOLDS, `探访名单最多 ${MAX_VISIT_HOUSEHOLDS} 户，更多请分次记录`),
      content: requiredText("具体探访工作内容", NARRATIVE_MAX),
      situations: z.array(situationRow).max(MAX_VISIT_SITUATIONS, `特殊情况最多 ${MAX_VISIT_SITUATIONS} 条`),
    })
    // Runs even when other fields have errors (so every message shows at once), once the rows and the
    // count themselves are valid.
    .superRefine((v, ctx) => {
      const rows = v.households.filter((h) => h !== null).length;
      if (rows === 0) ctx.addIssue({ code: "custom", path: ["households"], message: "请至少填写一户探访名单" });
      if (v.householdCount !== null && v.householdCount < rows) {
        ctx.addIssue({ code: "custom", path: ["householdCount"], message: `探访总户数不能少于探访名单的户数（${rows} 户）` });
      }
    }, { when: (payload) => !payload.issues.some((i) => i.path?.[0] === "households" || i.path?.[0] === "householdCount") })
    .transform((v) => {
      // Rows keep their index in the form, so a server-side error can name the row the user sees.
      const households = v.households.flatMap((h, index) => (h ? [{ ...h, index }] : []));
      const situations = v.situations.flatMap((s, index) => (s ? [{ ...s, index }] : []));
      return { ...v, households, situations, householdCount: v.householdCount ?? households.length };
    }),
);

export type VisitInput = z.input<typeof visitSchema>;

/** 督导意见: by the supervisor assigned to the visit's worker, before the station head signs. */
export const visitOpinionSchema = z.object({
  visitId: reference("探访记录"),
  version: version(),
  opinion: requiredText("督导意见", NARRATIVE_MAX),
});

/** 特殊情况 → 个案: links a situation followed up as a case to one of the worker's open case files. */
export const linkSituationCaseSchema = z.object({
  situationId: reference("特殊情况"),
  caseFileId: reference("个案"),
});
