// 个案工作计划表: problems and needs, goals agreed with the client, plan, supervisor's opinion; signed by
// the worker, the client (on paper: the date recorded) and the supervisor.
import type { CaseFileForPrint } from "../case-file";
import { PrintForm } from "../components";
import { clientSignLine, label, section, signatureRows, signLine, value, type FormSpec } from "../layout";

export function planForm(file: CaseFileForPrint): FormSpec {
  const p = file.plan;
  const s = p?.signoffs ?? [];
  return {
    key: "plan",
    title: "个案工作计划表",
    blank: !p,
    blocks: [
      {
        kind: "table",
        widths: [18, 32, 18, 32],
        rows: [
          [label("服务对象"), value(file.client.name), label("负责社工"), value(file.caseFile.ownerName)],
          ...section(4, "案主问题及需求分析", p?.problems, { height: 40 }),
          ...section(4, "服务目标（与服务对象商议后制定）", p?.goals, { height: 35 }),
          ...section(4, "服务计划", p?.plan, { height: 45 }),
          ...section(4, "督导意见", p?.supervisorOpinion, { height: 20 }),
          ...signatureRows(4, [signLine("WORKER", s), clientSignLine(p?.clientSignedOn), signLine("SUPERVISOR", s)]),
        ],
      },
    ],
  };
}

export function PlanPrint({ file }: { file: CaseFileForPrint }) {
  return <PrintForm spec={planForm(file)} />;
}
