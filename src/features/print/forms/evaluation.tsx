// 个案工作评估表: the client's part (recorded from the paper form) and the supervisor's part. The seed's
// numbering and scale words are kept as printed.
import { GOAL_ATTAINMENT_LABELS } from "@/lib/labels";
import type { GoalAttainment } from "@/generated/prisma/enums";
import type { CaseFileForPrint } from "../case-file";
import { PrintForm } from "../components";
import { box, clientSignLine, cnCalendarDate, label, scaleLine, section, signatureRows, signLine, value, type FormSpec } from "../layout";

export function evaluationForm(file: CaseFileForPrint): FormSpec {
  const e = file.evaluation;
  const s = e?.signoffs ?? [];
  const attainment = (k: GoalAttainment) =>
    `${GOAL_ATTAINMENT_LABELS[k]}（ ${e?.goalAttainment === k ? "√" : "　"} ）原因说明：${e?.goalAttainment === k && e.goalNote ? e.goalNote : ""}`;
  return {
    key: "evaluation",
    title: "个案工作评估表",
    blank: !e,
    blocks: [
      {
        kind: "table",
        widths: [18, 32, 18, 32],
        rows: [
          [label("服务对象"), value(file.client.name), label("负责社工"), value(file.caseFile.ownerName)],
          [label("接案日期"), value(file.intake ? cnCalendarDate(file.intake.intakeDate) : ""), label("结案日期"), value(file.caseFile.closedOn ? cnCalendarDate(file.caseFile.closedOn) : "")],
          [label("以下内容由服务对象填写", { colSpan: 4 })],
          ...section(4, "1、 您接受了社会工作者的哪些服务？", e?.servicesReceived, { height: 20 }),
          ...section(4, "2、 接受了社会工作者的服务后，您应对困难、解决问题的能力是否获得提升？",
            `${box(e?.abilityImproved === true)}是      说明：${e?.abilityImproved === true && e.abilityNote ? e.abilityNote : ""}\n${box(e?.abilityImproved === false)}否${e?.abilityImproved === false && e.abilityNote ? `      说明：${e.abilityNote}` : ""}`,
            { height: 12 }),
          ...section(4, "3、 您对社会工作者的表现满意吗？（请在答案处打钩）", scaleLine(e?.satisfaction, "完全没有改善", "完全解决"), { height: 8 }),
          ...section(4, "四、自接受本机构服务后，您的情况有否改善？（请在答案处打钩）", scaleLine(e?.improvement, "完全没有改善", "完全解决"), { height: 8 }),
          ...section(4, "五、本服务结束之时，您与社会工作者商定的目标达成情况如何？（请在答案处打钩）", (["FULL", "PARTIAL", "NONE"] as const).map(attainment).join("\n"), { height: 18 }),
          ...section(4, "六、其他评价及建议", e?.comments, { height: 15 }),
          ...signatureRows(4, [clientSignLine(e?.clientSignedOn)]),
          [label("以下内容由督导者填写", { colSpan: 4 })],
          ...section(4, "一、对社工服务情况评价", e?.serviceReview, { height: 18 }),
          ...section(4, "二、负责社工的表现评价", e?.workerReview, { height: 18 }),
          ...section(4, "三、督导意见", e?.supervisorOpinion, { height: 15 }),
          ...signatureRows(4, [signLine("SUPERVISOR", s)]),
        ],
      },
    ],
  };
}

export function EvaluationPrint({ file }: { file: CaseFileForPrint }) {
  return <PrintForm spec={evaluationForm(file)} />;
}
