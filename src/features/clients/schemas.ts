import { z } from "zod";
import { formatCalendarDate, formatDate } from "@/lib/dates";
import { checkbox, choice, choices, idNumber, indexedRows, optionalCalendarDate, optionalPhone, optionalReference, optionalText, reference, requiredText, version } from "@/lib/fields";
import { CLIENT_CATEGORY_LABELS, GENDER_LABELS, RISK_LEVEL_LABELS, SERVICE_DOMAIN_LABELS } from "@/lib/labels";
import { parseIdNumber } from "@/lib/validators";
import { CLIENT_SENSITIVE_FIELDS } from "./helpers";

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));

/** Optional ID number (children may have none), validated like idNumber() when given. */
export function optionalIdNumber(label = "身份证号") {
  return z.preprocess(
    (v) => str(v).trim().toUpperCase(),
    z
      .string()
      .refine((v) => v === "" || /^\d{17}[\dX]$/.test(v), { error: `${label}应为 18 位（最后一位可为 X）`, abort: true })
      .refine((v) => v === "" || parseIdNumber(v) !== null, `${label}的出生日期或校验位不正确，请核对`)
      .transform((v) => (v === "" ? null : v)),
  );
}

const optionalAge = z.preprocess(
  (v) => (str(v).trim() === "" ? null : Number(str(v).trim())),
  z.number({ error: "年龄应为整数" }).int("年龄应为整数").min(0, "年龄应在 0–130 之间").max(130, "年龄应在 0–130 之间").nullable(),
);

/** 家庭主要成员 fields, shared by the client form and the household edit form. */
export const memberFields = {
  name: requiredText("成员姓名", 30),
  relation: requiredText("与服务对象关系", 20),
  age: optionalAge,
  phone: optionalPhone("成员联系电话"),
  livesTogether: checkbox(),
  employer: optionalText("工作单位", 100),
};

/** A member row, or null when every typed field of it is blank (an empty row of the form). */
export function memberRowSchema<S extends z.ZodRawShape>(shape: S, typed: string[] = ["name", "relation", "age", "phone", "employer"]) {
  return z.preprocess(
    (v) => {
      if (!v || typeof v !== "object") return null;
      const row = v as Record<string, unknown>;
      return typed.some((k) => str(row[k]).trim() !== "") ? row : null;
    },
    z.object(shape).nullable(),
  );
}

const memberRow = memberRowSchema(memberFields);

/** members.0.name … (flat FormData keys) or an array → rows by their original index (blank rows dropped later). */
export const memberRows = (raw: Record<string, unknown>) => indexedRows(raw, "members", 2);

export const MAX_MEMBERS = 20;

export const clientSchema = z.preprocess(
  (raw) => (raw && typeof raw === "object" ? { ...(raw as Record<string, unknown>), members: memberRows(raw as Record<string, unknown>) } : raw),
  z
    .object({
      id: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(64).optional()),
      version: version(),
      stationId: optionalReference(),
      name: requiredText("姓名", 30),
      gender: choice(GENDER_LABELS, "性别"),
      birthDate: optionalCalendarDate("出生日期"),
      idNumber: optionalIdNumber(),
      phone: optionalPhone("联系电话"),
      imContact: optionalText("微信/QQ", 50),
      address: optionalText("家庭住址", 200),
      communityId: optionalReference(),
      health: optionalText("健康状况", 1000),
      situation: optionalText("服务对象情况", 4000),
      policiesReceived: optionalText("已享受的政策", 500),
      categories: choices(CLIENT_CATEGORY_LABELS, "服务对象类别", { min: 1 }),
      riskLevel: choice(RISK_LEVEL_LABELS, "危机因素"),
      serviceDomain: choice(SERVICE_DOMAIN_LABELS, "服务领域"),
      householdId: optionalReference(),
      householdAddress: optionalText("家庭住址", 200),
      members: z.array(memberRow).max(MAX_MEMBERS, `家庭主要成员最多 ${MAX_MEMBERS} 人`),
      /** On edit: sensitive fields left blank stay as they are; these are cleared. */
      clear: z.preprocess((v) => (Array.isArray(v) ? v : v ? [v] : []), z.array(z.enum(CLIENT_SENSITIVE_FIELDS))),
    })
    .superRefine((v, ctx) => {
      const info = v.idNumber ? parseIdNumber(v.idNumber) : null;
      if (info && v.gender && v.gender !== info.gender) {
        ctx.addIssue({ code: "custom", path: ["gender"], message: `性别与身份证号不符（身份证号显示为${GENDER_LABELS[info.gender]}）` });
      }
      if (info && v.birthDate instanceof Date && formatCalendarDate(v.birthDate) !== info.birthDate) {
        ctx.addIssue({ code: "custom", path: ["birthDate"], message: `出生日期与身份证号不符（身份证号显示为 ${info.birthDate}）` });
      }
      if (v.birthDate instanceof Date && formatCalendarDate(v.birthDate) > formatDate(new Date())) {
        ctx.addIssue({ code: "custom", path: ["birthDate"], message: "出生日期不能晚于今天" });
      }
    })
    .transform((v) => {
      const info = v.idNumber ? parseIdNumber(v.idNumber) : null;
      const birthDate = info ? new Date(`${info.birthDate}T00:00:00Z`) : v.birthDate;
      return { ...v, birthDate, members: v.members.filter((m): m is NonNullable<typeof m> => m !== null) };
    }),
);

export type ClientInput = z.input<typeof clientSchema>;

export const idCheckSchema = z.object({ idNumber: idNumber() });

export const revealReason = () =>
  z.preprocess(str, z.string().trim().min(4, "请填写查看原因（至少 4 个字）").max(200, "查看原因不能超过 200 个字"));

export const revealClientSchema = z.object({
  clientId: reference("服务对象"),
  field: z.enum(CLIENT_SENSITIVE_FIELDS, { error: "要查看的信息项无效" }),
  reason: revealReason(),
});

export const revealHouseholdSchema = z.object({
  householdId: reference("家庭档案"),
  field: z.enum(["address", "memberPhone"], { error: "要查看的信息项无效" }),
  memberId: optionalReference(),
  reason: revealReason(),
});
