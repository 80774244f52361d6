import "server-only";
// Contracts as each area reads them (scope.contracts: the bureau its district, a street office those it
// bought or covering its stations, a contractor its own, a supervisor those covering the station), with the
// tranche schedule's due dates computed from the working-day calendar (never stored).
import type { Prisma } from "@/generated/prisma/client";
import type { ContractStatus } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { can, type Actor, type Permission } from "@/server/permissions";
import { scope } from "@/server/scope";
import { dueDateAfter } from "@/features/calendar/queries";
import { formatCalendarDate, formatDate, parseCalendarDate } from "@/lib/dates";
import { CONTRACT_STATUS_LABELS } from "@/lib/labels";
import { skipTake, type ListParams } from "@/lib/list-params";
import { sumFen, toDecimalString, toFen } from "@/lib/money";
import type { ContractFormValues } from "./components/contract-form";
import type { ManagedContract } from "./components/manage-forms";
import { TARGET_FIELDS, type TargetField } from "./labels";
import { gateDate, periodWarning, scheduleProblems, TRANCHE_DUE_WORKING_DAYS, trancheStanding, type TrancheStanding } from "./rules";

export const CONTRACT_SORTS = ["code", "name", "startsOn", "amount", "status"] as const;
export const CONTRACT_FILTERS = ["status", "contractor", "station", "year"] as const;

const isStatus = (v: string | undefined): v is ContractStatus => v !== undefined && Object.hasOwn(CONTRACT_STATUS_LABELS, v);

/** Contracts whose period overlaps the year (2026 → any day of 2026 within the period). */
function yearClause(year: string | undefined): Prisma.ServiceContractWhereInput {
  if (!year || !/^\d{4}$/.test(year)) return {};
  const y = Number(year);
  return { startsOn: { lte: new Date(Date.UTC(y, 11, 31)) }, endsOn: { gte: new Date(Date.UTC(y, 0, 1)) } };
}

export async function listContracts(actor: Actor, params: ListParams<(typeof CONTRACT_SORTS)[number]>) {
  const { status, contractor, station, year } = params.filters;
  const q = params.q;
  const where: Prisma.ServiceContractWhereInput = {
    AND: [
      scope.contracts(actor),
      q ? { OR: [{ code: { contains: q } }, { name: { contains: q } }] } : {},
      isStatus(status) ? { status } : {},
      contractor ? { contractorId: contractor } : {},
      station ? { stations: { some: { stationId: station } } } : {},
      yearClause(year),
    ],
  };
  const [rows, total] = await Promise.all([
    db.serviceContract.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { code: "asc" }, { id: "asc" }],
      ...skipTake(params),
      select: {
        id: true, code: true, name: true, status: true, startsOn: true, endsOn: true, amount: true, buyerKind: true,
        contractor: { select: { id: true, name: true } },
        buyerStreet: { select: { name: true } },
        stations: { select: { station: { select: { id: true, name: true } } }, orderBy: { station: { name: "asc" } } },
        tranches: { select: { payments: { select: { amount: true } } } },
      },
    }),
    db.serviceContract.count({ where }),
  ]);
  return {
    total,
    rows: rows.map(({ tranches, stations, amount, ...r }) => ({
      ...r,
      amount: toFen(amount),
      paid: sumFen(tranches.flatMap((t) => t.payments.map((p) => toFen(p.amount)))),
      stations: stations.map((s) => s.station),
    })),
  };
}

export type ContractListRow = Awaited<ReturnType<typeof listContracts>>["rows"][number];

