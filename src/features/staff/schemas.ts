import { z } from "zod";
import { formatCalendarDate, formatDate } from "@/lib/dates";
import {
  checkbox, choice, choices, optionalCalendarDate, optionalChoice, optionalPhone, optionalReference, optionalText, reference, requiredText, version, yearMonth,
} from "@/lib/fields";
import {
  CERTIFICATE_LEVEL_LABELS, CONVERTED_FROM_LABELS, EDUCATION_LABELS, GENDER_LABELS, POST_TYPE_LABELS, SERVICE_DOMAIN_LABELS, STATION_POSITION_LABELS,
} from "@/lib/labels";

/** 证书编号: letters, digits and hyphens as printed on the certificate. */
const CERTIFICATE_NUMBER = /^[A-Za-z0-9-]{4,40}$/;

// 驻站社工基本信息表, one person. Cross-field rules (certificate, converted post) live in superRefine so
// the form shows them on the field concerned.
export const staffProfileSchema = z
  .object({
    id: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
    version: version(),
    stationId: reference("所在社工站"),
    name: requiredText("姓名", 30),
    gender: choice(GENDER_LABELS, "性别"),
    birthMonth: yearMonth("出生年月"),
    phone: optionalPhone("联系电话"),
    education: choice(EDUCATION_LABELS, "学历"),
    school: requiredText("毕业院校", 60),
    major: requiredText("所学专业", 40),
    employer: requiredText("工作单位", 60),
    jobTitle: requiredText("职务", 40),
    position: choice(STATION_POSITION_LABELS, "站内职务"),
    postType: choice(POST_TYPE_LABELS, "岗位类型"),
    convertedFrom: optionalChoice(CONVERTED_FROM_LABELS, "转岗来源"),
    certificateLevel: choice(CERTIFICATE_LEVEL_LABELS, "证书等级"),
    certificateNumber: optionalText("证书编号", 40),
    serviceDomains: choices(SERVICE_DOMAIN_LABELS, "社会工作服务领域", { min: 1 }),
    contractorId: optionalReference(),
    startedOn: optionalCalendarDate("到岗日期"),
    isActive: checkbox(),
    remarks: optionalText("备注", 300),
  })
  .superRefine((v, ctx) => {
    if (v.certificateLevel !== "NONE" && !v.certificateNumber) {
      ctx.addIssue({ code: "custom", path: ["certificateNumber"], message: "已选择证书等级，请填写证书编号" });
    }
    if (v.certificateLevel === "NONE" && v.certificateNumber) {
      ctx.addIssue({ code: "custom", path: ["certificateNumber"], message: "未取得证书时不应填写证书编号，请先选择证书等级" });
    }
    if (v.certificateNumber && !CERTIFICATE_NUMBER.test(v.certificateNumber)) {
      ctx.addIssue({ code: "custom", path: ["certificateNumber"], message: "证书编号只能包含字母、数字和连字符（4–40 位）" });
    }
    if (v.convertedFrom && v.postType !== "TRANSACTIONAL") {
      ctx.addIssue({ code: "custom", path: ["convertedFrom"], message: "只有事务性岗位可填写转岗来源" });
    }
    if (/^\d{4}-\d{2}$/.test(v.birthMonth) && v.birthMonth > adultBirthMonthLimit()) {
      ctx.addIssue({ code: "custom", path: ["birthMonth"], message: "驻站人员应年满 16 周岁，请核对出生年月" });
    }
    if (v.startedOn instanceof Date && formatCalendarDate(v.startedOn) > formatDate(new Date())) {
      ctx.addIssue({ code: "custom", path: ["startedOn"], message: "到岗日期不能晚于今天" });
    }
  });

export type StaffProfileInput = z.input<typeof staffProfileSchema>;

/** The latest birth month of someone aged 16 today (YYYY-MM). */
function adultBirthMonthLimit(now = new Date()): string {
  return `${now.getUTCFullYear() - 16}-${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
}
