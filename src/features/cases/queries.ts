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
import { documentRole } from "@/features/documents/commands";
import { documentTrails, documentView } from "@/features/documents/queries";

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
  if (params.q) {
    // A case number (GA-2026-0012, or its digits) is looked up by number only; anything else also by client name.
    const q = params.q.trim();
    filters.push(/^(GA-?)?\d[\d-]*$/i.test(q)
      ? { number: { contains: q.toUpperCase() } }
      : { OR: [{ number: { contains: q, mode: "insensitive" } }, { client: { name: { contains: q } } }] });
  }
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
 * The header every page of a case file starts from: the case (through scope — out of scope is null and
 * writes nothing), the client as masked on lists, the actor's role on the file, whether they may edit,
 * and the 个案咨询资料清单. Every successful load is an audit row case.view. The section loaders below
 * take this header (already authorised) and load their documents.
 */
export async function getCaseHeader(actor: Actor, id: string, now = new Date()) {
  const found = await db.caseFile.findFirst({
    where: { AND: [{ id }, scope.caseFiles(actor, "case:read", now)] },
    select: {
      ...CASE_ROW, version: true, updatedAt: true, closedOn: true, districtId: true,
      station: { select: { name: true } },
      client: { select: { id: true, name: true, gender: true, birthDate: true, idNumberMasked: true, phoneMasked: true, imContact: true, addressMasked: true, riskLevel: true } },
      intake: { select: { id: true } },
      consent: { select: { id: true } },
      plan: { select: { id: true } },
      evaluation: { select: { id: true } },
      closure: { select: { id: true, status: true } },
      _count: { select: { sessions: true, referrals: { where: { consentedOn: { not: null } } } } },
      referrals: { where: { status: { not: "DRAFT" } }, select: { id: true }, take: 1 },
    },
  });
  if (!found) return null;
  const { intake, consent, plan, evaluation, closure, _count, referrals, assessment, ...rest } = found;
  const role = documentRole(actor, found);
  const window = await deadlineWindow(now);
  await writeAudit({ actor, action: "case.view", outcome: "SUCCESS", targetType: "CaseFile", targetId: found.id, detail: { stationId: found.stationId, ...(role === "head" ? { override: true } : {}) } });
  return {
    caseFile: {
      ...rest,
      hasAssessment: !!assessment,
      deadline: rest.status === "OPEN"
        ? assessmentDeadline({ hasAssessment: !!assessment, dueOn: formatCalendarDate(rest.assessmentDueOn) }, formatCalendarDate(window.today), formatCalendarDate(window.soonLimit))
        : "done" as const,
    },
    /** owner | supervisor | head (only through a life-safety override) | other (a referral's receiver). */
    role,
    canEdit: role === "owner" && found.status === "OPEN",
    checklist: caseChecklist({
      intake: !!intake, assessment: !!assessment, consent: !!consent, plan: !!plan, sessions: _count.sessions, evaluation: !!evaluation,
      closure: !!closure, referralConsent: _count.referrals > 0, referral: referrals.length > 0,
    }),
  };
}

export type CaseHeader = NonNullable<Awaited<ReturnType<typeof getCaseHeader>>>;

/** The overview page's documents: intake, assessment (decrypted) and the service consent, with their trails. */
export async function getCaseOverview(header: CaseHeader) {
  const id = header.caseFile.id;
  const [intake, assessment, consent] = await Promise.all([
    db.caseIntake.findUnique({ where: { caseFileId: id } }),
    db.caseAssessment.findUnique({ where: { caseFileId: id } }),
    db.caseConsent.findUnique({ where: { caseFileId: id } }),
  ]);
  const trails = await documentTrails([intake?.id, assessment?.id].filter((x): x is string => !!x));
  const open = header.caseFile.status === "OPEN";
  return {
    intake: intake && {
      id: intake.id, version: intake.version, revision: intake.revision, intakeDate: intake.intakeDate, source: intake.source, sourceNote: intake.sourceNote,
      situation: decryptField(intake.situationEnc), servicesBefore: decryptField(intake.servicesBeforeEnc),
      crisisRisk: intake.crisisRisk, crisisIntervention: intake.crisisIntervention, updatedAt: intake.updatedAt,
      trail: documentView("INTAKE", intake, trails.get(intake.id)!, header.role, open),
    },
    assessment: assessment && {
      id: assessment.id, version: assessment.version, revision: assessment.revision, assessedOn: assessment.assessedOn, updatedAt: assessment.updatedAt,
      ...(Object.fromEntries(ASSESSMENT_NARRATIVES.map((k) => [k, decryptField(assessment[`${k}Enc`])])) as Record<AssessmentNarrative, string | null>),
      trail: documentView("ASSESSMENT", assessment, trails.get(assessment.id)!, header.role, open),
    },
    consent: consent && { id: consent.id, version: consent.version, consentedOn: consent.consentedOn, signer: consent.signer, guardianName: consent.guardianName, updatedAt: consent.updatedAt },
  };
}

/** The plan page: the plan (decrypted) with its approval history, sign-offs and kept revisions. */
export async function getCasePlan(header: CaseHeader) {
  const plan = await db.casePlan.findUnique({ where: { caseFileId: header.caseFile.id } });
  if (!plan) return null;
  const trail = (await documentTrails([plan.id])).get(plan.id)!;
  return {
    id: plan.id, status: plan.status, version: plan.version, revision: plan.revision, updatedAt: plan.updatedAt, clientSignedOn: plan.clientSignedOn,
    ...(Object.fromEntries(PLAN_NARRATIVES.map((k) => [k, decryptField(plan[`${k}Enc`])])) as Record<PlanNarrative, string | null>),
    supervisorOpinion: decryptField(plan.supervisorOpinionEnc),
    trail: documentView("PLAN", plan, trail, header.role, header.caseFile.status === "OPEN"),
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
