// Zod field builders with Chinese messages, shared by forms and server actions. Inputs arrive as
// FormData strings; empty optional fields become null.
import { z } from "zod";
import { formatCalendarDate, formatDate, parseCalendarDate } from "./dates";
import { isMobile, isPhone, isUscc, parseIdNumber, passwordProblems } from "./validators";
import { parseWan, parseYuan } from "./money";

z.config(z.locales.zhCN());

const str = (v: unknown) => (v === undefined || v === null ? "" : typeof v === "string" ? v : String(v));

export function requiredText(label: string, max = 100) {
  return z.preprocess(str, z.string().trim().min(1, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`));
}

export function optionalText(label: string, max = 200) {
  return z.preprocess(
    str,
    z.string().trim().max(max, `${label}不能超过 ${max} 个字`).transform((v) => (v === "" ? null : v)),
  );
}

export function mobile(label = "手机号") {
  return z.preprocess(str, z.string().trim().min(1, `请填写${label}`).refine(isMobile, `${label}应为 11 位手机号码`));
}

export function optionalPhone(label = "联系电话") {
  return z.preprocess(
    str,
    z.string().trim().refine((v) => v === "" || isPhone(v), `${label}应为 11 位手机号或带区号的固定电话（如 0871-12345678）`).transform((v) => (v === "" ? null : v)),
  );
}

export function uscc(label = "统一社会信用代码") {
  return z.preprocess(
    (v) => str(v).trim().toUpperCase(),
    z.string().min(1, `请填写${label}`).refine((v) => v.length === 18, `${label}应为 18 位`).refine(isUscc, `${label}校验位不正确，请核对`),
  );
}

export function idNumber(label = "身份证号") {
  return z.preprocess(
    (v) => str(v).trim().toUpperCase(),
    z.string().min(1, { error: `请填写${label}`, abort: true }).refine((v) => /^\d{17}[\dX]$/.test(v), { error: `${label}应为 18 位（最后一位可为 X）`, abort: true }).refine((v) => parseIdNumber(v) !== null, `${label}的出生日期或校验位不正确，请核对`),
  );
}

export function calendarDate(label: string) {
  return z.preprocess(str, z.string().trim().min(1, `请填写${label}`).transform((v, ctx) => {
    const date = parseCalendarDate(v);
    if (!date) {
      ctx.addIssue({ code: "custom", message: `${label}应为有效日期，格式 YYYY-MM-DD` });
      return z.NEVER;
    }
    return date;
  }));
}

export function optionalCalendarDate(label: string) {
  return z.preprocess(str, z.string().trim().transform((v, ctx) => {
    if (v === "") return null;
    const date = parseCalendarDate(v);
    if (!date) {
      ctx.addIssue({ code: "custom", message: `${label}应为有效日期，格式 YYYY-MM-DD` });
      return z.NEVER;
    }
    return date;
  }));
}

/** Narratives on the record forms (介入过程, 服务计划 …): at most this many characters. */
export const NARRATIVE_MAX = 4000;

/** A date of something that has happened (a record form's date): not later than today in Beijing. */
export function pastCalendarDate(label: string) {
  return calendarDate(label).refine((d) => formatCalendarDate(d) <= formatDate(new Date()), `${label}不能晚于今天`);
}

/** Optional pastCalendarDate. */
export function optionalPastCalendarDate(label: string) {
  return optionalCalendarDate(label).refine((d) => !(d instanceof Date) || formatCalendarDate(d) <= formatDate(new Date()), `${label}不能晚于今天`);
}

/** YYYY-MM, e.g. 出生年月. */
export function yearMonth(label: string) {
  return z.preprocess(str, z.string().trim().min(1, { error: `请填写${label}`, abort: true }).refine((v) => {
    const m = /^(\d{4})-(\d{2})$/.exec(v);
    return !!m && Number(m[1]) >= 1900 && Number(m[2]) >= 1 && Number(m[2]) <= 12 && v <= new Date().toISOString().slice(0, 7);
  }, `${label}应为有效年月，格式 YYYY-MM`));
}

export function choice<T extends string>(labels: Record<T, string>, label: string) {
  const values = Object.keys(labels) as [T, ...T[]];
  return z.preprocess(str, z.enum(values, { error: `请选择${label}` }));
}

export function optionalChoice<T extends string>(labels: Record<T, string>, label: string) {
  const values = Object.keys(labels) as [T, ...T[]];
  return z.preprocess((v) => (str(v) === "" ? null : v), z.enum(values, { error: `${label}的取值无效` }).nullable());
}

export function choices<T extends string>(labels: Record<T, string>, label: string, { min = 0 } = {}) {
  const values = Object.keys(labels) as [T, ...T[]];
  return z.preprocess(
    (v) => (Array.isArray(v) ? v : v === undefined || v === null || v === "" ? [] : [v]),
    z.array(z.enum(values, { error: `${label}的取值无效` })).min(min, `请至少选择一项${label}`),
  );
}

export function checkbox() {
  return z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
}

/** An id chosen from a list the server rendered; still checked against scope by the command. */
export function reference(label: string) {
  return z.preprocess(str, z.string().trim().min(1, `请选择${label}`).max(64));
}

export function optionalReference() {
  return z.preprocess((v) => (str(v).trim() === "" ? null : str(v).trim()), z.string().max(64).nullable());
}

export function version() {
  return z.preprocess((v) => (v === undefined || v === "" ? undefined : Number(v)), z.number().int().positive().optional());
}

/** The version the page was read at, required: a decision must be about exactly what the person saw. */
export function requiredVersion() {
  return z.preprocess((v) => (v === undefined || v === "" ? undefined : Number(v)), z.number({ error: "页面已过期，请刷新后重试" }).int().positive());
}

export function newPassword(label = "新密码") {
  return z.preprocess(str, z.string().superRefine((v, ctx) => {
    const problems = passwordProblems(v);
    if (problems.length) ctx.addIssue({ code: "custom", message: `${label}需${problems.join("、")}` });
  }));
}

export function username() {
  return z.preprocess(
    str,
    z.string().trim().min(3, "用户名至少 3 个字符").max(32, "用户名不能超过 32 个字符").regex(/^[a-zA-Z0-9_.-]+$/, "用户名只能包含字母、数字、下划线、点和连字符"),
  );
}

/**
 * Repeated rows of a form (members.0.name, members.1.name … as flat FormData keys), or an array given as is
 * → the rows by their original index, gaps as null (blank rows are dropped by the row schema).
 */
export function indexedRows(raw: Record<string, unknown>, prefix: string, maxDigits = 3): (Record<string, unknown> | null)[] {
  if (Array.isArray(raw[prefix])) return raw[prefix] as Record<string, unknown>[];
  const rows: Record<string, unknown>[] = [];
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,${maxDigits}})\\.(\\w+)$`);
  for (const [key, value] of Object.entries(raw)) {
    const m = pattern.exec(key);
    if (m) (rows[Number(m[1])] ??= {})[m[2]] = value;
  }
  return Array.from(rows, (r) => r ?? null);
}

/** An amount in 元 with at most two decimals ("12,345.60" accepted) → integer 分 (src/lib/money.ts). */
export function yuan(label: string, { min = 0, allowZero = true }: { min?: number; allowZero?: boolean } = {}) {
  return z.preprocess(str, z.string().trim().min(1, `请填写${label}`).transform((v, ctx) => {
    const fen = parseYuan(v);
    if (fen === null) {
      ctx.addIssue({ code: "custom", message: `${label}应为金额（元），最多两位小数，如 12345.60` });
      return z.NEVER;
    }
    if (fen < min * 100 || (!allowZero && fen === 0)) {
      ctx.addIssue({ code: "custom", message: allowZero ? `${label}不能为负数` : `${label}应大于 0` });
      return z.NEVER;
    }
    return fen;
  }));
}

export function optionalYuan(label: string) {
  return z.preprocess(str, z.string().trim().transform((v, ctx) => {
    if (v === "") return null;
    const fen = parseYuan(v);
    if (fen === null || fen < 0) {
      ctx.addIssue({ code: "custom", message: `${label}应为金额（元），最多两位小数，如 12345.60` });
      return z.NEVER;
    }
    return fen;
  }));
}

/** An amount in 万元 as the 申报书 and 协议书 use it ("12.5") → integer 分. */
export function wan(label: string) {
  return z.preprocess(str, z.string().trim().min(1, `请填写${label}`).transform((v, ctx) => {
    const fen = parseWan(v);
    if (fen === null || fen < 0) {
      ctx.addIssue({ code: "custom", message: `${label}应为金额（万元），最多六位小数，如 12.5` });
      return z.NEVER;
    }
    return fen;
  }));
}

/** A whole number typed in a form (counts, targets, person-days). */
export function count(label: string, { min = 0, max = 1_000_000 }: { min?: number; max?: number } = {}) {
  return z.preprocess(str, z.string().trim().min(1, `请填写${label}`).transform((v, ctx) => {
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
      ctx.addIssue({ code: "custom", message: `${label}应为 ${min}–${max} 之间的整数` });
      return z.NEVER;
    }
    return Number(v);
  }));
}

export function optionalCount(label: string, { min = 0, max = 1_000_000 }: { min?: number; max?: number } = {}) {
  return z.preprocess(str, z.string().trim().transform((v, ctx) => {
    if (v === "") return null;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
      ctx.addIssue({ code: "custom", message: `${label}应为 ${min}–${max} 之间的整数` });
      return z.NEVER;
    }
    return Number(v);
  }));
}
