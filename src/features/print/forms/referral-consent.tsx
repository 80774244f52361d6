// 个案转介同意书: one per referral of the case; the client signs on paper, the date is the one recorded.
import type { CaseFileForPrint } from "../case-file";
import { PrintForm } from "../components";
import { cnCalendarDate, type FormSpec } from "../layout";

type Referral = CaseFileForPrint["referrals"][number];

const BLANK = "＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿";

export function referralConsentForm(file: CaseFileForPrint, r: Referral | null): FormSpec {
  const from = r?.fromStationName ?? file.caseFile.stationName;
  const to = r?.toName ?? BLANK;
  const guardian = r?.consentSigner === "GUARDIAN" && r.consentGuardianName ? `（监护人${r.consentGuardianName}代签）` : "";
  return {
    key: "referral-consent",
    title: "个案转介同意书",
    caption: r?.toName ? `转至${r.toName}` : undefined,
    blank: !r?.consentedOn,
    blocks: [
      {
        kind: "text",
        indent: true,
        space: 10,
        lines: [`我同意${from}因服务需要将我转介至${to}，并将我接受服务的相关情况与我的相关个人信息一并转过去。这样做的目的是为了申请更优质、更针对性的服务。`],
      },
      {
        kind: "table",
        borderless: true,
        widths: [45, 55],
        rows: [
          [{ text: "" }, { text: `服务对象（签名）：${guardian}` }],
          [{ text: "" }, { text: `日　　　　期：${cnCalendarDate(r?.consentedOn)}` }],
        ],
      },
    ],
  };
}

export function referralConsentForms(file: CaseFileForPrint): FormSpec[] {
  return file.referrals.length ? file.referrals.map((r) => referralConsentForm(file, r)) : [referralConsentForm(file, null)];
}

export function ReferralConsentPrint({ file, referral }: { file: CaseFileForPrint; referral: Referral | null }) {
  return <PrintForm spec={referralConsentForm(file, referral)} />;
}
