import { z } from "zod";
import { parseShanghaiDateTime } from "@/lib/dates";
import { choice, count, NARRATIVE_MAX, optionalReference, requiredText, version } from "@/lib/fields";
import { RECEPTION_MATTER_LABELS, RECEPTION_OUTCOME_LABELS, SERVICE_DOMAIN_LABELS } from "@/lib/labels";
import { MAX_VISITORS } from "./helpers";

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));

/** 接待时间: typed in Beijing time (date and time), stored as an instant; not later than now. */
const receivedAt = z.preprocess(str, z.string().trim().min(1, "请填写接待时间").transform((v, ctx) => {
  const date = parseShanghaiDateTime(v);
  if (!date || date.getUTCFullYear() < 2000) {
    ctx.addIssue({ code: "custom", message: "接待时间应为有效的日期和时间" });
    return z.NEVER;
  }
  if (date.getTime() > Date.now()) {
    ctx.addIssue({ code: "custom", message: "接待时间不能晚于现在" });
    return z.NEVER;
  }
  return date;
}));

/** 来访接待登记: a new one (no receptionId; stationId when the worker works at several stations) or an edit (receptionId + version). */
export const receptionSchema = z.object({
  receptionId: optionalReference(),
  version: version(),
  stationId: optionalReference(),
  receivedAt,
  visitorCount: count("来访人数", { min: 1, max: MAX_VISITORS }),
  serviceDomain: choice(SERVICE_DOMAIN_LABELS, "服务领域"),
  communityId: optionalReference(),
  matter: choice(RECEPTION_MATTER_LABELS, "事由类别"),
  outcome: choice(RECEPTION_OUTCOME_LABELS, "处理结果"),
  summary: requiredText("来访事由与处理情况", NARRATIVE_MAX),
});

export type ReceptionInput = z.input<typeof receptionSchema>;
