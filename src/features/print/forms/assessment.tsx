// 个案工作预估表: the background and the needs analysis in the seed's two boxes, goals, initial plan.
import { ASSESSMENT_LABELS } from "@/features/cases/schemas";
import type { CaseFileForPrint } from "../case-file";
import { PrintForm } from "../components";
import { label, section, signatureRows, signLine, value, type FormSpec } from "../layout";

type Assessment = NonNullable<CaseFileForPrint["assessment"]>;

/** The filled parts of one box, each under its heading. */
function parts(a: Assessment | null, keys: (keyof typeof ASSESSMENT_LABELS)[]): string {
  if (!a) return "";
  return keys.filter((k) => a[k]).map((k) => `【${ASSESSMENT_LABELS[k]}】\n${a[k]}`).join("\n");
}

export function assessmentForm(file: CaseFileForPrint): FormSpec {
  const a = file.assessment;
  const s = a?.signoffs ?? [];
  return {
    key: "assessment",
    title: "个案工作预估表",
    blank: !a,
    blocks: [
      {
        kind: "table",
        widths: [18, 32, 18, 32],
        rows: [
          [label("服务对象"), value(file.client.name), label("负责社工"), value(file.caseFile.ownerName)],
          ...section(4, "背景资料", parts(a, ["physical", "psychological", "social", "environment", "selfView"]), {
            hint: "（内容包括：服务对象个人的生理、心理及社会等方面的资料；服务对象所处在的社会环境的资料；服务对象对自己及处境的感受、观念和看法等）",
            height: 50,
          }),
          ...section(4, "服务对象问题及需要分析", parts(a, ["needs", "resources"]), {
            hint: "（分析方向：以需求为导向，与服务对象讨论其需要、困境或问题；以资源为导向，识别服务对象及其所处环境中的资源、优势与障碍）",
            height: 45,
          }),
          ...section(4, "服务目标", a?.goals, { height: 25 }),
          ...section(4, "初步服务计划", a?.plan, { height: 30 }),
          ...signatureRows(4, [signLine("WORKER", s), signLine("SUPERVISOR", s)]),
        ],
      },
      { kind: "text", lines: ["注：此表格请在个案工作首次接触后5个工作日内完成。"] },
    ],
  };
}

export function AssessmentPrint({ file }: { file: CaseFileForPrint }) {
  return <PrintForm spec={assessmentForm(file)} />;
}
