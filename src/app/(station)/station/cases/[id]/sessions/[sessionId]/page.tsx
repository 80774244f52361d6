import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card, DefinitionList, Multiline } from "@/components/ui/card";
import { CaseHeaderView } from "@/features/cases/components/case-header";
import { SessionForm, SessionOpinionForm } from "@/features/cases/components/session-forms";
import { SESSION_FIELD_LABELS as F, SESSION_LABELS, SESSION_NARRATIVES, sessionFormText, timeSlot } from "@/features/cases/document-labels";
import { getCaseHeader } from "@/features/cases/queries";
import { getCaseSession } from "@/features/cases/sessions";
import { DocumentSteps } from "@/features/documents/components/document-steps";
import { DocumentHistory, RevisionList, SignoffList } from "@/features/documents/components/document-trail";
import { requireActor } from "@/server/auth";
import { formatCalendarDate, formatDate, formatStoredCalendarDate } from "@/lib/dates";
import type { SessionForm as SessionFormKind } from "@/generated/prisma/enums";

export const metadata: Metadata = { title: "个案工作过程记录表" };


export default async function CaseSessionPage({ params }: { params: Promise<{ id: string; sessionId: string }> }) {
  const { id, sessionId } = await params;
  const actor = await requireActor();
  const header = await getCaseHeader(actor, id);
  if (!header) notFound();
  const session = await getCaseSession(header, sessionId);
  if (!session) notFound();
  const { caseFile, role } = header;
  const today = formatDate(new Date());
  return (
    <>
      <CaseHeaderView header={header} section="sessions" />
      <Card title={`个案工作过程记录表（第 ${session.seq} 次）`} actions={<ButtonLink href={`/station/cases/${caseFile.id}/sessions`}>全部过程记录</ButtonLink>}>
        <div className="space-y-4" data-testid="session">
          <p>第 {session.revision} 版</p>
          <DefinitionList
            items={[
              { label: "服务对象", value: caseFile.client.name },
              { label: "负责社工", value: caseFile.owner.name },
              { label: F.sessionDate, value: formatCalendarDate(session.sessionDate) },
              { label: "时段", value: timeSlot(session.startTime, session.endTime) },
              { label: F.form, value: sessionFormText(session.form, session.formNote) },
              { label: F.place, value: session.place },
              ...SESSION_NARRATIVES.map((k) => ({ label: SESSION_LABELS[k], value: <Multiline value={session[k]} /> })),
              { label: "督导意见", value: <Multiline value={session.supervisorOpinion} /> },
            ]}
          />
          <SignoffList signers={session.trail.signers} signoffs={session.trail.signoffs} />
          {session.canGiveOpinion && (
            <details open={!session.supervisorOpinion}>
              <summary className="cursor-pointer text-brand-700">{session.supervisorOpinion ? "修改督导意见" : "填写督导意见"}</summary>
              <div className="mt-3"><SessionOpinionForm sessionId={session.id} version={session.version} opinion={session.supervisorOpinion} /></div>
            </details>
          )}
          {session.trail.actions.includes("edit") && (
            <details>
              <summary className="cursor-pointer text-brand-700">修改过程记录</summary>
              <div className="mt-3">
                <SessionForm
                  caseId={caseFile.id}
                  today={today}
                  session={{
                    id: session.id, version: session.version, sessionDate: formatCalendarDate(session.sessionDate), startTime: session.startTime, endTime: session.endTime,
                    form: session.form, formNote: session.formNote, place: session.place,
                    aim: session.aim, process: session.process, reflection: session.reflection, nextPlan: session.nextPlan,
                  }}
                />
              </div>
            </details>
          )}
          <DocumentSteps kind="SESSION" documentId={session.id} version={session.version} actions={session.trail.actions} role={role} today={today} />
          <h3 className="font-medium">签名与更正记录</h3>
          <DocumentHistory events={session.trail.events} />
          <RevisionList
            revisions={session.trail.revisions}
            render={(c) => (
              <DefinitionList
                items={[
                  { label: F.sessionDate, value: formatStoredCalendarDate(c.sessionDate) },
                  { label: "时段", value: timeSlot(String(c.startTime ?? ""), String(c.endTime ?? "")) },
                  { label: F.form, value: c.form ? sessionFormText(c.form as SessionFormKind, (c.formNote as string | null) ?? null) : null },
                  { label: F.place, value: <Multiline value={c.place} /> },
                  ...SESSION_NARRATIVES.map((k) => ({ label: SESSION_LABELS[k], value: <Multiline value={c[k]} /> })),
                  { label: "督导意见", value: <Multiline value={c.supervisorOpinion} /> },
                ]}
              />
            )}
          />
        </div>
      </Card>
    </>
  );
}
