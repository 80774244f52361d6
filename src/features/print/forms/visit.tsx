// 探访记录表: the visit, its households, content, special situations (the seed: "无则删除该内容"), the
// supervisor's opinion, and the worker's and the station head's signatures.
import { formatTime } from "@/lib/dates";
import { FOLLOW_UP_KIND_LABELS, SERVICE_DOMAIN_LABELS, VISIT_TYPE_LABELS } from "@/lib/labels";
import type { FollowUpKind, VisitType } from "@/generated/prisma/enums";
import { PrintForm } from "../components";
import { box, cnDay, label, section, signatureRows, signLine, value, type Cell, type FormSpec } from "../layout";
import type { VisitForPrint } from "../visit";

export function visitForm(v: VisitForPrint): FormSpec {
  const situations: Cell[][] = v.situations.flatMap((s) => [
    [label("特殊情况\n的名单"), value(s.names, { colSpan: 3 })],
    [label("特殊情况\n描述"), value(s.description, { colSpan: 3, height: 15 })],
    [
      label("特殊情况\n跟进形式"),
      value(
        (Object.keys(FOLLOW_UP_KIND_LABELS) as FollowUpKind[])
          .map((k) => `${box(s.followUp === k)}${FOLLOW_UP_KIND_LABELS[k]}${k === "OTHER" ? "（请说明）" : ""}${k === s.followUp && s.followUpNote ? `：${s.followUpNote}` : ""}`)
          .join("    "),
        { colSpan: 3 },
      ),
    ],
  ]);
  const names = v.households.map((h) => (h.note ? `${h.name}（${h.note}）` : h.name)).join("、");
  return {
    key: "visit",
    title: "探访记录表",
    blank: false,
    blocks: [
      {
        kind: "table",
        widths: [18, 32, 18, 32],
        rows: [
          [label("服务对象"), value(v.target), label("负责社工"), value(v.workerName)],
          [
            label("服务领域"), value(SERVICE_DOMAIN_LABELS[v.serviceDomain]),
            label("服务类型"), value((Object.keys(VISIT_TYPE_LABELS) as VisitType[]).map((k) => `${box(v.visitType === k)}${VISIT_TYPE_LABELS[k]}`).join("\n")),
          ],
          [label("日期及时间"), value(`${cnDay(v.visitedAt)} ${formatTime(v.visitedAt)}`, { colSpan: 3 })],
          [label("地　　点"), value(v.place, { colSpan: 3 })],
          [label("探访总户数"), value(`共探访 ${v.householdCount} 户`, { colSpan: 3 })],
          [label("探访名单"), value(names, { colSpan: 3, height: 12 })],
          ...section(4, "具体探访工作内容", v.content, { hint: "（包含探访提纲、探访总体情况）", height: 50 }),
          ...(situations.length ? [[label("特殊情况跟进", { colSpan: 4, align: "left" })], ...situations] : []),
          ...section(4, "督导意见", v.supervisorOpinion, { height: 15 }),
          ...signatureRows(4, [signLine("WORKER", v.signoffs), signLine("STATION_HEAD", v.signoffs)]),
        ],
      },
      { kind: "text", lines: ["*其他相同的表格（如低保核查表等）具有同等的效力。"] },
    ],
  };
}

export function VisitPrint({ visit }: { visit: VisitForPrint }) {
  return <PrintForm spec={visitForm(visit)} />;
}
