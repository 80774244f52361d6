// 个案工作接案记录表: identity from the client record (masked as on screen), family members of the
// household, the intake's own fields, and the three signature lines.
import { CASE_SOURCE_LABELS, GENDER_LABELS } from "@/lib/labels";
import type { CaseFileForPrint } from "../case-file";
import { PrintForm } from "../components";
import { ageText, box, choiceLine, cnCalendarDate, label, memberRows, signatureRows, signLine, value, type FormSpec } from "../layout";

const W = [17, 16, 13, 14, 17, 23];

export function intakeForm(file: CaseFileForPrint): FormSpec {
  const { client, intake } = file;
  const s = intake?.signoffs ?? [];
  const members = memberRows(file.members, 3, (m) => [
    value(m?.name), value(m?.relation), value(ageText(m?.age)), value(m?.phoneMasked), value(m ? (m.livesTogether ? "是" : "否") : "", { align: "center" }),
  ]);
  const risk = intake?.crisisRisk;
  return {
    key: "intake",
    title: "个案工作接案记录表",
    blank: !intake,
    blocks: [
      {
        kind: "table",
        widths: W,
        rows: [
          [label("服务对象"), value(client.name), label("接案日期"), value(cnCalendarDate(intake?.intakeDate), { colSpan: 3 })],
          [label("性　　别"), value(GENDER_LABELS[client.gender]), label("年　龄"), value(ageText(client.age)), label("健康状况"), value("")],
          [label("身份证号"), value(client.idNumberMasked, { colSpan: 5 })],
          [label("联系电话"), value(client.phoneMasked), label("微信/QQ"), value(client.imContact, { colSpan: 3 })],
          [label("家庭住址"), value(client.addressMasked, { colSpan: 5 })],
          [label("家庭主要成员", { rowSpan: members.length + 1 }), label("姓名"), label("关系"), label("年龄"), label("联系电话"), label("是否同住")],
          ...members,
          [label("服务对象来源"), value(choiceLine(CASE_SOURCE_LABELS, intake?.source, undefined, (k) => (k === intake?.source && intake.sourceNote ? `（${intake.sourceNote}）` : "")), { colSpan: 5 })],
          [label("服务对象情况"), value(intake?.situation, { colSpan: 5, hint: "（家庭状况、健康状况、学习/工作情况、社会关系）", height: 40 })],
          [label("服务对象曾接受服务的情况\n/曾经尝试过的方法"), value(intake?.servicesBefore, { colSpan: 5, height: 25 })],
          [
            label("危机因素"),
            value(`${box(risk === "NONE")}无      ${box(!!risk && risk !== "NONE")}有   （${box(risk === "HIGH")}高   ${box(risk === "MEDIUM")}中   ${box(risk === "LOW")}低）`, { colSpan: 5 }),
          ],
          [label("危机介入"), value(`${box(intake?.crisisIntervention === true)}需要    ${box(intake?.crisisIntervention === false)}不需要`, { colSpan: 5 })],
          ...signatureRows(6, [signLine("WORKER", s), signLine("SUPERVISOR", s), signLine("STATION_HEAD", s)]),
        ],
      },
    ],
  };
}

export function IntakePrint({ file }: { file: CaseFileForPrint }) {
  return <PrintForm spec={intakeForm(file)} />;
}
