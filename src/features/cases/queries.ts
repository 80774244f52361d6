import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { CaseStatus } from "@/generated/prisma/enums";
import { loadCalendar } from "@/features/calendar/queries";
import { formatCalendarDate, formatDate, parseCalendarDate } from "@/lib/dates";
import { CASE_STATUS_LABELS } from "@/lib/labels";
import { skipTake, type ListParams } from "@/lib/list-params";
import { addWorkingDays } from "@/lib/working-days";
import { writeAudit } from "@/server/audit";
import { decryptField } from "@/server/crypto";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { assessmentDeadline, caseChecklist } from "./helpers";
import { ASSESSMENT_NARRATIVES, PLAN_NARRATIVES, type AssessmentNarrative, type PlanNarrative } from "./schemas";
import { allowedPlanActions, type PlanRole } from "./workflow";

export const CASE_SORTS = ["number", "firstContactOn", "assessmentDueOn", "createdAt"] as const;
export const CASE_FILTERS = ["status"] as const;

/** 预估 is "due soon" when its due date is within this many working days from today. */
export const DUE_SOON_WORKING_DAYS = 2;

const DAY_MS = 86_400_000;

/** Today in Beijing as a calendar date, and the last day counted as "due soon". */
export async function deadlineWindow(now = new Date()) {
  const today = parseCalendarDate(formatDate(now))!;
  const calendar = await loadCalendar(today, new Date(today.getTime() + 40 * DAY_MS));
  const soonLimit = addWorkingDays(today, DUE_SOON_WORKING_DAYS, calendar);
  return { today, soonLimit };
}

const CASE_ROW = {
  id: true, number: true, status: true, firstContactOn: true, assessmentDueOn: true, serviceDomain: true, createdAt: true, stationId: true, ownerId: true,
  client: { select: { id: true, name: true } },
  owner: { select: { name: true } },
  assessment: { select: { id: true } },
} satisfies Prisma.CaseFileSelect;

type CaseRow = Prisma.CaseFileGetPayload<{ select: typeof CASE_ROW }>;

function withDeadline(rows: CaseRow[], today: Date, soonLimit: Date) {
  return rows.map(({ assessment, ...r }) => ({
    ...r,
    hasAssessment: !!assessment,
    deadline: r.status === "OPEN"
      ? assessmentDeadline({ hasAssessment: !!assessment, dueOn: formatCalendarDate(r.assessmentDueOn) }, formatCalendarDate(today), formatCalendarDate(soonLimit))
      : "done" as const,
  }));
}

/** The actor's readable case files: search by number or client name, sort and page from the URL. */
export async function listCases(actor: Actor, params: ListParams<(typeof CASE_SORTS)[number]>, now = new Date()) {
  const filters: Prisma.CaseFileWhereInput[] = [];
  if (params.q) filters.push({ OR: [{ number: { contains: params.q, mode: "insensitive" } }, { client: { name: { contains: params.q } } }] });
  if (params.filters.status && params.filters.status in CASE_STATUS_LABELS) filters.push({ status: params.filters.status as CaseStatus });
  const where: Prisma.CaseFileWhereInput = { AND: [scope.caseFiles(actor), ...filters] };
  const [rows, total, window] = await Promise.all([
    db.caseFile.findMany({ where, orderBy: [{ [params.sort]: params.dir }, { number: "desc" }, { id: "asc" }], ...skipTake(params), select: CASE_ROW }),
    db.caseFile.count({ where }),
    deadlineWindow(now),
  ]);
  return { rows: withDeadline(rows, window.today, window.soonLimit), total };
}

/**
 * 预估逾期 / 即将到期: open cases without an assessment whose due date has passed, or falls within
 * DUE_SOON_WORKING_DAYS working days — the worker's own, the supervisor's supervisees'.
 */
export async function assessmentDeadlines(actor: Actor, now = new Date()) {
  const { today, soonLimit } = await deadlineWindow(now);
  const base: Prisma.CaseFileWhereInput = { AND: [scope.caseFiles(actor), { status: "OPEN", assessment: { is: null } }] };
  const [overdue, dueSoon] = await Promise.all([
    db.caseFile.findMany({ where: { AND: [base, { assessmentDueOn: { lt: today } }] }, orderBy: [{ assessmentDueOn: "asc" }, { number: "asc" }], take: 200, select: CASE_ROW }),
    db.caseFile.findMany({ where: { AND: [base, { assessmentDueOn: { gte: today, lte: soonLimit } }] }, orderBy: [{ assessmentDueOn: "asc" }, { number: "asc" }], take: 200, select: CASE_ROW }),
  ]);
  return { overdue: withDeadline(overdue, today, soonLimit), dueSoon: withDeadline(dueSoon, today, soonLimit), today, soonLimit };
}

/**
 * The case page: header, checklist, the intake and assessment decrypted for a reader of the case, and
 * whether the actor may edit (the responsible worker). Every successful load is an audit row case.view;
 * out of scope is null and writes nothing.
 */
