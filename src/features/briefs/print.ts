// 月度工作简报 in the seed's layout (004, ~2795–2805): "XX县（市、区）XX乡镇（街道）社工站 / 第  月度工作简报",
// then 具体内容 1、2、3 — with the month's counts (drafted from the records) as a table in section 1. No database
// access: the Word export (export.ts) loads the brief and draws this through the shared print layout.
import { peopleServed, personTimes, SERVICE_COUNT_LABELS, type ServiceCounts } from "@/features/service-counts/counts";
import { formatDateTime, monthLabel } from "@/lib/dates";
import { cnDay, label, title, value, type Block, type Cell, type FormSpec } from "@/features/print/layout";
import { BRIEF_SECTION_PRINTED, BRIEF_SECTIONS, type BriefSection } from "./labels";

export type BriefForPrint = {
  month: string;
  districtName: string;
  streetName: string;
  stationName: string;
  contractorName: string;
  contractCode: string;
  submittedAt: Date | null;
  counts: ServiceCounts;
  /** Counted live (a draft) rather than frozen on submission. */
  live: boolean;
  countedAt: Date | null;
} & Record<BriefSection, string | null>;

/** The counts as label/value pairs, two pairs a row, then the totals. */
function countRows(c: ServiceCounts): Cell[][] {
  const pairs: [string, string][] = (Object.keys(SERVICE_COUNT_LABELS) as (keyof ServiceCounts)[]).map((k) => [SERVICE_COUNT_LABELS[k], String(c[k])]);
  pairs.push(["服务人数（合计）", String(peopleServed(c))], ["服务人次（合计）", String(personTimes(c))]);
  const rows: Cell[][] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const [a, b] = [pairs[i], pairs[i + 1]];
    rows.push([label(a[0]), value(a[1], { align: "center" }), ...(b ? [label(b[0]), value(b[1], { align: "center" })] : [label(""), value("")])]);
  }
  return rows;
}

const paragraphs = (text: string | null): Block => ({ kind: "text", lines: (text ?? "").split("\n").filter((l) => l.trim() !== "").concat(text?.trim() ? [] : ["（未填写）"]), indent: true });

export function briefFormSpec(b: BriefForPrint): FormSpec {
  const month = Number(b.month.slice(5));
  const source = b.live
    ? `（以上数据根据本站${monthLabel(b.month)}的服务记录自动统计，尚未提交，提交时重新统计）`
    : `（以上数据根据本站${monthLabel(b.month)}的服务记录自动统计，统计时间 ${formatDateTime(b.countedAt)}）`;
  const section = (s: BriefSection): Block[] => [
    { kind: "text", lines: [BRIEF_SECTION_PRINTED[s]], bold: true, space: 4 },
    ...(s === "dailyWork" ? [{ kind: "table", widths: [30, 20, 30, 20], rows: countRows(b.counts) } satisfies Block, { kind: "text", lines: [source], size: "normal" } satisfies Block] : []),
    paragraphs(b[s]),
  ];
  return {
    key: "monthly-brief",
    title: "月度工作简报",
    blank: false,
    untitled: true,
    blocks: [
      title([`${b.districtName}${b.streetName}社工站`, `第${month}月度工作简报`]),
      { kind: "text", lines: [`（${monthLabel(b.month)} · ${b.stationName}）`], align: "center" },
      { kind: "text", lines: ["具体内容："], bold: true, space: 6 },
      ...BRIEF_SECTIONS.flatMap(section),
      {
        kind: "table", borderless: true, widths: [50, 50], space: 10,
        rows: [[{ prefix: "报送单位：", text: b.contractorName }, { prefix: "报送日期：", text: b.submittedAt ? cnDay(b.submittedAt) : "（未提交）" }]],
      },
    ],
  };
}
