// Money is exact (decision 014): PostgreSQL numeric(14,2) in 元, integer 分 in code, strings at the edges.
// Every amount in the app goes through these functions; no float ever holds money.

/** Integer 分. Always a safe integer (≤ 9,007,199,254,740,991 分 — far above any budget). */
export type Fen = number;

const YUAN = /^(-)?(\d{1,3}(?:,\d{3}){1,3}|\d{1,12})(?:\.(\d{1,2}))?$/;
const WAN = /^(-)?(\d{1,8})(?:\.(\d{1,6}))?$/;

function clean(text: string): string {
  return text.trim().replace(/，/g, ",").replace(/^[¥￥]\s*/, "").replace(/\s*元$/, "");
}

/** "1,234.5" / "¥1234.50" / "1234.5元" → 123450 分; null when it is not an amount with at most two decimals. */
export function parseYuan(text: string): Fen | null {
  const m = YUAN.exec(clean(text));
  if (!m) return null;
  const fen = Number(m[2].replace(/,/g, "")) * 100 + Number((m[3] ?? "").padEnd(2, "0"));
  return m[1] ? -fen : fen;
}

/** "12.5" 万元 → 12500000 分; at most six decimals (1 分 = 0.000001 万元). */
export function parseWan(text: string): Fen | null {
  const m = WAN.exec(clean(text).replace(/万$/, ""));
  if (!m) return null;
  const fen = Number(m[2]) * 1_000_000 + Number((m[3] ?? "").padEnd(6, "0"));
  return m[1] ? -fen : fen;
}

/** A numeric(14,2) value as Prisma returns it (Decimal, string or number from raw SQL) → 分, exactly. */
export function toFen(value: { toFixed(digits: number): string } | string | number | bigint | null | undefined): Fen {
  if (value === null || value === undefined) return 0;
  if (typeof value === "bigint") return Number(value);
  const text = typeof value === "string" ? value : value.toFixed(2);
  const fen = parseYuan(text);
  if (fen === null) throw new Error(`not an amount: ${text}`);
  return fen;
}

/** 分 → "1234.50", the string Prisma writes into a numeric(14,2) column. */
export function toDecimalString(fen: Fen): string {
  assertFen(fen);
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

function assertFen(fen: Fen) {
  if (!Number.isSafeInteger(fen)) throw new Error(`money must be integer 分: ${fen}`);
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** 分 → "1,234.50" (元, for tables and forms). */
export function formatYuan(fen: Fen): string {
  const [int, dec] = toDecimalString(fen).replace("-", "").split(".");
  return `${fen < 0 ? "-" : ""}${group(int)}.${dec}`;
}

/** 分 → "12.5" 万元 (as the forms print it: trailing zeros dropped, up to six decimals). */
export function formatWan(fen: Fen): string {
  assertFen(fen);
  const abs = Math.abs(fen);
  const dec = String(abs % 1_000_000).padStart(6, "0").replace(/0+$/, "");
  return `${fen < 0 ? "-" : ""}${Math.trunc(abs / 1_000_000)}${dec ? `.${dec}` : ""}`;
}

export function sumFen(values: readonly Fen[]): Fen {
  const total = values.reduce((a, b) => a + b, 0);
  assertFen(total);
  return total;
}

/** part ≤ limitPercent% of whole, decided in integers (70% of 100000.00 is allowed, 70.01% is not). */
export function withinPercent(part: Fen, whole: Fen, limitPercent: number): boolean {
  return part * 100 <= whole * limitPercent;
}

/**
 * part / whole as a percentage in basis points (1/100 of a percent), rounded half up: 7001 = 70.01%.
 * Null when whole is 0. Used for display and comparison; money itself never passes through it.
 */
export function percentBasisPoints(part: Fen, whole: Fen): number | null {
  if (whole === 0) return null;
  const sign = (part < 0) !== (whole < 0) ? -1 : 1;
  const num = Math.abs(part) * 10000;
  const den = Math.abs(whole);
  return sign * Math.floor((num * 2 + den) / (den * 2));
}

/** 7001 → "70.01%"; null → "—". */
export function formatPercent(basisPoints: number | null): string {
  if (basisPoints === null) return "—";
  const sign = basisPoints < 0 ? "-" : "";
  const abs = Math.abs(basisPoints);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}%`;
}

/** amount × percent%, in 分, rounded half up (a tranche of 65% of the contract). */
export function percentOf(whole: Fen, percent: number): Fen {
  if (!Number.isInteger(percent * 100)) throw new Error("percent has at most two decimals");
  const bp = Math.round(percent * 100);
  return Math.floor((whole * bp * 2 + 10000) / 20000);
}