export async function getCase(actor: Actor, id: string, now = new Date()) {
  const found = await db.caseFile.findFirst({
    where: { AND: [{ id }, scope.caseFiles(actor)] },
    select: {
      ...CASE_ROW, version: true, updatedAt: true,
      station: { select: { name: true } },
      client: { select: { id: true, name: true, gender: true, birthDate: true, idNumberMasked: true, phoneMasked: true, imContact: true, addressMasked: true, riskLevel: true } },
      intake: true,
      assessment: true,
      consent: true,
      plans: { orderBy: { planVersion: "desc" }, include: { events: { orderBy: { at: "asc" } }, signoffs: { orderBy: { signedAt: "asc" } } } },
      owner: { select: { name: true, supervisedBy: { where: { supervisorId: actor.userId }, select: { stationId: true } } } },
    },
  });
  if (!found) return null;
  const { intake, assessment, consent, plans, owner, ...rest } = found;
  const caseFile = { ...rest, owner: { name: owner.name } };
  const supervises = actor.memberships.some((m) => m.role === "SUPERVISOR" && m.stationId === found.stationId) && owner.supervisedBy.some((a) => a.stationId === found.stationId);
  const role: PlanRole = found.ownerId === actor.userId ? "owner" : supervises ? "supervisor" : "other";
  const latestVersion = plans[0]?.planVersion ?? 0;
  const [canEdit, window] = await Promise.all([
    db.caseFile.count({ where: { AND: [{ id }, scope.caseFiles(actor, "case:manage")] } }).then((n) => n > 0 && found.status === "OPEN"),
    deadlineWindow(now),
  ]);
  await writeAudit({ actor, action: "case.view", outcome: "SUCCESS", targetType: "CaseFile", targetId: found.id, detail: { stationId: found.stationId } });
  return {
    caseFile: {
      ...caseFile,
      deadline: caseFile.status === "OPEN"
        ? assessmentDeadline({ hasAssessment: !!assessment, dueOn: formatCalendarDate(caseFile.assessmentDueOn) }, formatCalendarDate(window.today), formatCalendarDate(window.soonLimit))
        : "done",
    },
    intake: intake && {
      id: intake.id, version: intake.version, intakeDate: intake.intakeDate, source: intake.source, sourceNote: intake.sourceNote,
      situation: decryptField(intake.situationEnc), servicesBefore: decryptField(intake.servicesBeforeEnc),
      crisisRisk: intake.crisisRisk, crisisIntervention: intake.crisisIntervention, updatedAt: intake.updatedAt,
    },
    assessment: assessment && {
      id: assessment.id, version: assessment.version, assessedOn: assessment.assessedOn, updatedAt: assessment.updatedAt,
      ...(Object.fromEntries(ASSESSMENT_NARRATIVES.map((k) => [k, decryptField(assessment[`${k}Enc`])])) as Record<AssessmentNarrative, string | null>),
    },
    consent: consent && { id: consent.id, version: consent.version, consentedOn: consent.consentedOn, signer: consent.signer, guardianName: consent.guardianName, updatedAt: consent.updatedAt },
    plans: plans.map((p) => {
      const state = {
        status: p.status, latest: p.planVersion === latestVersion,
        signedBy: { worker: p.signoffs.some((s) => s.role === "WORKER"), supervisor: p.signoffs.some((s) => s.role === "SUPERVISOR") },
      };
      return {
        id: p.id, planVersion: p.planVersion, status: p.status, version: p.version, latest: state.latest, updatedAt: p.updatedAt, clientSignedOn: p.clientSignedOn,
        ...(Object.fromEntries(PLAN_NARRATIVES.map((k) => [k, decryptField(p[`${k}Enc`])])) as Record<PlanNarrative, string | null>),
        supervisorOpinion: decryptField(p.supervisorOpinionEnc),
        signoffs: p.signoffs.map((s) => ({ role: s.role, userName: s.userName, signedAt: s.signedAt })),
        events: p.events.map((e) => ({ id: e.id, kind: e.kind, fromStatus: e.fromStatus, toStatus: e.toStatus, actorName: e.actorName, at: e.at, comment: decryptField(e.commentEnc) })),
        actions: found.status === "OPEN" ? allowedPlanActions(state, role) : [],
      };
    }),
    planRole: role,
    checklist: caseChecklist({ intake: !!intake, assessment: !!assessment, consent: !!consent, plan: plans.length > 0 }),
    canEdit,
  };
}

/** A client's case files that the actor may read, newest first (the client page's 个案 card). */
export function listClientCases(actor: Actor, clientId: string) {
  return db.caseFile.findMany({
    where: { AND: [{ clientId }, scope.caseFiles(actor)] },
    orderBy: { firstContactOn: "desc" },
    select: { id: true, number: true, status: true, firstContactOn: true, owner: { select: { name: true } } },
  });
}

/** The open form: a client the actor is responsible for (else null). */
export async function caseClient(actor: Actor, clientId: string) {
  return db.client.findFirst({
    where: { AND: [{ id: clientId }, scope.clients(actor, "client:manage")] },
    select: { id: true, name: true, serviceDomain: true, riskLevel: true, idNumberMasked: true, station: { select: { name: true } } },
  });
}

/** Anonymous counts of case files at the stations the actor may aggregate over; no names, no numbers. */
export async function countCases(actor: Actor, now = new Date()) {
  const base: Prisma.CaseFileWhereInput = { station: scope.stations(actor, "client:aggregate") };
  const today = parseCalendarDate(formatDate(now))!;
  const [total, statuses, overdue] = await Promise.all([
    db.caseFile.count({ where: base }),
    db.caseFile.groupBy({ by: ["status"], where: base, _count: { _all: true } }),
    db.caseFile.count({ where: { AND: [base, { status: "OPEN", assessment: { is: null }, assessmentDueOn: { lt: today } }] } }),
  ]);
  const byStatus = Object.fromEntries((Object.keys(CASE_STATUS_LABELS) as CaseStatus[]).map((s) => [s, 0])) as Record<CaseStatus, number>;
  for (const row of statuses) byStatus[row.status] = row._count._all;
  return { total, byStatus, assessmentOverdue: overdue };
}
