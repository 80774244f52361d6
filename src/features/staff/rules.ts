// Pure rules of the staff register (指引 第一部分 二: 驻站社工学历要求).
import type { Education, PostType } from "@/generated/prisma/enums";
import { EDUCATION_LABELS, POST_TYPE_LABELS } from "@/lib/labels";

const EDUCATION_RANK: Record<Education, number> = {
  JUNIOR_HIGH: 0,
  SENIOR_HIGH: 1,
  SECONDARY_VOCATIONAL: 1,
  JUNIOR_COLLEGE: 2,
  BACHELOR: 3,
  MASTER_OR_ABOVE: 4,
};

/** Minimum education per post: professional posts 大专及以上, transactional posts 初中及以上. */
export const MINIMUM_EDUCATION: Record<PostType, Education> = { PROFESSIONAL: "JUNIOR_COLLEGE", TRANSACTIONAL: "JUNIOR_HIGH" };

/** A warning (never a refusal) when the person's education is below the post's minimum; null when fine. */
export function educationWarning({ postType, education }: { postType: PostType; education: Education }): string | null {
  const minimum = MINIMUM_EDUCATION[postType];
  if (EDUCATION_RANK[education] >= EDUCATION_RANK[minimum]) return null;
  return `学历（${EDUCATION_LABELS[education]}）低于${POST_TYPE_LABELS[postType]}要求的${EDUCATION_LABELS[minimum]}及以上`;
}

/** 出生年月 as printed on the register: 1995-06 → 1995.06. */
export function formatBirthMonth(birthMonth: string): string {
  return birthMonth.replace("-", ".");
}
