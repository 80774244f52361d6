import "server-only";
// Drafting a report from the records: the figures (fund use from the ledger, service numbers from the
// stations' records, the contract's facts) and the first values of the typed sections (the contractor's
// organisation data, the team deployed, the targets, the approved change requests). The caller has checked
// access to the contract.
import type { ProjectReportKind } from "@/generated/prisma/enums";
import { formatCalendarDate, formatDate, parseCalendarDate } from "@/lib/dates";
import { ANNUAL_INSPECTION_LABELS, EVALUATION_GRADE_LABELS, SERVICE_DOMAIN_LABELS } from "@/lib/labels";
import { percentBasisPoints, toFen } from "@/lib/money";
import { isMobile } from "@/lib/validators";
import type { Db, Tx } from "@/server/db";
import { budgetExecution } from "@/features/ledger/execution";
import { countServiceRecords, peopleServed, personTimes } from "@/features/service-counts/counts";
import { emptyContact, type FinalContent, type MidtermContent, type ReportContent } from "./content";
import { fundSections, type ReportFigures, type TargetFigure } from "./figures";

const DAY_MS = 86_400_000;

function nextDay(day: string): string {
  return formatCalendarDate(new Date(parseCalendarDate(day)!.getTime() + DAY_MS));
}

/** The report date: today in Beijing, within the contract period. */
export function reportDay(contract: { startsOn: Date; endsOn: Date }, now: Date): string {
  const today = formatDate(now);
  const [from, to] = [formatCalendarDate(contract.startsOn), formatCalendarDate(contract.endsOn)];
  return today < from ? from : today > to ? to : today;
}

const contractSelect = {
  id: true, code: true, name: true, amount: true, startsOn: true, endsOn: true, contractorId: true,
  targetCases: true, targetGroups: true, targetActivities: true, targetVisits: true, targetPersonTimes: true, targetBeneficiaries: true, midtermBeneficiaries: true,
  contractor: { select: { name: true } },
  district: { select: { name: true, cityName: true } },
  stations: { select: { station: { select: { id: true, name: true, streetOffice: { select: { name: true } } } } }, orderBy: { station: { name: "asc" } } },
} as const;

/** The figures of a report of `kind` as of `asOf` (YYYY-MM-DD, inclusive). */
export async function draftFigures(client: Db | Tx, contractId: string, kind: ProjectReportKind, asOf: string): Promise<ReportFigures> {
  const c = await client.serviceContract.findUniqueOrThrow({ where: { id: contractId }, select: contractSelect });
  const stations = c.stations.map((s) => s.station);
  const from = formatCalendarDate(c.startsOn);
  const [execution, counts, midterm] = await Promise.all([
    budgetExecution(client, contractId, asOf),
    countServiceRecords(client, stations.map((s) => s.id), { from, to: nextDay(asOf) }),
    kind === "FINAL" ? client.projectReport.findUnique({ where: { contractId_kind: { contractId, kind: "MIDTERM" } }, select: { status: true, figures: true } }) : null,
  ]);
  const served = peopleServed(counts);
  const times = personTimes(counts);
  const amount = toFen(c.amount);
  const lines = execution.lines.map((l) => ({ code: l.code, name: l.name, category: l.category, budget: l.budget, spent: l.spent, variance: l.variance }));
  const target = (key: TargetFigure["key"], label: string, unit: string, goal: number, actual: number | null): TargetFigure => ({ key, label, unit, target: goal, actual, rate: actual === null ? null : percentBasisPoints(actual, goal) });
  const targets = [
    target("cases", "个案服务", "人", c.targetCases, counts.caseClients),
    target("groups", "小组工作", "个", c.targetGroups, null),
    target("activities", "社区活动", "场", c.targetActivities, null),
    target("visits", "探访", "次", c.targetVisits, counts.visits),
    target("personTimes", "服务人次", "人次", c.targetPersonTimes, times),
    target("beneficiaries", "服务人数", "人", c.targetBeneficiaries, served),
  ].filter((t) => t.target > 0 || t.actual !== null);
  // (3) 项目中期实际服务人数: the mid-term report's own figure once it was submitted.
  const frozenMidterm = midterm && midterm.status !== "DRAFT" ? (midterm.figures as ReportFigures | null) : null;
  const midtermActual = kind === "MIDTERM" ? served : (frozenMidterm?.service.peopleServed ?? null);
  const streets = [...new Set(stations.map((s) => s.streetOffice.name))];
  return {
    asOf,
    contract: {
      code: c.code, name: c.name, contractorName: c.contractor.name, stationNames: stations.map((s) => s.name),
      region: `${c.district.cityName}${c.district.name}${streets.join("、")}`,
      startsOn: from, endsOn: formatCalendarDate(c.endsOn), amount,
    },
    funds: {
      budgetVersion: execution.budgetVersion,
      sections: fundSections(lines),
      byCategory: Object.entries(execution.byCategory).filter(([, v]) => v.budget > 0 || v.spent > 0).map(([category, v]) => ({ category: category as keyof typeof execution.byCategory, budget: v.budget, spent: v.spent })),
      total: { budget: execution.total.budget, spent: execution.total.spent, variance: execution.total.variance, rate: execution.total.rate },
      shareOfAmount: percentBasisPoints(execution.total.spent, amount),
    },
    service: {
      from, to: asOf, counts, peopleServed: served, personTimes: times, targets,
      beneficiaries: {
        planned: c.targetBeneficiaries, midtermPlanned: c.midtermBeneficiaries, midtermActual,
        midtermRate: midtermActual === null ? null : percentBasisPoints(midtermActual, c.midtermBeneficiaries),
      },
    },
  };
}

