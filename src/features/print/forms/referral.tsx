// 个案工作转介表: from / to, the client's identity (masked), family members, reason, problems, measures,
// advice; the transferring side's signatures (the worker's sign-off), the receiving side's left for paper.
import { GENDER_LABELS, REFERRAL_REASON_LABELS } from "@/lib/labels";
import type { ReferralReason } from "@/generated/prisma/enums";
import type { CaseFileForPrint } from "../case-file";
import { PrintForm } from "../components";
import { ageText, box, label, memberRows, signLine, value, type FormSpec } from "../layout";

type Referral = CaseFileForPrint["referrals"][number];

export function referralForm(file: CaseFileForPrint, r: Referral | null): FormSpec {
  const { client } = file;
  const worker = signLine("WORKER", r?.signoffs ?? []);
  const members = memberRows(file.members, 3, (m) => [value(m?.name), value(m?.relation), value(ageText(m?.age)), value(m?.employer), value(m?.phoneMasked)]);
  const reason = (Object.keys(REFERRAL_REASON_LABELS) as ReferralReason[])
    .map((k) => `${box(r?.reason === k)}${REFERRAL_REASON_LABELS[k]}${k === r?.reason && r.reasonNote ? `（${r.reasonNote}）` : ""}`)
    .join("\n");
  const side = (name: string, workerLine: string) =>
    `${name}（盖章）：\n负责社工（签名）：${workerLine}\n机构（站点）负责人（签名）：　　　　　　　　　　日期：`;
  return {
    key: "referral",
    title: "个案工作转介表",
    caption: r?.toName ? `转至${r.toName}` : undefined,
    blank: !r,
    blocks: [
      {
        kind: "table",
        widths: [20, 16, 14, 16, 14, 20],
        rows: [
          [label("转出机构/社工站名称"), value(r?.fromStationName, { colSpan: 5 })],
          [label("负责社工"), value(r?.fromWorkerName, { colSpan: 2 }), label("联系方式"), value(r?.fromContact, { colSpan: 2 })],
          [label("转入机构/社工站名称"), value(r?.toName, { colSpan: 5 })],
          [label("负责社工"), value(r?.toWorkerName, { colSpan: 2 }), label("联系方式"), value(r?.toContact, { colSpan: 2 })],
          [label("服务对象基本信息", { colSpan: 6 })],
          [label("姓名"), value(client.name), label("性别"), value(GENDER_LABELS[client.gender]), label("年龄"), value(ageText(r ? r.clientAge : client.age))],
          [label("联系电话"), value(client.phoneMasked, { colSpan: 5 })],
          [label("家庭住址"), value(client.addressMasked, { colSpan: 5 })],
          [label("家庭主要成员", { rowSpan: members.length + 1 }), label("姓名"), label("关系"), label("年龄"), label("单位"), label("联系电话")],
          ...members,
          [label("转介原因"), value(r ? reason : "", { colSpan: 5, hint: "（服务对象的问题超出站点服务范围、服务对象生活在站点服务区域之外、社工因工作安排改变无法继续等）", height: 15 })],
          [label("服务对象问题"), value(r?.problems, { colSpan: 5, height: 25 })],
          [label("采取过的措施"), value(r?.measures, { colSpan: 5, height: 25 })],
          [label("跟进建议"), value(`${r?.advice ?? ""}\n\n负责社工：${worker.name ?? ""}\n日　　期：${worker.on ?? ""}`, { colSpan: 5, height: 30 })],
          [value(side("转出方", `${worker.name ?? "　　　　　　　　　　"}　　日期：${worker.on ?? ""}`), { colSpan: 6, height: 22 })],
          [value(side("转入方", "　　　　　　　　　　　　　　日期："), { colSpan: 6, height: 22 })],
        ],
      },
    ],
  };
}

export function referralForms(file: CaseFileForPrint): FormSpec[] {
  return file.referrals.length ? file.referrals.map((r) => referralForm(file, r)) : [referralForm(file, null)];
}

export function ReferralPrint({ file, referral }: { file: CaseFileForPrint; referral: Referral | null }) {
  return <PrintForm spec={referralForm(file, referral)} />;
}
