// 个案资料封面: the station, 个案工作资料, and the case's number, domain, worker and dates.
import { SERVICE_DOMAIN_LABELS } from "@/lib/labels";
import type { CaseFileForPrint } from "../case-file";
import { PrintForm } from "../components";
import { cnCalendarDate, type FormSpec } from "../layout";

export function coverForm(file: CaseFileForPrint): FormSpec {
  const c = file.caseFile;
  const span = `${cnCalendarDate(c.firstContactOn)} 至 ${c.closedOn ? cnCalendarDate(c.closedOn) : cnCalendarDate(null)}`;
  return {
    key: "cover",
    title: "个案资料封面",
    blank: false,
    untitled: true,
    blocks: [
      { kind: "text", lines: [c.stationName], align: "center", size: "title", bold: true, space: 30 },
      { kind: "text", lines: ["个案工作资料"], align: "center", size: "huge", bold: true, space: 20 },
      {
        kind: "table",
        borderless: true,
        size: "large",
        space: 30,
        widths: [18, 26, 56],
        rows: [
          ["个案工作编号：", c.number],
          ["所 属 领 域 ：", SERVICE_DOMAIN_LABELS[c.serviceDomain]],
          ["负 责 社 工 ：", c.ownerName],
          ["起 止 日 期 ：", span],
        ].map(([k, v]) => [{ text: "" }, { text: k, align: "left" as const }, { text: v }]),
      },
    ],
  };
}

export function CoverPrint({ file }: { file: CaseFileForPrint }) {
  return <PrintForm spec={coverForm(file)} />;
}
