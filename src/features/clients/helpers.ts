// Pure helpers for client records (no server imports): masking and age. Used by commands, pages and tests.
import { mask } from "@/lib/validators";

/** 5301**********1234 */
export function maskIdNumber(idNumber: string): string {
  return mask(idNumber.trim().toUpperCase(), 4, 4);
}

/** 139****2345 (landlines: 087*****0000). */
export function maskPhone(phone: string): string {
  return mask(phone.trim(), 3, 4);
}

/** First 6 characters + ****; a short address keeps only its first half. */
export function maskAddress(address: string): string {
  const chars = [...address.trim()];
  const keep = chars.length > 6 ? 6 : Math.ceil(chars.length / 2);
  return `${chars.slice(0, keep).join("")}****`;
}

/** Whole years between a calendar birth date (UTC midnight) and today's calendar date (YYYY-MM-DD). */
export function ageOn(birthDate: Date | null | undefined, today: string): number | null {
  if (!birthDate) return null;
  const [y, m, d] = today.split("-").map(Number);
  let age = y - birthDate.getUTCFullYear();
  if (m < birthDate.getUTCMonth() + 1 || (m === birthDate.getUTCMonth() + 1 && d < birthDate.getUTCDate())) age -= 1;
  return age < 0 ? null : age;
}

/** True when the search text is a full ID number (18 characters): searched through the blind index only. */
export function looksLikeIdNumber(q: string): boolean {
  return /^\d{17}[\dXx]$/.test(q.trim());
}

/** The sensitive client fields that are encrypted and can be revealed with a reason. */
export const CLIENT_SENSITIVE_FIELDS = ["idNumber", "phone", "address", "health", "situation"] as const;
export type ClientSensitiveField = (typeof CLIENT_SENSITIVE_FIELDS)[number];
export const CLIENT_SENSITIVE_LABELS: Record<ClientSensitiveField, string> = {
  idNumber: "身份证号",
  phone: "联系电话",
  address: "家庭住址",
  health: "健康状况",
  situation: "服务对象情况",
};

export const HOUSEHOLD_SENSITIVE_LABELS = { address: "家庭住址", memberPhone: "成员联系电话" } as const;
export type HouseholdSensitiveField = keyof typeof HOUSEHOLD_SENSITIVE_LABELS;

/** The message for an ID number registered in the district by a file the actor may not read. */
export function registeredElsewhereMessage(stationName: string | null): string {
  return `该身份证号已在本区登记（${stationName ?? "其他社工站"}），请联系该站负责社工或转介`;
}

export type IdCheckResult =
  | { status: "none" }
  | { status: "readable"; clientId: string; name: string }
  | { status: "elsewhere"; message: string };
