// The township station standard (昆明市乡镇（街道）社工站运营指引 第一部分 六/二): staffing, volunteers,
// the contractor's certified worker, education, and the standard name on the sign. Pure: used by the
// district overview (many stations from a few grouped queries), a station's own page and unit tests.
import type { CertificateLevel, Education, PostType, StationLevel, StationPosition } from "@/generated/prisma/enums";
import { EDUCATION_LABELS, POST_TYPE_LABELS } from "@/lib/labels";

export const STANDARD = { head: 1, deputy: 1, staffMin: 2, volunteersMin: 30 } as const;

/** 大专及以上: what a professional post (承接主体驻站社工) requires. */
export const PROFESSIONAL_EDUCATION: readonly Education[] = ["JUNIOR_COLLEGE", "BACHELOR", "MASTER_OR_ABOVE"];
/** 初中及以上: what a transactional post requires — every recorded level qualifies. */
export const TRANSACTIONAL_EDUCATION: readonly Education[] = ["JUNIOR_HIGH", "SENIOR_HIGH", "SECONDARY_VOCATIONAL", "JUNIOR_COLLEGE", "BACHELOR", "MASTER_OR_ABOVE"];

export function meetsEducation(postType: PostType, education: Education): boolean {
  return (postType === "PROFESSIONAL" ? PROFESSIONAL_EDUCATION : TRANSACTIONAL_EDUCATION).includes(education);
}

export type EducationShortfall = { name: string; postType: PostType; education: Education };

/** What the standard is checked against; built from a staff list or from grouped queries. */
export type StaffingFacts = {
  level: StationLevel;
  contractorId: string | null;
  heads: number;
  deputies: number;
  staff: number;
  activeVolunteers: number;
  /** Active certified staff of the station (certificate ≠ 无) whose employer is the station's contractor. */
  contractorCertified: number;
  educationShortfalls: EducationShortfall[];
};

export type CheckKey = "head" | "deputy" | "staff" | "volunteers" | "certified" | "education";

export type StaffingCheck = { key: CheckKey; label: string; pass: boolean; actual: string; required: string; reason: string | null };

export type StaffingCounts = { heads: number; deputies: number; staff: number; activeVolunteers: number; contractorCertified: number };

export type StaffingResult =
  | { applicable: true; pass: boolean; checks: StaffingCheck[]; counts: StaffingCounts }
  | { applicable: false; pass: null; checks: []; counts: StaffingCounts; note: string };

export const CHECK_LABELS: Record<CheckKey, string> = {
  head: "站长",
  deputy: "副站长",
  staff: "驻站社工",
  volunteers: "志愿者",
  certified: "持证社工",
  education: "学历",
};

export type StaffMember = {
  name: string;
  position: StationPosition;
  postType: PostType;
  education: Education;
  certificateLevel: CertificateLevel;
  contractorId: string | null;
  isActive?: boolean;
};

/** Facts of one station from its staff list (inactive rows are ignored). */
export function factsFromStaff({ level, contractorId, staff, activeVolunteers }: { level: StationLevel; contractorId: string | null; staff: StaffMember[]; activeVolunteers: number }): StaffingFacts {
  const active = staff.filter((s) => s.isActive !== false);
  return {
    level,
    contractorId,
    heads: active.filter((s) => s.position === "HEAD").length,
    deputies: active.filter((s) => s.position === "DEPUTY").length,
    staff: active.filter((s) => s.position === "STAFF").length,
    activeVolunteers,
    contractorCertified: contractorId ? active.filter((s) => s.certificateLevel !== "NONE" && s.contractorId === contractorId).length : 0,
    educationShortfalls: active.filter((s) => !meetsEducation(s.postType, s.education)).map(({ name, postType, education }) => ({ name, postType, education })),
  };
}

function exactlyOne(key: "head" | "deputy", actual: number): StaffingCheck {
  const label = CHECK_LABELS[key];
  const reason = actual === 1 ? null : actual === 0 ? `未配备${label}，标准为 1 名` : `${label}有 ${actual} 名，标准为 1 名`;
  return { key, label, pass: actual === 1, actual: `${actual} 名`, required: "1 名", reason };
}

function atLeast(key: "staff" | "volunteers", actual: number, min: number): StaffingCheck {
  const label = CHECK_LABELS[key];
  const reason = actual >= min ? null : actual === 0 ? `未登记${label}，标准为不少于 ${min} 名` : `${label}仅 ${actual} 名，标准为不少于 ${min} 名`;
  return { key, label, pass: actual >= min, actual: `${actual} 名`, required: `不少于 ${min} 名`, reason };
}

function certifiedCheck(facts: StaffingFacts): StaffingCheck {
  const base = { key: "certified" as const, label: "承接机构持证社工", required: "承接机构团队至少 1 名持证社工" };
  if (!facts.contractorId) return { ...base, pass: false, actual: "无承接机构", reason: "未引入承接机构" };
  const pass = facts.contractorCertified >= 1;
  return { ...base, pass, actual: `${facts.contractorCertified} 名`, reason: pass ? null : "承接机构派驻人员中没有持证社工（助理社会工作师及以上）" };
}

function describeShortfall(s: EducationShortfall): string {
  return `${s.name}（${POST_TYPE_LABELS[s.postType]}，${EDUCATION_LABELS[s.education]}）`;
}

function educationCheck(shortfalls: EducationShortfall[]): StaffingCheck {
  const pass = shortfalls.length === 0;
  return {
    key: "education",
    label: CHECK_LABELS.education,
    pass,
    actual: pass ? "全部达标" : `${shortfalls.length} 人不达标`,
    required: "专业服务岗位大专及以上，事务性岗位初中及以上",
    reason: pass ? null : `学历不达标：${shortfalls.map(describeShortfall).join("、")}`,
  };
}

export function evaluateStaffing(facts: StaffingFacts): StaffingResult {
  const counts: StaffingCounts = {
    heads: facts.heads,
    deputies: facts.deputies,
    staff: facts.staff,
    activeVolunteers: facts.activeVolunteers,
    contractorCertified: facts.contractorCertified,
  };
  if (facts.level === "COMMUNITY") {
    return { applicable: false, pass: null, checks: [], counts, note: "村（社区）社工室不适用乡镇（街道）社工站配置标准" };
  }
  const checks: StaffingCheck[] = [
    exactlyOne("head", facts.heads),
    exactlyOne("deputy", facts.deputies),
    atLeast("staff", facts.staff, STANDARD.staffMin),
    atLeast("volunteers", facts.activeVolunteers, STANDARD.volunteersMin),
    certifiedCheck(facts),
    educationCheck(facts.educationShortfalls),
  ];
  return { applicable: true, pass: checks.every((c) => c.pass), checks, counts };
}

/** 标牌格式: 昆明市××区××街道社会工作服务站 (towns: ××镇 / ××乡 likewise). */
export function standardStationName({ cityName, districtName, streetName }: { cityName: string; districtName: string; streetName: string }): string {
  return `${cityName}${districtName}${streetName}社会工作服务站`;
}

export type NameCheck = { applicable: boolean; pass: boolean; expected: string | null };

/** The township standard name; community rooms (社工室) are not held to it. */
export function checkStationName({ level, name, cityName, districtName, streetName }: { level: StationLevel; name: string; cityName: string; districtName: string; streetName: string }): NameCheck {
  if (level !== "TOWNSHIP") return { applicable: false, pass: true, expected: null };
  const expected = standardStationName({ cityName, districtName, streetName });
  return { applicable: true, pass: name.trim() === expected, expected };
}
