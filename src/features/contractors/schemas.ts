import { z } from "zod";
import { calendarDate, choice, optionalPhone, optionalText, requiredText, uscc, version } from "@/lib/fields";
import { ANNUAL_INSPECTION_LABELS, EVALUATION_GRADE_LABELS } from "@/lib/labels";

const FIRST_INSPECTION_YEAR = 1990;

/** 年检年度: empty → null; otherwise a whole year no later than this one. */
function optionalYear(label: string) {
  return z.preprocess(
    (v) => (v === undefined || v === null ? "" : String(v).trim()),
    z.string().transform((v, ctx) => {
      if (v === "") return null;
      const year = Number(v);
      const thisYear = new Date().getUTCFullYear();
      if (!/^\d{4}$/.test(v) || year < FIRST_INSPECTION_YEAR || year > thisYear) {
        ctx.addIssue({ code: "custom", message: `${label}应为 ${FIRST_INSPECTION_YEAR}–${thisYear} 之间的四位年份` });
        return z.NEVER;
      }
      return year;
    }),
  );
}

export const contractorSchema = z
  .object({
    id: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
    version: version(),
    name: requiredText("机构名称", 100),
    creditCode: uscc(),
    legalRepresentative: requiredText("法定代表人", 50),
    registrationAuthority: requiredText("登记管理机关", 100),
    registeredOn: calendarDate("登记日期").refine((d) => d.getTime() <= Date.now(), "登记日期不能晚于今天"),
    annualInspection: choice(ANNUAL_INSPECTION_LABELS, "年检结论"),
    annualInspectionYear: optionalYear("年检年度"),
    evaluationGrade: choice(EVALUATION_GRADE_LABELS, "评估等级"),
    address: optionalText("机构地址", 200),
    contactPerson: optionalText("联系人", 50),
    contactPhone: optionalPhone("联系电话"),
  })
  .superRefine((v, ctx) => {
    if (v.annualInspection !== "NOT_INSPECTED" && v.annualInspectionYear === null) {
      ctx.addIssue({ code: "custom", path: ["annualInspectionYear"], message: "请填写年检结论对应的年检年度" });
    }
    // (A future registration date is already reported on its own field.)
    if (v.annualInspectionYear !== null && v.registeredOn.getTime() <= Date.now() && v.annualInspectionYear < v.registeredOn.getUTCFullYear()) {
      ctx.addIssue({ code: "custom", path: ["annualInspectionYear"], message: "年检年度不能早于登记年份" });
    }
  });
export type ContractorInput = z.input<typeof contractorSchema>;
