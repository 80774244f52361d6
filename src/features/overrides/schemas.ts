// 生命第一紧急查阅: the written reason a station head gives to open a case file.
import { z } from "zod";
import { reference } from "@/lib/fields";

/** How long an override opens the file. */
export const OVERRIDE_HOURS = 12;
export const OVERRIDE_REASON_MIN = 10;

export const openOverrideSchema = z.object({
  caseId: reference("个案"),
  reason: z.preprocess(
    (v) => (typeof v === "string" ? v : ""),
    z
      .string()
      .trim()
      .min(1, { error: "请填写紧急查阅理由", abort: true })
      .max(1000, { error: "紧急查阅理由不能超过 1000 个字", abort: true })
      .refine((v) => [...v].length >= OVERRIDE_REASON_MIN, `紧急查阅理由至少 ${OVERRIDE_REASON_MIN} 个字，请写明涉及服务对象生命安全的具体情况`),
  ),
});

export const acknowledgeOverrideSchema = z.object({ overrideId: reference("紧急查阅记录") });
