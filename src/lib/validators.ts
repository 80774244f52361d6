// Checks for what Chinese users type: 身份证号, 手机号, 统一社会信用代码, passwords. Pure functions.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

export type IdNumberInfo = { birthDate: string; gender: "MALE" | "FEMALE" };

/** Check character of an 18-digit resident ID number (GB 11643-1999) from its first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * ID_WEIGHTS[i], 0);
  return ID_CHECK[sum % 11];
}

/** Validates an 18-digit ID number (format, birth date, checksum) and derives birth date and gender. */
export function parseIdNumber(raw: string): IdNumberInfo | null {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return null;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || date > new Date()) return null;
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) return null;
  return {
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: Number(id[16]) % 2 === 1 ? "MALE" : "FEMALE",
  };
}

export function isMobile(raw: string): boolean {
  return /^1[3-9]\d{9}$/.test(raw.trim());
}

/** Landline (0871-12345678) or mobile. */
export function isPhone(raw: string): boolean {
  const value = raw.trim();
  return isMobile(value) || /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(value);
}

const USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Check character of a unified social credit code (GB 32100-2015) from its first 17 characters. */
export function usccCheckChar(first17: string): string {
  const sum = [...first17].reduce((acc, ch, i) => acc + USCC_CHARS.indexOf(ch) * USCC_WEIGHTS[i], 0);
  return USCC_CHARS[(31 - (sum % 31)) % 31];
}

export function isUscc(raw: string): boolean {
  const code = raw.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  return usccCheckChar(code.slice(0, 17)) === code[17];
}

export const PASSWORD_MIN_LENGTH = 8;

/** Password policy: ≥8 characters with upper case, lower case, a digit and a symbol. Returns the problems. */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`至少 ${PASSWORD_MIN_LENGTH} 位`);
  if (!/[A-Z]/.test(password)) problems.push("包含大写字母");
  if (!/[a-z]/.test(password)) problems.push("包含小写字母");
  if (!/\d/.test(password)) problems.push("包含数字");
  if (!/[^A-Za-z0-9]/.test(password)) problems.push("包含符号");
  return problems;
}

/** Masks the middle of a value: 5301**********1234 style. */
export function mask(value: string, keepStart = 4, keepEnd = 4): string {
  if (value.length <= keepStart + keepEnd) return "*".repeat(value.length);
  return value.slice(0, keepStart) + "*".repeat(value.length - keepStart - keepEnd) + value.slice(-keepEnd);
}
