// Pure rules of the staff register. The education minimum itself is the station standard's
// (src/features/stations/rules.ts), so the register and the station checks cannot drift apart.
import type { Education, PostType } from "@/generated/prisma/enums";
import { EDUCATION_LABELS, POST_TYPE_LABELS } from "@/lib/labels";
import { meetsEducation } from "@/features/stations/rules";

const MINIMUM_LABEL: Record<PostType, string> = { PROFESSIONAL: "大专", TRANSACTIONAL: "初中" };

/** A warning (never a refusal) when the person's education is below the post's minimum; null when fine. */
export function educationWarning({ postType, education }: { postType: PostType; education: Education }): string | null {
  if (meetsEducation(postType, education)) return null;
  return `学历（${EDUCATION_LABELS[education]}）低于${POST_TYPE_LABELS[postType]}要求的${MINIMUM_LABEL[postType]}及以上`;
}

/** 出生年月 as printed on the register: 1995-06 → 1995.06. */
export function formatBirthMonth(birthMonth: string): string {
  return birthMonth.replace("-", ".");
}
