// The layout of a printed form as plain data: the seed's Word tables (label cells, value cells, merged
// cells) and the lines around them. Every form is described once (src/features/print/forms/*) and drawn
// twice from this description: as HTML for the A4 print view (components.tsx) and as a Word document
// (docx.ts). Pure: no server or React imports.
import { formatDate } from "@/lib/dates";
import { SIGN_ROLE_LABELS } from "@/lib/labels";
import type { SignRole } from "@/generated/prisma/enums";

export type Align = "left" | "center" | "right";

/** A picture inside a cell (结项报告书 五、图片材料): the bytes for Word, an address for the screen. */
export type CellImage = {
  type: "jpg" | "png";
  /** The file's bytes (the Word export embeds them). */
  data?: Uint8Array;
  /** Where the screen loads it from (/api/files/…?inline=1). */
  src?: string;
  /** The picture's own size in pixels (its aspect ratio is kept). */
  width: number;
  height: number;
  alt: string;
};

export type Cell = {
  /** A label cell of the form (shaded, centred). */
  label?: boolean;
  /** The value (lines separated by "\n"). */
  text?: string;
  /** The form's printed instruction inside the cell, e.g. （家庭状况、健康状况…）, shown before the value. */
  hint?: string;
  /** Printed words before the value on the same line, e.g. 负责社工（签名）：. */
  prefix?: string;
  colSpan?: number;
  rowSpan?: number;
  align?: Align;
  /** Writing space the paper form leaves (mm, at least). */
  height?: number;
  /** A picture, after the prefix and before the text. */
  image?: CellImage;
};

export type Block =
  | {
      kind: "table";
      /** relative column widths */
      widths: number[];
      rows: Cell[][];
      /** lines laid out as a table without rules (signature blocks, the cover's fields) */
      borderless?: boolean;
      size?: "normal" | "large";
      /** space before (mm) */
      space?: number;
    }
  | { kind: "text"; lines: string[]; align?: Align; size?: "normal" | "large" | "title" | "huge"; bold?: boolean; /** first-line indent of two characters */ indent?: boolean; /** space before (mm) */ space?: number };

export type FormSpec = {
  /** Which form (cover, checklist, intake …). */
  key: string;
  /** The form's name (the printed title unless `untitled`). */
  title: string;
  /** Shown on the screen only: which copy this is, e.g. 第 2 次 or the referral's receiver. */
  caption?: string;
  /** No record behind it: the seed's empty form, to be filled on paper. */
  blank: boolean;
  /** The cover has no title line of its own. */
  untitled?: boolean;
  blocks: Block[];
};

// ───────────── Values as the paper form writes them ─────────────

/** 2026年11月3日 from a calendar date (UTC midnight); the form's empty 年 月 日 when none. */
export function cnCalendarDate(date: Date | null | undefined): string {
  if (!date) return "　　年　　月　　日";
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** The Beijing calendar day of an instant (a sign-off), as 2026年11月3日. */
export function cnDay(instant: Date | null | undefined): string {
  if (!instant) return cnCalendarDate(null);
  const [y, m, d] = formatDate(instant).split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

export const CHECKED = "☑";
export const UNCHECKED = "□";

export const box = (checked: boolean) => (checked ? CHECKED : UNCHECKED);

/** ☑主动求助  □他人求助 … for a choice among labels (nothing ticked on a blank form). */
export function choiceLine<K extends string>(labels: Record<K, string>, value: K | null | undefined, order?: readonly K[], note?: (key: K) => string | null): string {
  return (order ?? (Object.keys(labels) as K[])).map((k) => `${box(value === k)}${labels[k]}${note?.(k) ?? ""}`).join("    ");
}

/** □1 □2 … ☑7 … □10 between the seed's two anchor words. */
export function scaleLine(value: number | null | undefined, from: string, to: string): string {
  return [from, ...Array.from({ length: 10 }, (_, i) => `${box(value === i + 1)}${i + 1}`), to].join("  ");
}

/** 是 / 否 ticks. */
export function yesNo(value: boolean | null | undefined, yes = "是", no = "否"): string {
  return `${box(value === true)}${yes}    ${box(value === false)}${no}`;
}

// ───────────── Building blocks shared by the forms ─────────────

export const title = (lines: string[], size: "title" | "large" | "huge" = "title"): Block => ({ kind: "text", lines, align: "center", size, bold: true });

/** A label column cell. */
export const label = (text: string, extra: Partial<Cell> = {}): Cell => ({ label: true, text, ...extra });

/** A value cell. */
export const value = (text: string | null | undefined, extra: Partial<Cell> = {}): Cell => ({ text: text ?? "", ...extra });

/** A label row across the table (背景资料, 服务目标 …) and its value row with room to write. */
export function section(columns: number, heading: string, text: string | null | undefined, opts: { hint?: string; height?: number } = {}): Cell[][] {
  return [
    [label(heading, { colSpan: columns, align: "left" })],
    [value(text, { colSpan: columns, hint: opts.hint, height: opts.height ?? 30 })],
  ];
}

export type SignLine = { who: string; name: string | null; on: string | null };

/** A signer of the form: the electronic sign-off of that role, if any. */
export function signLine(role: SignRole, signoffs: readonly { role: SignRole; userName: string; signedAt: Date }[], who = `${SIGN_ROLE_LABELS[role]}（签名）：`): SignLine {
  const s = signoffs.find((x) => x.role === role);
  return { who, name: s ? `${s.userName}（电子签名）` : null, on: s ? cnDay(s.signedAt) : null };
}

/** The client signs the paper form; the system keeps the date only. */
export function clientSignLine(signedOn: Date | null | undefined): SignLine {
  return { who: "服务对象（签名）：", name: null, on: signedOn ? cnCalendarDate(signedOn) : null };
}

/** The seed's signature rows: 负责社工（签名）：… | 日期：… */
export function signatureRows(columns: number, lines: SignLine[]): Cell[][] {
  const left = Math.ceil(columns / 2);
  return lines.map((l) => [
    { prefix: l.who, text: l.name ?? "", colSpan: left, height: 10 },
    { prefix: "日期：", text: l.on ?? "", colSpan: columns - left, height: 10 },
  ]);
}

/** Family members' table rows (at least `min` rows, the seed's empty ones included). */
export function memberRows<T>(members: T[], min: number, cells: (m: T | null) => Cell[]): Cell[][] {
  const rows = members.map((m) => cells(m));
  while (rows.length < min) rows.push(cells(null));
  // A row to write in by hand, even when empty.
  return rows.map((row) => row.map((c) => ({ height: 8, ...c })));
}

/** A box left for writing (its text starts at the top), as opposed to a one-line row. */
export const isWritingSpace = (cell: Cell) => !cell.label && (cell.height ?? 0) >= 12;

/** Whole-years age or empty. */
export const ageText = (age: number | null | undefined) => (age === null || age === undefined ? "" : `${age}`);
