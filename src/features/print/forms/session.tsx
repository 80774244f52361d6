// 个案工作过程记录表（第 N 次）: one sheet per session.
import { SESSION_FORM_LABELS } from "@/lib/labels";
import type { CaseFileForPrint } from "../case-file";
import { PrintForm } from "../components";
import { cnCalendarDate, label, section, signatureRows, signLine, value, type FormSpec } from "../layout";

type Session = CaseFileForPrint["sessions"][number];

export function sessionForm(file: CaseFileForPrint, session: Session | null, seq?: number): FormSpec {
  const n = session?.seq ?? seq;
  const s = session?.signoffs ?? [];
  return {
    key: "sessions",
    title: `个案工作过程记录表（第 ${n ?? "　"} 次）`,
    blank: !session,
    blocks: [
      {
        kind: "table",
        widths: [18, 32, 18, 32],
        rows: [
          [label("服务对象"), value(file.client.name), label("负责社工"), value(file.caseFile.ownerName)],
          [
            label("日　　期"), value(session ? cnCalendarDate(session.sessionDate) : ""),
            label("时　　段"), session ? value(`${session.startTime}-${session.endTime}`) : value("", { hint: "例：14:00-16:00" }),
          ],
          [
            label("服务形式"), session ? value(`${SESSION_FORM_LABELS[session.form]}${session.formNote ? `（${session.formNote}）` : ""}`) : value("", { hint: "面谈/电话等" }),
            label("地　　点"), value(session?.place),
          ],
          ...section(4, "介入目标或介入思路", session?.aim, { height: 20 }),
          ...section(4, "介入过程", session?.process, { hint: "（服务对象的语言及非语言表达、工作者的处理、服务对象感受和反应）", height: 60 }),
          ...section(4, "经验与反思", session?.reflection, { height: 20 }),
          ...section(4, "下次介入计划与建议", session?.nextPlan, { height: 20 }),
          ...section(4, "督导意见", session?.supervisorOpinion, { height: 15 }),
          ...signatureRows(4, [signLine("WORKER", s), signLine("SUPERVISOR", s), signLine("STATION_HEAD", s)]),
        ],
      },
    ],
  };
}

/** Every session of the file, one per page (or the blank form when there is none). */
export function sessionForms(file: CaseFileForPrint, seq?: number): FormSpec[] {
  if (seq !== undefined) return [sessionForm(file, file.sessions.find((s) => s.seq === seq) ?? null, seq)];
  return file.sessions.length ? file.sessions.map((s) => sessionForm(file, s)) : [sessionForm(file, null)];
}

export function SessionPrint({ file, session }: { file: CaseFileForPrint; session: Session | null }) {
  return <PrintForm spec={sessionForm(file, session)} />;
}
