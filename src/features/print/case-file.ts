import "server-only";
// A whole case file for printing and the Word export: every document of the case, decrypted, with its
// electronic sign-offs. Authorised through getCaseHeader (scope; writes case.view); the client appears
// as on the screen — masked ID number, phone and address, no health or situation notes of the client
// record. Only the current revision of each document is printed.
import { ageOn } from "@/features/clients/helpers";
import { getCaseHeader, type CaseHeader } from "@/features/cases/queries";
import { documentTrails, type Signoff } from "@/features/documents/queries";
import { formatCalendarDate, formatDate } from "@/lib/dates";
import { writeAudit } from "@/server/audit";
import { decryptField } from "@/server/crypto";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";

const dec = (v: string | null | undefined) => decryptField(v ?? null);

/** The client's age on a form's date (or today). */
function ageAt(birthDate: Date | null, on: Date | null | undefined): number | null {
  return ageOn(birthDate, on ? formatCalendarDate(on) : formatDate(new Date()));
}

async function loadDocuments(header: CaseHeader) {
  const caseFileId = header.caseFile.id;
  const [file, intake, assessment, consent, plan, sessions, evaluation, closure, referrals] = await Promise.all([
    db.caseFile.findUniqueOrThrow({
      where: { id: caseFileId },
      select: {
        station: { select: { name: true } },
        client: { select: { householdId: true } },
      },
    }),
    db.caseIntake.findUnique({ where: { caseFileId } }),
    db.caseAssessment.findUnique({ where: { caseFileId } }),
    db.caseConsent.findUnique({ where: { caseFileId } }),
    db.casePlan.findUnique({ where: { caseFileId } }),
    db.caseSession.findMany({ where: { caseFileId }, orderBy: { seq: "asc" } }),
    db.caseEvaluation.findUnique({ where: { caseFileId } }),
    db.caseClosure.findUnique({ where: { caseFileId } }),
    db.caseReferral.findMany({
      where: { caseFileId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { fromStation: { select: { name: true } }, toStation: { select: { name: true } }, fromWorker: { select: { name: true } }, toWorker: { select: { name: true } } },
    }),
  ]);
  const members = file.client.householdId
    ? await db.householdMember.findMany({
        // The client's own row (if the household lists them) is not a family member on the form.
        where: { householdId: file.client.householdId, OR: [{ clientId: null }, { clientId: { not: header.caseFile.client.id } }] },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { name: true, relation: true, age: true, phoneMasked: true, livesTogether: true, employer: true },
      })
    : [];
  const ids = [intake?.id, assessment?.id, plan?.id, ...sessions.map((s) => s.id), evaluation?.id, closure?.id, ...referrals.map((r) => r.id)].filter((x): x is string => !!x);
  const trails = await documentTrails(ids);
  const signoffs = (id: string): Signoff[] => trails.get(id)?.signoffs ?? [];
  return { file, intake, assessment, consent, plan, sessions, evaluation, closure, referrals, members, signoffs };
}

function shape(header: CaseHeader, d: Awaited<ReturnType<typeof loadDocuments>>) {
  const { caseFile } = header;
  const client = caseFile.client;
  const { intake, assessment, consent, plan, sessions, evaluation, closure, referrals } = d;
  return {
    role: header.role,
    checklist: header.checklist,
    caseFile: {
      id: caseFile.id, number: caseFile.number, status: caseFile.status, serviceDomain: caseFile.serviceDomain,
      firstContactOn: caseFile.firstContactOn, closedOn: caseFile.closedOn ?? closure?.closedOn ?? null,
      stationName: caseFile.station.name, ownerName: caseFile.owner.name,
    },
    client: {
      name: client.name, gender: client.gender, birthDate: client.birthDate,
      idNumberMasked: client.idNumberMasked, phoneMasked: client.phoneMasked, imContact: client.imContact, addressMasked: client.addressMasked,
      /** Age on the intake date (the form's date), else today. */
      age: ageAt(client.birthDate, intake?.intakeDate),
    },
    members: d.members,
    intake: intake && {
      id: intake.id, revision: intake.revision, intakeDate: intake.intakeDate, source: intake.source, sourceNote: intake.sourceNote,
      situation: dec(intake.situationEnc), servicesBefore: dec(intake.servicesBeforeEnc), crisisRisk: intake.crisisRisk, crisisIntervention: intake.crisisIntervention,
      signoffs: d.signoffs(intake.id),
    },
    assessment: assessment && {
      id: assessment.id, revision: assessment.revision, assessedOn: assessment.assessedOn,
      physical: dec(assessment.physicalEnc), psychological: dec(assessment.psychologicalEnc), social: dec(assessment.socialEnc),
      environment: dec(assessment.environmentEnc), selfView: dec(assessment.selfViewEnc), needs: dec(assessment.needsEnc), resources: dec(assessment.resourcesEnc),
      goals: dec(assessment.goalsEnc), plan: dec(assessment.planEnc),
      signoffs: d.signoffs(assessment.id),
    },
    consent: consent && { consentedOn: consent.consentedOn, signer: consent.signer, guardianName: consent.guardianName },
    plan: plan && {
      id: plan.id, revision: plan.revision, status: plan.status, problems: dec(plan.problemsEnc), goals: dec(plan.goalsEnc), plan: dec(plan.planEnc),
      supervisorOpinion: dec(plan.supervisorOpinionEnc), clientSignedOn: plan.clientSignedOn,
      signoffs: d.signoffs(plan.id),
    },
    sessions: sessions.map((s) => ({
      id: s.id, seq: s.seq, revision: s.revision, sessionDate: s.sessionDate, startTime: s.startTime, endTime: s.endTime, form: s.form, formNote: s.formNote, place: s.place,
      aim: dec(s.aimEnc), process: dec(s.processEnc), reflection: dec(s.reflectionEnc), nextPlan: dec(s.nextPlanEnc), supervisorOpinion: dec(s.supervisorOpinionEnc),
      signoffs: d.signoffs(s.id),
    })),
    evaluation: evaluation && {
      id: evaluation.id, revision: evaluation.revision, evaluatedOn: evaluation.evaluatedOn,
      servicesReceived: dec(evaluation.servicesReceivedEnc), abilityImproved: evaluation.abilityImproved, abilityNote: dec(evaluation.abilityNoteEnc),
      satisfaction: evaluation.satisfaction, improvement: evaluation.improvement, goalAttainment: evaluation.goalAttainment, goalNote: dec(evaluation.goalNoteEnc),
      comments: dec(evaluation.commentsEnc), clientSignedOn: evaluation.clientSignedOn,
      serviceReview: dec(evaluation.serviceReviewEnc), workerReview: dec(evaluation.workerReviewEnc), supervisorOpinion: dec(evaluation.supervisorOpinionEnc),
      signoffs: d.signoffs(evaluation.id),
    },
    closure: closure && {
      id: closure.id, revision: closure.revision, status: closure.status, closedOn: closure.closedOn,
      span: dec(closure.spanEnc), changes: dec(closure.changesEnc), clientState: dec(closure.clientStateEnc), observations: dec(closure.observationsEnc),
      goalAttainment: dec(closure.goalAttainmentEnc), reason: closure.reason, reasonNote: closure.reasonNote, clientKnowsReturn: closure.clientKnowsReturn,
      followUp: dec(closure.followUpEnc), supervisorOpinion: dec(closure.supervisorOpinionEnc), clientSignedOn: closure.clientSignedOn,
      signoffs: d.signoffs(closure.id),
    },
    referrals: referrals.map((r) => ({
      id: r.id, revision: r.revision, status: r.status,
      fromStationName: r.fromStation.name, fromWorkerName: r.fromWorker.name, fromContact: r.fromContact,
      toName: r.toStation?.name ?? r.toOrganization ?? null, toWorkerName: r.toWorker?.name ?? r.toWorkerName ?? null, toContact: r.toContact,
      consentedOn: r.consentedOn, consentSigner: r.consentSigner, consentGuardianName: r.consentGuardianName,
      reason: r.reason, reasonNote: r.reasonNote, problems: dec(r.problemsEnc), measures: dec(r.measuresEnc), advice: dec(r.adviceEnc),
      sentAt: r.sentAt, createdAt: r.createdAt,
      /** The client's age on the referral's date. */
      clientAge: r.consentedOn ? ageAt(client.birthDate, r.consentedOn) : ageOn(client.birthDate, formatDate(r.createdAt)),
      signoffs: d.signoffs(r.id),
    })),
  };
}

export type CaseFileForPrint = ReturnType<typeof shape>;

/**
 * The whole case file for the actor, or null when the case is out of scope (the caller answers "not
 * found"). Writes the case.view audit row through getCaseHeader; the caller audits the print or export.
 */
export async function loadCaseFile(actor: Actor, id: string, now = new Date()): Promise<{ header: CaseHeader; file: CaseFileForPrint } | null> {
  const header = await getCaseHeader(actor, id, now);
  if (!header) return null;
  const documents = await loadDocuments(header);
  return { header, file: shape(header, documents) };
}

/** The case file for a print view, with the case.print audit row ({ form }); refusals are audited as DENIED. */
export async function caseFileForPrint(actor: Actor, id: string, form: string) {
  const loaded = await loadCaseFile(actor, id);
  if (!loaded) {
    await writeAudit({ actor, action: "case.print", outcome: "DENIED", targetType: "CaseFile", targetId: id.slice(0, 64), detail: { form, reason: "NOT_FOUND" } });
    return null;
  }
  await writeAudit({ actor, action: "case.print", outcome: "SUCCESS", targetType: "CaseFile", targetId: loaded.header.caseFile.id, detail: { form, stationId: loaded.header.caseFile.stationId } });
  return loaded;
}
