// 项目变更申请审批表 in the seed's layout (004): title; 填报单位（盖章）/ 填报人 / 填报日期; a table of 项目名称,
// 承接单位, 项目服务期, the three contents with their printed instructions, 督导审核意见 and 民政局审核意见, each
// with （盖章） and the date. Pure: drawn by the Word export (src/features/print/docx.ts).
import type { SubmissionStatus } from "@/generated/prisma/enums";
import { cnCalendarDate, cnDay, label, value, type FormSpec } from "@/features/print/layout";
import { CHANGE_REQUEST_FIELDS as F, CHANGE_REQUEST_TITLE, OPINION_HINT } from "./labels";

export type ChangeRequestForPrint = {
  number: number;
  status: SubmissionStatus;
  filer: string;
  originalContent: string;
  changedContent: string;
  reasons: string;
  supervisorOpinion: string | null;
  supervisorName: string | null;
  supervisorAt: Date | null;
  bureauOpinion: string | null;
  bureauName: string | null;
  bureauAt: Date | null;
  submittedAt: Date | null;
  contract: { name: string; startsOn: Date; endsOn: Date; contractor: { name: string } };
};

/** An opinion cell: the words, who gave it, then the seed's （盖章） and 年 月 日 lines. */
function opinion(text: string | null, name: string | null, at: Date | null): string {
  const lines = [text ?? "", ""];
  if (name) lines.push(`审核人：${name}`);
  lines.push("（盖章）", at ? cnDay(at) : cnDay(null));
  return lines.join("\n");
}

/** 民政局审核意见 states the decision (批准 / 不予批准) before the reviewer's words. */
function bureauText(r: ChangeRequestForPrint): string | null {
  if (r.status === "ACCEPTED") return r.bureauOpinion ? `批准。${r.bureauOpinion}` : "批准。";
  if (r.status === "REJECTED") return r.bureauOpinion ? `不予批准。${r.bureauOpinion}` : "不予批准。";
  return null;
}

export function changeRequestFormSpec(r: ChangeRequestForPrint): FormSpec {
  const decided = r.status === "ACCEPTED" || r.status === "REJECTED";
  return {
    key: "change-request",
    title: CHANGE_REQUEST_TITLE,
    caption: `第 ${r.number} 号`,
    blank: false,
    blocks: [
      {
        kind: "table",
        borderless: true,
        widths: [40, 30, 30],
        rows: [[
          { prefix: "填报单位（盖章）：", text: r.contract.contractor.name },
          { prefix: "填报人：", text: r.filer },
          { prefix: "填报日期：", text: r.submittedAt ? cnDay(r.submittedAt) : "" },
        ]],
      },
      {
        kind: "table",
        widths: [22, 78],
        rows: [
          [label("项目名称"), value(r.contract.name)],
          [label("承接单位"), value(r.contract.contractor.name)],
          [label("项目服务期"), value(`${cnCalendarDate(r.contract.startsOn)}至${cnCalendarDate(r.contract.endsOn)}`)],
          [label(F.originalContent.label), value(r.originalContent, { hint: F.originalContent.hint, height: 40 })],
          [label(F.changedContent.label), value(r.changedContent, { hint: F.changedContent.hint, height: 40 })],
          [label(F.reasons.label), value(r.reasons, { hint: F.reasons.hint, height: 35 })],
          [label("督导\n审核意见"), value(opinion(r.supervisorOpinion, r.supervisorName, r.supervisorAt), { hint: OPINION_HINT, height: 30 })],
          [label("民政局\n审核意见"), value(decided ? opinion(bureauText(r), r.bureauName, r.bureauAt) : opinion(null, null, null), { hint: OPINION_HINT, height: 30 })],
        ],
      },
    ],
  };
}