const mobileOrNull = (phone: string | null | undefined) => (phone && isMobile(phone) ? phone : null);

/** First values of the typed sections, shown until the contractor saves the report. */
export async function prefillContent<K extends ProjectReportKind>(client: Db | Tx, contractId: string, kind: K, figures: ReportFigures): Promise<Partial<ReportContent[K]>> {
  const c = await client.serviceContract.findUniqueOrThrow({
    where: { id: contractId },
    select: {
      contractorId: true,
      contractor: { select: { name: true, creditCode: true, legalRepresentative: true, registeredOn: true, annualInspection: true, annualInspectionYear: true, evaluationGrade: true, address: true, contactPerson: true, contactPhone: true } },
      stations: { select: { stationId: true } },
    },
  });
  const org = c.contractor;
  const leader = { ...emptyContact(), name: org.contactPerson, mobile: mobileOrNull(org.contactPhone), officePhone: org.contactPhone && !isMobile(org.contactPhone) ? org.contactPhone : null };
  if (kind === "MIDTERM") {
    const midterm: Partial<MidtermContent> = { leader, contact: leader };
    return midterm as Partial<ReportContent[K]>;
  }
  const [staff, changes, budget] = await Promise.all([
    client.staffProfile.findMany({
      where: { stationId: { in: c.stations.map((s) => s.stationId) }, contractorId: c.contractorId, isActive: true },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { name: true, jobTitle: true, phone: true, startedOn: true, serviceDomains: true },
    }),
    client.changeRequest.findMany({ where: { contractId, status: "ACCEPTED" }, orderBy: { number: "asc" }, select: { number: true, changedContent: true, reasons: true } }),
    client.budgetVersion.findFirst({ where: { contractId, status: "ACCEPTED" }, orderBy: { number: "desc" }, select: { fundProvincial: true, fundLocal: true, fundRaised: true } }),
  ]);
  const domains = [...new Set(staff.flatMap((s) => s.serviceDomains))].map((d) => SERVICE_DOMAIN_LABELS[d]);
  const { service } = figures;
  const raised = budget ? toFen(budget.fundRaised) : 0;
  const final: Partial<FinalContent> = {
    org: {
      registrationNo: org.creditCode,
      foundedOn: formatCalendarDate(org.registeredOn),
      address: org.address,
      annualInspection: `${org.annualInspectionYear ? `${org.annualInspectionYear}年度 ` : ""}${ANNUAL_INSPECTION_LABELS[org.annualInspection]}`,
      evaluationGrade: EVALUATION_GRADE_LABELS[org.evaluationGrade],
      taxExempt: null,
      field: domains.length ? domains.join("、") : "社会工作服务",
      region: figures.contract.region,
    },
    orgLeader: { ...emptyContact(), name: org.legalRepresentative, title: "法定代表人" },
    projectLeader: { ...leader, title: "项目负责人" },
    funding: {
      declared: { applied: figures.contract.amount, approved: figures.contract.amount, source: budget ? "财政资金（申请部省级资金及州（市）、县（市、区）配套资金）" : null },
      otherFiscal: { applied: null, approved: null, source: null },
      raised: { applied: raised || null, approved: raised || null, source: raised ? "社会募集" : null },
      own: { applied: null, approved: null, source: null },
      other: { applied: null, approved: null, source: null },
    },
    beneficiaries: { groups: [], other: null, count: service.peopleServed },
    team: staff.map((s) => ({ name: s.name, duty: s.jobTitle, contact: s.phone, employment: "FULL", period: s.startedOn ? `${formatCalendarDate(s.startedOn)} 至今` : null })),
    targets: service.targets.map((t) => ({
      planned: `${t.label} ${t.target} ${t.unit}`,
      actual: t.actual === null ? null : `${t.label} ${t.actual} ${t.unit}（平台记录，截至 ${figures.asOf}）`,
    })),
    activities: [
      { name: "个案服务", times: service.counts.caseSessions, people: service.counts.caseClients, personTimes: service.counts.caseSessions, materials: "个案工作档案" },
      { name: "入户探访", times: service.counts.visits, people: service.counts.householdsVisited, personTimes: service.counts.householdsVisited, materials: "探访记录表" },
      { name: "来访接待", times: service.counts.receptions, people: service.counts.receptionVisitors, personTimes: service.counts.receptionVisitors, materials: "来访接待登记" },
    ].filter((a) => a.times > 0),
    delayed: "NO",
    changes: changes.map((r) => ({ content: r.changedContent, reason: r.reasons, evidence: `有（项目变更申请审批表第 ${r.number} 号，已批准）` })),
  };
  return final as Partial<ReportContent[K]>;
}
