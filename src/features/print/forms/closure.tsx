// 个案工作结案表: summary in the seed's four points, goal attainment, reason, follow-up; four signatures.
import { CLOSURE_REASON_LABELS } from "@/lib/labels";
import type { ClosureReason } from "@/generated/prisma/enums";
import type { CaseFileForPrint } from "../case-file";
import { PrintForm } from "../components";
import { box, clientSignLine, cnCalendarDate, label, section, signatureRows, signLine, value, yesNo, type FormSpec } from "../layout";

const SUMMARY = [
  ["span", "1、服务时间跨度、服务次数、服务方式"],
  ["changes", "2、服务对象的情况变化，问题解决程度"],
  ["clientState", "3、目前服务对象的意愿、情绪、期望等"],
  ["observations", "4、社会工作者观察、总结"],
] as const;

export function closureForm(file: CaseFileForPrint): FormSpec {
  const c = file.closure;
  const s = c?.signoffs ?? [];
  const reason = (k: ClosureReason, withNote: boolean) =>
    `${box(c?.reason === k)}${CLOSURE_REASON_LABELS[k]}${withNote ? `  说明：${c?.reason === k && c.reasonNote ? c.reasonNote : ""}` : c?.reason === k && c.reasonNote ? `（${c.reasonNote}）` : ""}`;
  const closing = [
    "1.结案原因：",
    `${reason("GOALS_MET", false)}          ${reason("OUT_OF_SCOPE", false)}`,
    reason("NOT_SUITABLE", true),
    reason("CLIENT_DECLINED", true),
    reason("OTHER", true),
    `2.服务对象知道个案已结束并知道在有需要时如何得到服务  ${yesNo(c ? c.clientKnowsReturn : null)}`,
  ].join("\n");
  return {
    key: "closure",
    title: "个案工作结案表",
    blank: !c,
    blocks: [
      {
        kind: "table",
        widths: [18, 32, 18, 32],
        rows: [
          [label("服务对象"), value(file.client.name), label("负责社工"), value(file.caseFile.ownerName)],
          [label("接案日期"), value(file.intake ? cnCalendarDate(file.intake.intakeDate) : ""), label("结案日期"), value(c ? cnCalendarDate(c.closedOn) : "")],
          ...section(4, "介入过程及现状总结", SUMMARY.map(([k, heading]) => `${heading}\n${c?.[k] ?? ""}`).join("\n"), { height: 60 }),
          ...section(4, "目标达成情况", c?.goalAttainment, { hint: "（案主前后的变化、案主自我评估、督导的评估等）", height: 30 }),
          ...section(4, "结案", closing),
          ...section(4, "结案后回访跟进计划", c?.followUp, { height: 20 }),
          ...(c?.supervisorOpinion ? section(4, "督导意见", c.supervisorOpinion, { height: 10 }) : []),
          ...signatureRows(4, [signLine("WORKER", s), clientSignLine(c?.clientSignedOn), signLine("SUPERVISOR", s), signLine("STATION_HEAD", s)]),
        ],
      },
    ],
  };
}

export function ClosurePrint({ file }: { file: CaseFileForPrint }) {
  return <PrintForm spec={closureForm(file)} />;
}
