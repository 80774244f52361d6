// Labels of the monitoring and self-evaluation pages (enum → text maps this feature adds; the shared ones are in
// src/lib/labels.ts). Pure.
import type { IndicatorOperator, QualitativeBand } from "@/generated/prisma/enums";
import { QUALITATIVE_BAND_LABELS } from "@/lib/labels";
import type { CheckpointWarning } from "./curve";

/** 定性指标的评价档次, short: the band's name without its range (QUALITATIVE_BAND_LABELS in src/lib/labels.ts). */
export const QUALITATIVE_BAND_SHORT_LABELS = Object.fromEntries(
  Object.entries(QUALITATIVE_BAND_LABELS).map(([band, label]) => [band, label.replace(/（.*$/, "")]),
) as Record<QualitativeBand, string>;

export const CHECKPOINT_WARNING_LABELS: Record<CheckpointWarning["kind"], string> = { LAG: "执行滞后", DIVERGENCE: "进度偏离" };


/** "58" with unit "个" → "58个"; a value that already says more than a number is kept as typed. */
export function withUnit(value: string | null, unit: string | null): string {
  if (value === null || value === "") return "";
  return unit && /^-?\d+(\.\d+)?$/.test(value.trim()) ? `${value.trim()}${unit}` : value;
}

/** 实际完成值 as the tables write it: the value (with its unit), for a qualitative row the band and percentage, and whether the platform counted it. */
export function actualText(row: { actualValue: string | null; unit: string | null; operator: IndicatorOperator; band: QualitativeBand | null; bandPercent: number | null; live: boolean }): string {
  const value = withUnit(row.actualValue, row.unit);
  const band = row.operator === "QUALITATIVE" && row.band ? `${QUALITATIVE_BAND_SHORT_LABELS[row.band]}（${row.bandPercent ?? "—"}%）` : "";
  const text = [value, band].filter(Boolean).join(" ");
  return row.live && value ? `${text}（平台统计）` : text;
}
