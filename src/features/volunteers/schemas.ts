import { z } from "zod";
import { formatCalendarDate, formatDate } from "@/lib/dates";
import { calendarDate, checkbox, choice, optionalReference, optionalText, reference, requiredText, version } from "@/lib/fields";
import { GENDER_LABELS } from "@/lib/labels";
import { isMobile } from "@/lib/validators";

/** Minimum number of registered volunteers per station (指引 第一部分 二). */
export const VOLUNTEER_STANDARD = 30;

const optionalMobile = (label: string) =>
  z.preprocess(
    (v) => (v === undefined || v === null ? "" : String(v)),
    z.string().trim().refine((v) => v === "" || isMobile(v), `${label}应为 11 位手机号码`).transform((v) => (v === "" ? null : v)),
  );

export const volunteerSchema = z
  .object({
    id: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
    version: version(),
    stationId: reference("所属社工站"),
    name: requiredText("姓名", 30),
    gender: choice(GENDER_LABELS, "性别"),
    phone: optionalMobile("手机号"),
    volunteerNumber: optionalText("志愿者注册编号", 30).refine((v) => v === null || /^[A-Za-z0-9-]+$/.test(v), "注册编号只能包含字母、数字和连字符"),
    communityId: optionalReference(),
    skills: optionalText("特长技能", 200),
    registeredOn: calendarDate("注册日期"),
    isActive: checkbox(),
  })
  .superRefine((v, ctx) => {
    if (v.registeredOn instanceof Date && formatCalendarDate(v.registeredOn) > formatDate(new Date())) {
      ctx.addIssue({ code: "custom", path: ["registeredOn"], message: "注册日期不能晚于今天" });
    }
  });

export type VolunteerInput = z.input<typeof volunteerSchema>;
