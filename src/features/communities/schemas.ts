import { z } from "zod";
import { choice, optionalText, reference, requiredText, version } from "@/lib/fields";
import { COMMUNITY_KIND_LABELS } from "@/lib/labels";

export const communitySchema = z.object({
  id: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().max(64).optional()),
  version: version(),
  streetOfficeId: reference("所属街道（乡镇）"),
  name: requiredText("村（社区）名称", 50),
  kind: choice(COMMUNITY_KIND_LABELS, "类型"),
  address: optionalText("地址", 200),
});
export type CommunityInput = z.input<typeof communitySchema>;