/** The choices of the list's filters: the contractors and stations of the contracts the actor reads, and the years they span. */
export async function contractListOptions(actor: Actor) {
  const [contractors, stations, span] = await Promise.all([
    db.contractor.findMany({ where: { contracts: { some: scope.contracts(actor) } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.station.findMany({ where: { contracts: { some: { contract: scope.contracts(actor) } } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.serviceContract.aggregate({ where: scope.contracts(actor), _min: { startsOn: true }, _max: { endsOn: true } }),
  ]);
  const first = span._min.startsOn?.getUTCFullYear();
  const last = span._max.endsOn?.getUTCFullYear();
  const years = first && last ? Array.from({ length: Math.min(last - first, 20) + 1 }, (_, i) => String(last - i)) : [];
  return { contractors, stations, years };
}

/** Today as a calendar date in Beijing (what due dates are compared with). */
export function beijingToday(now = new Date()): Date {
  return parseCalendarDate(formatDate(now))!;
}

/**
 * One contract with everything the overview shows: the fields, the stations, and the schedule with each
 * tranche's payments, due date (gate date + 10 working days) and standing. Null when out of scope.
 * `permission` "contract:manage" for the edit page.
 */
export async function getContract(actor: Actor, id: string, permission: Extract<Permission, "contract:read" | "contract:manage"> = "contract:read", now = new Date()) {
  const row = await db.serviceContract.findFirst({
    where: { AND: [{ id }, scope.contracts(actor, permission)] },
    include: {
      contractor: { select: { id: true, name: true } },
      buyerStreet: { select: { id: true, name: true } },
      stations: { select: { station: { select: { id: true, name: true, streetOffice: { select: { name: true } } } } }, orderBy: { station: { name: "asc" } } },
      tranches: {
        orderBy: { seq: "asc" },
        include: { payments: { orderBy: [{ paidOn: "asc" }, { createdAt: "asc" }], select: { id: true, paidOn: true, amount: true, voucherNo: true, note: true } } },
      },
    },
  });
  if (!row) return null;
  const today = beijingToday(now);
  const tranches = await Promise.all(
    row.tranches.map(async (t) => {
      const amount = toFen(t.amount);
      const payments = t.payments.map((p) => ({ ...p, amount: toFen(p.amount) }));
      const paid = sumFen(payments.map((p) => p.amount));
      const opened = gateDate(t.gate, row);
      const due = opened ? await dueDateAfter(opened, TRANCHE_DUE_WORKING_DAYS) : null;
      const { standing, overdue } = trancheStanding({ amount, paid, due, status: row.status, today });
      return { id: t.id, seq: t.seq, gate: t.gate, amount, paid, remaining: amount - paid, opened, due, standing: standing as TrancheStanding, overdue, payments };
    }),
  );
  const { tranches: _raw, stations, amount, ...contract } = row;
  void _raw;
  const amountFen = toFen(amount);
  const scheduleTotal = sumFen(tranches.map((t) => t.amount));
  return {
    ...contract,
    amount: amountFen,
    stations: stations.map((s) => s.station),
    tranches,
    scheduleTotal,
    totalPaid: sumFen(tranches.map((t) => t.paid)),
    scheduleProblems: tranches.length === 3 ? scheduleProblems([tranches[0].amount, tranches[1].amount, tranches[2].amount], amountFen) : [],
    periodWarning: periodWarning(row.startsOn, row.endsOn),
    canManage: can(actor, "contract:manage"),
  };
}

export type ContractDetail = NonNullable<Awaited<ReturnType<typeof getContract>>>;

/** The choices of the contract form: the district's contractors, stations (with their street) and street offices. */
export async function contractFormOptions(actor: Actor) {
  if (!can(actor, "contract:manage")) return null;
  const [contractors, stations, streets] = await Promise.all([
    db.contractor.findMany({ where: scope.contractors(actor, "contract:manage"), select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.station.findMany({
      where: scope.stations(actor, "contract:manage"),
      select: { id: true, name: true, level: true, streetOffice: { select: { name: true } } },
      orderBy: [{ level: "asc" }, { name: "asc" }],
    }),
    db.streetOffice.findMany({ where: scope.streetOffices(actor, "contract:manage"), select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { contractors, stations, streets };
}

export type ContractFormOptions = NonNullable<Awaited<ReturnType<typeof contractFormOptions>>>;

const day = (d: Date | null) => (d ? formatCalendarDate(d) : "");

/** What the bureau's forms on the overview need (plain values). */
export function managedContract(c: ContractDetail): ManagedContract {
  return {
    id: c.id, version: c.version, status: c.status, amount: c.amount,
    signedOn: day(c.signedOn), midtermPassedOn: day(c.midtermPassedOn), finalPassedOn: day(c.finalPassedOn),
    tranches: c.tranches.map((t) => ({ id: t.id, seq: t.seq, amount: t.amount, paid: t.paid, remaining: t.remaining, opened: t.opened !== null })),
  };
}

/** The edit form's starting values. */
export function contractFormValues(c: ContractDetail): ContractFormValues {
  return {
    id: c.id, version: c.version, code: c.code, name: c.name, buyerKind: c.buyerKind, buyerStreetOfficeId: c.buyerStreetOfficeId,
    contractorId: c.contractorId, stationIds: c.stations.map((s) => s.id), procurementMode: c.procurementMode,
    startsOn: day(c.startsOn), endsOn: day(c.endsOn), signedOn: day(c.signedOn), amount: toDecimalString(c.amount),
    staffDeployed: String(c.staffDeployed), supervisorName: c.supervisorName, notes: c.notes,
    ...(Object.fromEntries(TARGET_FIELDS.map(([key]) => [key, String(c[key])])) as Record<TargetField, string>),
  };
}
