// 接受服务同意书 (个案工作服务协议): the seed's terms with the parties filled in; the client signs on
// paper, the date is the one recorded.
import { CONSENT_TERMS } from "@/features/cases/schemas";
import type { CaseFileForPrint } from "../case-file";
import { PrintForm } from "../components";
import { cnCalendarDate, type FormSpec } from "../layout";

export function agreementForm(file: CaseFileForPrint): FormSpec {
  const { consent, caseFile, client } = file;
  const on = cnCalendarDate(consent?.consentedOn);
  const guardian = consent?.signer === "GUARDIAN" && consent.guardianName ? `（监护人${consent.guardianName}代签）` : "";
  return {
    key: "agreement",
    title: "接受服务同意书",
    blank: !consent,
    blocks: [
      { kind: "text", lines: [`甲方（委托方）：${client.name}`, `乙方（社会工作服务站/社会工作者）：${caseFile.stationName}／${caseFile.ownerName}`] },
      { kind: "text", indent: true, lines: [CONSENT_TERMS.intro.replace("乙方社会工作服务站", `乙方${caseFile.stationName}`)] },
      { kind: "text", lines: ["一、甲方将遵循以下条款：", ...CONSENT_TERMS.client.map((t, i) => `${i + 1}、${t}`)] },
      { kind: "text", lines: ["二、乙方将遵循以下条款：", ...CONSENT_TERMS.station.map((t, i) => `${i + 1}、${t}`)] },
      {
        kind: "table",
        borderless: true,
        widths: [50, 50],
        rows: [
          [{ text: `甲方签字（盖章/签字）：${guardian}` }, { text: "乙方（盖章/签字）：" }],
          [{ text: `日期：${on}` }, { text: `日期：${on}` }],
        ],
      },
    ],
  };
}

export function AgreementPrint({ file }: { file: CaseFileForPrint }) {
  return <PrintForm spec={agreementForm(file)} />;
}
