// The benchmark's generated district (npm run bench). Every step is idempotent and resumable: it looks at
// what the kept database (.data/bench-pg) already holds and adds only what is missing, in batches that
// each commit whole (a case with all its documents, a visit with its households), so an interrupted run
// is continued by the next one. Organisation and clients go through Prisma (createMany); the case
// documents and visits — a million rows and more — through raw multi-row INSERT … SELECT unnest(…).
import type pg from "pg";
import type { PrismaClient } from "../../src/generated/prisma/client";
import type { DocumentKind, Gender } from "../../src/generated/prisma/enums";
import { SIGNERS } from "../../src/features/documents/rules";
import { caseNumber } from "../../src/features/cases/helpers";
import { encryptField, idNumberBlindIndex } from "../../src/server/crypto";
import { mask } from "../../src/lib/validators";
import { createBureau, createStation, createStreetOffice, createUser } from "../../prisma/seed/factories";
import {
  addDays, addWeekdays, DAY_MS, hashOf, idOf, nameOf, narrativePools, newId, rngOf, utcDay, weekdayOnOrAfter, ymd,
  type NarrativePools, type Rng,
} from "./bench-data";

export const STATIONS = 10;
export const WORKERS_PER_STATION = 3;
/** Share of clients (in %) with a case file. */
export const CASE_SHARE = 65;
/** Cases and visits start here; "now" is the day the district was generated (kept, so reruns plan the same rows). */
const HISTORY_START = utcDay(2022, 1, 3);

type Person = { id: string; name: string };
export type BenchOrg = {
  districtId: string;
  /** The day the district was generated (Beijing date, UTC midnight): the generated history ends here. */
  anchor: Date;
  stations: { id: string; index: number; head: Person; supervisor: Person; workers: Person[] }[];
  /** All workers, station by station: client i belongs to workers[i % workers.length]. */
  workers: (Person & { stationId: string; supervisor: Person })[];
};

const log = (text: string) => process.stdout.write(`${text}\n`);
const progress = (text: string) => process.stdout.write(`  ${text}\r`);

/** District, streets, stations, a head, a supervisor and three supervised workers per station (found or created). */
export async function ensureOrg(db: PrismaClient): Promise<BenchOrg> {
  const district = (await db.district.findUnique({ where: { code: "BENCH" } })) ?? (await db.district.create({ data: { name: "基准测试区", cityName: "昆明市", code: "BENCH" } }));
  if (!(await db.bureau.findFirst({ where: { districtId: district.id } }))) await createBureau(db, { districtId: district.id, name: "基准测试区民政局" });
  const user = async (username: string, role: "STATION_HEAD" | "SUPERVISOR" | "SOCIAL_WORKER", stationId: string) =>
    (await db.user.findUnique({ where: { username }, select: { id: true, name: true } })) ??
    (await createUser(db, { districtId: district.id, username, memberships: [{ role, stationId }] }));
  const stations: BenchOrg["stations"] = [];
  for (let s = 0; s < STATIONS; s++) {
    const stationName = `基准${s + 1}街道社会工作服务站`;
    let station = await db.station.findFirst({ where: { districtId: district.id, name: stationName }, select: { id: true } });
    if (!station) {
      const street = await createStreetOffice(db, { districtId: district.id, name: `基准${s + 1}街道` });
      station = await createStation(db, { districtId: district.id, streetOfficeId: street.id, name: stationName });
    }
    const head = await user(`bench.head${s}`, "STATION_HEAD", station.id);
    const supervisor = await user(`bench.sup${s}`, "SUPERVISOR", station.id);
    const workers: Person[] = [];
    for (let k = 0; k < WORKERS_PER_STATION; k++) {
      const worker = await user(`bench.w${s}.${k}`, "SOCIAL_WORKER", station.id);
      const key = { stationId: station.id, supervisorId: supervisor.id, workerId: worker.id };
      await db.supervisorAssignment.upsert({ where: { stationId_supervisorId_workerId: key }, create: { districtId: district.id, ...key }, update: {} });
      workers.push({ id: worker.id, name: worker.name });
    }
    stations.push({ id: station.id, index: s, head: { id: head.id, name: head.name }, supervisor: { id: supervisor.id, name: supervisor.name }, workers });
  }
  const beijing = new Date(district.createdAt.getTime() + 8 * 3_600_000);
  return {
    districtId: district.id,
    anchor: utcDay(beijing.getUTCFullYear(), beijing.getUTCMonth() + 1, beijing.getUTCDate()),
    stations,
    workers: stations.flatMap((s) => s.workers.map((w) => ({ ...w, stationId: s.id, supervisor: s.supervisor }))),
  };
}

/** Clients 0 … target−1 (client i is created in order, so the count says where to continue). */
export async function generateClients(db: PrismaClient, org: BenchOrg, target: number) {
  const existing = await db.client.count({ where: { districtId: org.districtId } });
  if (existing >= target) return 0;
  log(`生成服务对象 ${existing} → ${target}…`);
  const batch = 2000;
  for (let start = existing; start < target; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(target, start + batch); i++) {
      const worker = org.workers[i % org.workers.length];
      const id = idOf(i);
      const phone = `139${String(10_000_000 + i).slice(-8)}`;
      rows.push({
        districtId: org.districtId, stationId: worker.stationId, ownerId: worker.id, createdById: worker.id,
        name: nameOf(i), gender: (i % 2 ? "MALE" : "FEMALE") as Gender, birthDate: new Date(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}T00:00:00Z`),
        idNumberEnc: encryptField(id), idNumberIndex: idNumberBlindIndex(id), idNumberMasked: mask(id),
        phoneEnc: encryptField(phone), phoneMasked: mask(phone, 3, 4),
        addressEnc: encryptField(`昆明市呈贡区基准路 ${i} 号`), addressMasked: "昆明市呈贡区****",
        healthEnc: encryptField("慢性病，需定期随访"), situationEnc: encryptField("独居，子女在外务工，社会支持较弱。"),
        categories: i % 3 ? ["ADVANCED_AGE" as const] : ["MINIMUM_LIVING" as const, "EMPTY_NEST" as const],
        riskLevel: (["NONE", "LOW", "MEDIUM", "HIGH"] as const)[i % 4], serviceDomain: "ELDERLY" as const,
      });
    }
    await db.client.createMany({ data: rows });
    progress(`服务对象 ${Math.min(target, start + batch)} / ${target}`);
  }
  log("");
  return target - existing;
}

// ───────────── raw multi-row inserts ─────────────

type Cell = string | number | boolean | null;
/** Rows of one table: column name → PostgreSQL type, and the rows as tuples in that column order. */
class Rows {
  readonly rows: Cell[][] = [];
  constructor(readonly table: string, readonly columns: readonly (readonly [string, string])[]) {}
  add(...values: Cell[]) {
    if (values.length !== this.columns.length) throw new Error(`${this.table}: ${values.length} values for ${this.columns.length} columns`);
    this.rows.push(values);
  }
  /** INSERT … SELECT * FROM unnest($1::type[], …): one parameter per column, whatever the row count. */
  async insert(client: pg.PoolClient, chunk = 20_000) {
    for (let start = 0; start < this.rows.length; start += chunk) {
      const part = this.rows.slice(start, start + chunk);
      const arrays = this.columns.map((_, c) => part.map((r) => r[c]));
      const names = this.columns.map(([n]) => `"${n}"`).join(", ");
      const params = this.columns.map(([, t], i) => `$${i + 1}::${t}[]`).join(", ");
      await client.query(`INSERT INTO "${this.table}" (${names}) SELECT * FROM unnest(${params})`, arrays);
    }
  }
}

const TS = "timestamptz";
const E = (name: string) => `"${name}"`; // enum type

const tables = () => ({
  caseFile: new Rows("case_file", [["id", "text"], ["district_id", "text"], ["station_id", "text"], ["client_id", "text"], ["number", "text"], ["year", "int"], ["owner_id", "text"], ["service_domain", E("ServiceDomain")], ["status", E("CaseStatus")], ["first_contact_on", "date"], ["assessment_due_on", "date"], ["closed_on", "date"], ["created_by_id", "text"], ["created_at", TS], ["updated_at", TS]]),
  intake: new Rows("case_intake", [["id", "text"], ["case_file_id", "text"], ["intake_date", "date"], ["source", E("CaseSource")], ["situation_enc", "text"], ["services_before_enc", "text"], ["crisis_risk", E("RiskLevel")], ["crisis_intervention", "bool"], ["created_by_id", "text"], ["created_at", TS], ["updated_at", TS]]),
  assessment: new Rows("case_assessment", [["id", "text"], ["case_file_id", "text"], ["assessed_on", "date"], ["physical_enc", "text"], ["psychological_enc", "text"], ["social_enc", "text"], ["environment_enc", "text"], ["self_view_enc", "text"], ["needs_enc", "text"], ["resources_enc", "text"], ["goals_enc", "text"], ["plan_enc", "text"], ["created_by_id", "text"], ["created_at", TS], ["updated_at", TS]]),
  consent: new Rows("case_consent", [["id", "text"], ["case_file_id", "text"], ["consented_on", "date"], ["signer", E("ConsentSigner")], ["guardian_name", "text"], ["created_by_id", "text"], ["created_at", TS], ["updated_at", TS]]),
  plan: new Rows("case_plan", [["id", "text"], ["case_file_id", "text"], ["status", E("ReviewStatus")], ["problems_enc", "text"], ["goals_enc", "text"], ["plan_enc", "text"], ["supervisor_opinion_enc", "text"], ["client_signed_on", "date"], ["created_by_id", "text"], ["created_at", TS], ["updated_at", TS]]),
  session: new Rows("case_session", [["id", "text"], ["case_file_id", "text"], ["seq", "int"], ["session_date", "date"], ["start_time", "text"], ["end_time", "text"], ["form", E("SessionForm")], ["place", "text"], ["aim_enc", "text"], ["process_enc", "text"], ["reflection_enc", "text"], ["next_plan_enc", "text"], ["supervisor_opinion_enc", "text"], ["created_by_id", "text"], ["created_at", TS], ["updated_at", TS]]),
  evaluation: new Rows("case_evaluation", [["id", "text"], ["case_file_id", "text"], ["evaluated_on", "date"], ["services_received_enc", "text"], ["ability_improved", "bool"], ["ability_note_enc", "text"], ["satisfaction", "int"], ["improvement", "int"], ["goal_attainment", E("GoalAttainment")], ["goal_note_enc", "text"], ["comments_enc", "text"], ["client_signed_on", "date"], ["service_review_enc", "text"], ["worker_review_enc", "text"], ["supervisor_opinion_enc", "text"], ["created_by_id", "text"], ["created_at", TS], ["updated_at", TS]]),
  closure: new Rows("case_closure", [["id", "text"], ["case_file_id", "text"], ["status", E("ReviewStatus")], ["closed_on", "date"], ["span_enc", "text"], ["changes_enc", "text"], ["client_state_enc", "text"], ["observations_enc", "text"], ["goal_attainment_enc", "text"], ["reason", E("ClosureReason")], ["reason_note", "text"], ["client_knows_return", "bool"], ["follow_up_enc", "text"], ["supervisor_opinion_enc", "text"], ["client_signed_on", "date"], ["created_by_id", "text"], ["created_at", TS], ["updated_at", TS]]),
  visit: new Rows("visit", [["id", "text"], ["district_id", "text"], ["station_id", "text"], ["worker_id", "text"], ["target", "text"], ["service_domain", E("ServiceDomain")], ["visit_type", E("VisitType")], ["visited_at", TS], ["place", "text"], ["household_count", "int"], ["content_enc", "text"], ["created_by_id", "text"], ["created_at", TS], ["updated_at", TS]]),
  visitHousehold: new Rows("visit_household", [["id", "text"], ["visit_id", "text"], ["name", "text"], ["note", "text"]]),
  visitSituation: new Rows("visit_situation", [["id", "text"], ["visit_id", "text"], ["names_enc", "text"], ["description_enc", "text"], ["follow_up", E("FollowUpKind")], ["follow_up_note", "text"]]),
  signoff: new Rows("document_signoff", [["id", "text"], ["district_id", "text"], ["station_id", "text"], ["kind", E("DocumentKind")], ["document_id", "text"], ["role", E("SignRole")], ["user_id", "text"], ["user_name", "text"], ["signed_at", TS]]),
  event: new Rows("document_event", [["id", "text"], ["kind", E("DocumentKind")], ["document_id", "text"], ["event", E("DocumentEventKind")], ["from_status", E("ReviewStatus")], ["to_status", E("ReviewStatus")], ["actor_id", "text"], ["actor_name", "text"], ["comment_enc", "text"], ["at", TS]]),
});
type Tables = ReturnType<typeof tables>;

/** A moment on a given day, Beijing office hours (stored as UTC). */
const at = (day: Date, hour: number, minute = 0) => new Date(day.getTime() + (hour - 8) * 3_600_000 + minute * 60_000).toISOString();

async function inTransaction(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<void>) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await fn(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

// ───────────── case files ─────────────

type PlannedCase = {
  clientId: string; stationId: string; worker: BenchOrg["workers"][number]; serviceDomain: string;
  closed: boolean; firstContact: Date; closedOn: Date | null; number: string; year: number; exists: boolean;
};

/** Which clients have a case, and each case's dates, from the client's id alone (stable across runs). */
function planCase(client: { id: string; station_id: string; owner_id: string; service_domain: string; has_case: boolean }, org: BenchOrg): Omit<PlannedCase, "number"> | null {
  const h = hashOf(client.id);
  if (h % 100 >= CASE_SHARE) return null;
  const worker = org.workers.find((w) => w.id === client.owner_id);
  if (!worker) return null;
  const rng = rngOf(h ^ 0x5bd1e995);
  const closed = rng.chance(0.5);
  let firstContact: Date;
  let closedOn: Date | null = null;
  if (closed) {
    const span = Math.floor((org.anchor.getTime() - 150 * DAY_MS - HISTORY_START.getTime()) / DAY_MS);
    firstContact = weekdayOnOrAfter(addDays(HISTORY_START, rng.int(0, span)));
    closedOn = weekdayOnOrAfter(addDays(firstContact, rng.int(60, 300)));
    if (closedOn.getTime() > addDays(org.anchor, -3).getTime()) closedOn = addDays(org.anchor, -3);
  } else {
    firstContact = addDays(org.anchor, -rng.int(0, 400));
    while (firstContact.getUTCDay() === 0 || firstContact.getUTCDay() === 6) firstContact = addDays(firstContact, -1);
  }
  return {
    clientId: client.id, stationId: client.station_id, worker, serviceDomain: client.service_domain, closed, firstContact, closedOn,
    year: firstContact.getUTCFullYear(), exists: client.has_case,
  };
}

/** Every document of one case, with its sign-offs and history, appended to `t`. */
function caseRows(t: Tables, c: PlannedCase, org: BenchOrg, pools: NarrativePools) {
  const rng = rngOf(hashOf(c.clientId) ^ 0x27d4eb2f);
  const { worker } = c;
  const sup = worker.supervisor;
  const anchor = org.anchor;
  const caseId = newId();
  const iso = (d: Date) => at(d, 10);
  const sign = (kind: string, documentId: string, role: "WORKER" | "SUPERVISOR", day: Date, status: string | null = null) => {
    const who = role === "WORKER" ? worker : sup;
    const when = at(day, 16, rng.int(0, 59));
    t.signoff.add(newId(), org.districtId, c.stationId, kind, documentId, role, who.id, who.name, when);
    t.event.add(newId(), kind, documentId, "SIGN", status, status, who.id, who.name, pools.signRole[role], when);
  };
  const done = (day: Date) => day.getTime() <= anchor.getTime();
  const settled = (day: Date) => c.closed || day.getTime() <= addDays(anchor, -7).getTime();
  const dueOn = addWeekdays(c.firstContact, 5);
  const updated = iso(c.closedOn ?? anchor);

  t.caseFile.add(caseId, org.districtId, c.stationId, c.clientId, c.number, c.year, worker.id, c.serviceDomain, c.closed ? "CLOSED" : "OPEN",
    ymd(c.firstContact), ymd(dueOn), c.closedOn && ymd(c.closedOn), worker.id, iso(c.firstContact), updated);

  // 接案记录表
  const intakeId = newId();
  const risk = rng.pick(["NONE", "NONE", "LOW", "LOW", "MEDIUM", "HIGH"] as const);
  t.intake.add(intakeId, caseId, ymd(c.firstContact), rng.pick(["SELF", "OTHERS", "REFERRAL", "OUTREACH", "OTHER"]), rng.pick(pools.situation), rng.pick(pools.before),
    risk, risk === "HIGH", worker.id, iso(c.firstContact), iso(c.firstContact));
  const intakeSigned = addDays(c.firstContact, 1);
  if (done(intakeSigned)) sign("INTAKE", intakeId, "WORKER", intakeSigned);
  if (settled(addDays(c.firstContact, 3))) sign("INTAKE", intakeId, "SUPERVISOR", addDays(c.firstContact, 3));

  // 预估表: every case older than two weeks has one (a few late); newer open cases may still be waiting.
  const assessedOn = addWeekdays(c.firstContact, rng.chance(0.06) ? rng.int(6, 9) : rng.int(1, 5));
  const ageDays = (anchor.getTime() - c.firstContact.getTime()) / DAY_MS;
  const hasAssessment = c.closed || (ageDays > 14 ? true : done(assessedOn) && rng.chance(0.4));
  if (!hasAssessment) return;
  const assessmentId = newId();
  t.assessment.add(assessmentId, caseId, ymd(assessedOn), ...Array.from({ length: 9 }, () => rng.pick(pools.assessment)), worker.id, iso(assessedOn), iso(assessedOn));
  sign("ASSESSMENT", assessmentId, "WORKER", assessedOn);
  if (settled(addDays(assessedOn, 2))) sign("ASSESSMENT", assessmentId, "SUPERVISOR", addDays(assessedOn, 2));

  // 接受服务同意书
  const guardian = rng.chance(0.1);
  t.consent.add(newId(), caseId, ymd(assessedOn), guardian ? "GUARDIAN" : "CLIENT", guardian ? "李桂兰" : null, worker.id, iso(assessedOn), iso(assessedOn));

  // 计划表: created, submitted, sometimes returned once, approved, signed by worker and supervisor.
  let planOn = addDays(assessedOn, rng.int(1, 5));
  if (!done(planOn)) planOn = anchor;
  const planId = newId();
  const status = c.closed || ageDays > 40 ? "APPROVED" : rng.pick(["APPROVED", "APPROVED", "APPROVED", "SUBMITTED", "DRAFT", "RETURNED"] as const);
  const reviewed = status === "APPROVED" || status === "RETURNED";
  const approvedOn = addDays(planOn, 2);
  t.plan.add(planId, caseId, status, rng.pick(pools.plan), rng.pick(pools.plan), rng.pick(pools.plan), reviewed ? rng.pick(pools.plan) : null,
    status === "APPROVED" ? ymd(approvedOn) : null, worker.id, iso(planOn), iso(status === "APPROVED" ? approvedOn : planOn));
  const event = (kind: string, id: string, ev: string, from: string | null, to: string | null, who: Person, when: string, comment: string | null = null) =>
    t.event.add(newId(), kind, id, ev, from, to, who.id, who.name, comment, when);
  event("PLAN", planId, "CREATE", null, "DRAFT", worker, at(planOn, 9));
  if (status !== "DRAFT") event("PLAN", planId, "SUBMIT", "DRAFT", "SUBMITTED", worker, at(planOn, 11));
  const returnedOnce = status === "RETURNED" || (status === "APPROVED" && rng.chance(0.15));
  if (returnedOnce) event("PLAN", planId, "RETURN", "SUBMITTED", "RETURNED", sup, at(planOn, 15), rng.pick(pools.comment));
  if (status === "APPROVED") {
    if (returnedOnce) event("PLAN", planId, "SUBMIT", "RETURNED", "SUBMITTED", worker, at(approvedOn, 9));
    event("PLAN", planId, "APPROVE", "SUBMITTED", "APPROVED", sup, at(approvedOn, 11), rng.pick(pools.comment));
    sign("PLAN", planId, "WORKER", approvedOn, "APPROVED");
    sign("PLAN", planId, "SUPERVISOR", approvedOn, "APPROVED");
  }

  // 过程记录表: 0–12, spread from the plan to the closure (or today, fewer for young open cases).
  const from = addDays(planOn, 7);
  const until = c.closedOn ? addDays(c.closedOn, -7) : anchor;
  const room = Math.floor((until.getTime() - from.getTime()) / DAY_MS);
  const sessions = status !== "APPROVED" || room < 0 ? 0 : c.closed ? Math.min(rng.int(1, 12), Math.max(1, Math.floor(room / 3))) : Math.min(rng.int(0, 12), Math.floor(room / 10));
  for (let s = 0; s < sessions; s++) {
    const day = addDays(from, Math.floor(((s + rng.next() * 0.8) * room) / Math.max(1, sessions)));
    const sessionId = newId();
    const [start, end] = rng.pick([["09:00", "10:00"], ["10:00", "11:30"], ["14:00", "15:00"], ["14:30", "16:00"], ["15:00", "16:30"]] as const);
    const form = rng.pick(["FACE_TO_FACE", "FACE_TO_FACE", "HOME_VISIT", "HOME_VISIT", "PHONE", "ONLINE"] as const);
    t.session.add(sessionId, caseId, s + 1, ymd(day), start, end, form, form === "PHONE" || form === "ONLINE" ? null : form === "HOME_VISIT" ? "服务对象家中" : "社工站个案工作室",
      rng.pick(pools.session), rng.pick(pools.session), rng.pick(pools.session), rng.pick(pools.session), rng.chance(0.4) ? rng.pick(pools.session) : null,
      worker.id, iso(day), iso(day));
    if (done(addDays(day, 1))) sign("SESSION", sessionId, "WORKER", addDays(day, 1));
    if (settled(addDays(day, 5))) sign("SESSION", sessionId, "SUPERVISOR", addDays(day, 5));
  }
  if (!c.closed || !c.closedOn) return;

  // 评估表 (supervisor signs) and 结案表 (approved by the supervisor, signed by both): closed cases only.
  const evaluatedOn = addDays(c.closedOn, -rng.int(2, 6));
  const evaluationId = newId();
  t.evaluation.add(evaluationId, caseId, ymd(evaluatedOn), rng.pick(pools.evaluation), rng.chance(0.85), rng.pick(pools.evaluation), rng.int(6, 10), rng.int(5, 10),
    rng.pick(["FULL", "FULL", "PARTIAL", "PARTIAL", "NONE"] as const), rng.pick(pools.evaluation), rng.pick(pools.evaluation), ymd(evaluatedOn),
    rng.pick(pools.evaluation), rng.pick(pools.evaluation), rng.pick(pools.evaluation), worker.id, iso(evaluatedOn), iso(evaluatedOn));
  sign("EVALUATION", evaluationId, "SUPERVISOR", addDays(evaluatedOn, 1));
  const closureId = newId();
  const reason = rng.pick(["GOALS_MET", "GOALS_MET", "GOALS_MET", "GOALS_MET", "CLIENT_DECLINED", "OUT_OF_SCOPE", "NOT_SUITABLE", "OTHER"] as const);
  const draftedOn = addDays(c.closedOn, -2);
  t.closure.add(closureId, caseId, "APPROVED", ymd(c.closedOn), rng.pick(pools.closure), rng.pick(pools.closure), rng.pick(pools.closure), rng.pick(pools.closure), rng.pick(pools.closure),
    reason, reason === "OTHER" ? "服务对象搬离本辖区" : null, true, rng.pick(pools.closure), rng.pick(pools.comment), ymd(c.closedOn), worker.id, iso(draftedOn), iso(c.closedOn));
  event("CLOSURE", closureId, "CREATE", null, "DRAFT", worker, at(draftedOn, 9));
  event("CLOSURE", closureId, "SUBMIT", "DRAFT", "SUBMITTED", worker, at(draftedOn, 10));
  event("CLOSURE", closureId, "APPROVE", "SUBMITTED", "APPROVED", sup, at(c.closedOn, 11), rng.pick(pools.comment));
  sign("CLOSURE", closureId, "WORKER", c.closedOn, "APPROVED");
  sign("CLOSURE", closureId, "SUPERVISOR", c.closedOn, "APPROVED");
}

/** The stations' case number counters (station/year → last number handed out). */
async function loadCounters(client: pg.Pool | pg.PoolClient, districtId: string) {
  const { rows } = await client.query<{ station_id: string; year: number; last: number }>(
    `SELECT c.station_id, c.year, c.last FROM case_number_counter c JOIN station s ON s.id = c.station_id WHERE s.district_id = $1`, [districtId]);
  return new Map(rows.map((r) => [`${r.station_id}/${r.year}`, r.last]));
}

/** Sets the counters of the given station/years to at least the numbers handed out (in the batch's transaction). */
async function saveCounters(client: pg.PoolClient, counters: Map<string, number>, keys: Iterable<string>) {
  for (const key of new Set(keys)) {
    const [stationId, year] = key.split("/");
    await client.query(
      `INSERT INTO case_number_counter (station_id, year, last) VALUES ($1, $2, $3)
       ON CONFLICT (station_id, year) DO UPDATE SET last = GREATEST(case_number_counter.last, EXCLUDED.last)`, [stationId, Number(year), counters.get(key)]);
  }
}

/**
 * Case files for CASE_SHARE % of the clients, with intake, assessment, consent, plan, sessions and, for
 * the closed half, evaluation and closure. Numbers GA-YYYY-NNNN come from the stations' counters, in
 * order of first contact (on a fresh database: 0001 … per station and year by date); each batch moves the
 * counters in its own transaction, so a resumed run continues where the last one stopped.
 */
export async function generateCases(pool: pg.Pool, org: BenchOrg, batch = 1000) {
  const { rows: clients } = await pool.query<{ id: string; station_id: string; owner_id: string; service_domain: string; has_case: boolean }>(
    `SELECT c.id, c.station_id, c.owner_id, c.service_domain::text, EXISTS (SELECT 1 FROM case_file f WHERE f.client_id = c.id) AS has_case
       FROM client c WHERE c.district_id = $1`, [org.districtId]);
  const planned = clients.map((c) => planCase(c, org)).filter((c): c is NonNullable<typeof c> => c !== null);
  const missing = planned.filter((c) => !c.exists);
  if (missing.length === 0) return 0;
  missing.sort((a, b) => a.stationId.localeCompare(b.stationId) || a.firstContact.getTime() - b.firstContact.getTime() || a.clientId.localeCompare(b.clientId));
  const counters = await loadCounters(pool, org.districtId);
  const cases: (PlannedCase & { key: string })[] = missing.map((c) => {
    const key = `${c.stationId}/${c.year}`;
    const serial = (counters.get(key) ?? 0) + 1;
    counters.set(key, serial);
    return { ...c, key, number: caseNumber(c.year, serial) };
  });
  const existing = planned.length - missing.length;
  log(`生成个案 ${existing} → ${planned.length}（每个个案含接案、预估、同意书、计划、过程记录，已结案的另含评估、结案）…`);
  const pools = narrativePools();
  for (let start = 0; start < cases.length; start += batch) {
    const part = cases.slice(start, start + batch);
    const t = tables();
    for (const c of part) caseRows(t, c, org, pools);
    await inTransaction(pool, async (client) => {
      for (const rows of [t.caseFile, t.intake, t.assessment, t.consent, t.plan, t.session, t.evaluation, t.closure, t.signoff, t.event]) await rows.insert(client);
      await saveCounters(client, counters, part.map((c) => c.key));
    });
    progress(`个案 ${existing + start + part.length} / ${planned.length}`);
  }
  log("");
  return cases.length;
}

// ───────────── referrals ─────────────

/**
 * 转介 for 2 % of the open cases older than 90 days: sent to a worker of the neighbouring station (station
 * s → s−1, so bench.w0.* receive some); 80 % accepted — the sending case becomes REFERRED and a case for
 * the same client opens at the receiving station with its documents — the rest pending or declined. These
 * make the scopes' "shared by an accepted referral" branches non-empty. Generated once (skipped when the
 * district has referrals).
 */
export async function generateReferrals(pool: pg.Pool, org: BenchOrg) {
  const { rows: [{ n }] } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM case_referral WHERE district_id = $1`, [org.districtId]);
  if (n > 0) return 0;
  const { rows } = await pool.query<{ id: string; station_id: string; owner_id: string; client_id: string; service_domain: string }>(
    `SELECT id, station_id, owner_id, client_id, service_domain::text FROM case_file
      WHERE district_id = $1 AND status = 'OPEN' AND first_contact_on < $2::date ORDER BY id`, [org.districtId, ymd(addDays(org.anchor, -90))]);
  const chosen = rows.filter((r) => hashOf(r.id) % 50 === 7);
  if (chosen.length === 0) return 0;
  log(`生成转介 ${chosen.length} 件（接收后在转入站开新个案）…`);
  const pools = narrativePools();
  const counters = await loadCounters(pool, org.districtId);
  const t = tables();
  const referrals = new Rows("case_referral", [["id", "text"], ["district_id", "text"], ["case_file_id", "text"], ["from_station_id", "text"], ["from_worker_id", "text"], ["from_contact", "text"], ["to_station_id", "text"], ["to_worker_id", "text"], ["to_contact", "text"], ["consented_on", "date"], ["consent_signer", E("ConsentSigner")], ["reason", E("ReferralReason")], ["problems_enc", "text"], ["measures_enc", "text"], ["advice_enc", "text"], ["status", E("ReferralStatus")], ["sent_at", TS], ["decided_at", TS], ["decided_by_id", "text"], ["received_case_id", "text"], ["created_by_id", "text"], ["created_at", TS], ["updated_at", TS]]);
  const referred: string[] = [];
  const keys: string[] = [];
  for (const r of chosen) {
    const rng = rngOf(hashOf(r.id) ^ 0x1b873593);
    const from = org.stations.find((s) => s.id === r.station_id)!;
    const to = org.stations[(from.index + STATIONS - 1) % STATIONS];
    const receiver = to.workers[rng.int(0, to.workers.length - 1)];
    const sender = org.workers.find((w) => w.id === r.owner_id)!;
    const sentOn = weekdayOnOrAfter(addDays(org.anchor, -rng.int(10, 80)));
    const decidedOn = addWeekdays(sentOn, 2);
    const status = rng.pick(["ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "PENDING", "DECLINED"] as const);
    let receivedCaseId: string | null = null;
    if (status === "ACCEPTED") {
      const year = decidedOn.getUTCFullYear();
      const key = `${to.id}/${year}`;
      const serial = (counters.get(key) ?? 0) + 1;
      counters.set(key, serial);
      keys.push(key);
      const receiverFull = org.workers.find((w) => w.id === receiver.id)!;
      const before = t.caseFile.rows.length;
      caseRows(t, { clientId: r.client_id, stationId: to.id, worker: receiverFull, serviceDomain: r.service_domain, closed: false, firstContact: decidedOn, closedOn: null, number: caseNumber(year, serial), year, exists: false }, org, pools);
      receivedCaseId = String(t.caseFile.rows[before][0]);
      referred.push(r.id);
    }
    const id = newId();
    referrals.add(id, org.districtId, r.id, r.station_id, r.owner_id, "0871-67480000", to.id, receiver.id, "0871-67480001", ymd(addDays(sentOn, -1)), "CLIENT",
      rng.pick(["OUT_OF_AREA", "OUT_OF_SCOPE", "WORKER_CHANGE"] as const), rng.pick(pools.situation), rng.pick(pools.before), rng.pick(pools.plan), status,
      at(sentOn, 10), status === "PENDING" ? null : at(decidedOn, 10), status === "PENDING" ? null : receiver.id, receivedCaseId, r.owner_id, at(addDays(sentOn, -1), 10), at(status === "PENDING" ? sentOn : decidedOn, 10));
    t.signoff.add(newId(), org.districtId, r.station_id, "REFERRAL", id, "WORKER", sender.id, sender.name, at(sentOn, 9));
    t.event.add(newId(), "REFERRAL", id, "SIGN", null, null, sender.id, sender.name, pools.signRole.WORKER, at(sentOn, 9));
  }
  await inTransaction(pool, async (client) => {
    for (const rows of [t.caseFile, t.intake, t.assessment, t.consent, t.plan, t.session, t.evaluation, t.closure, referrals, t.signoff, t.event]) await rows.insert(client);
    await client.query(`UPDATE case_file SET status = 'REFERRED', version = version + 1 WHERE id = ANY($1::text[])`, [referred]);
    await saveCounters(client, counters, keys);
  });
  return chosen.length;
}

// ───────────── visits ─────────────

const VISIT_TARGETS = [
  ["高龄、独居老人", "ELDERLY"], ["空巢老人", "ELDERLY"], ["低保、特困家庭", "SOCIAL_ASSISTANCE"], ["留守儿童家庭", "CHILDREN"],
  ["困境儿童家庭", "CHILDREN"], ["残疾人家庭", "DISABILITY"], ["退役军人家庭", "VETERANS"],
] as const;

function visitRows(t: Tables, n: number, org: BenchOrg, pools: NarrativePools, names: string[]) {
  const rng: Rng = rngOf(hashOf(`visit${n}`));
  const worker = org.workers[n % org.workers.length];
  const station = org.stations.find((s) => s.id === worker.stationId)!;
  const span = Math.floor((org.anchor.getTime() - HISTORY_START.getTime()) / DAY_MS);
  const day = weekdayOnOrAfter(addDays(HISTORY_START, rng.int(0, span)));
  const visitedAt = at(day.getTime() > org.anchor.getTime() ? addDays(org.anchor, -1) : day, rng.int(9, 16), rng.pick([0, 15, 30, 45]));
  const [target, domain] = rng.pick(VISIT_TARGETS);
  const households = rng.int(1, 6);
  const id = newId();
  t.visit.add(id, org.districtId, worker.stationId, worker.id, target, domain, rng.chance(0.8) ? "HOME" : "ONLINE", visitedAt,
    `基准${station.index + 1}街道${rng.pick(["东风", "南湖", "新村", "龙翔", "春城"])}社区`, households, rng.pick(pools.visit), worker.id, visitedAt, visitedAt);
  for (let h = 0; h < households; h++) t.visitHousehold.add(newId(), id, rng.pick(names), rng.chance(0.2) ? "独居" : null);
  if (rng.chance(0.05)) {
    t.visitSituation.add(newId(), id, rng.pick(pools.situation), rng.pick(pools.situation), rng.pick(["GROUP", "OTHER"] as const), "纳入社区互助小组跟进");
  }
  const signedOn = addDays(day, 1);
  if (signedOn.getTime() <= org.anchor.getTime()) {
    const when = at(signedOn, 17);
    t.signoff.add(newId(), org.districtId, worker.stationId, "VISIT", id, "WORKER", worker.id, worker.name, when);
    t.event.add(newId(), "VISIT", id, "SIGN", null, null, worker.id, worker.name, pools.signRole.WORKER, when);
  }
}

/** Visits up to `target` (1–6 households each), spread over the workers and the years since 2022. */
export async function generateVisits(pool: pg.Pool, org: BenchOrg, target: number, batch = 5000) {
  const { rows: [{ n }] } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM visit WHERE district_id = $1`, [org.districtId]);
  if (n >= target) return 0;
  log(`生成探访记录 ${n} → ${target}…`);
  const pools = narrativePools();
  const names = Array.from({ length: 5000 }, (_, i) => nameOf(i * 17));
  for (let start = n; start < target; start += batch) {
    const t = tables();
    for (let i = start; i < Math.min(target, start + batch); i++) visitRows(t, i, org, pools, names);
    await inTransaction(pool, async (client) => {
      for (const rows of [t.visit, t.visitHousehold, t.visitSituation, t.signoff, t.event]) await rows.insert(client);
    });
    progress(`探访记录 ${Math.min(target, start + batch)} / ${target}`);
  }
  log("");
  return target - n;
}

// ───────────── station heads' countersignatures ─────────────

/** The forms the station head countersigns after the worker. */
export const COUNTERSIGNED = (Object.keys(SIGNERS) as DocumentKind[]).filter((k) => SIGNERS[k].includes("STATION_HEAD") && SIGNERS[k].includes("WORKER"));

/**
 * 机构（站点）负责人 countersigns, 1–4 days later, every form of COUNTERSIGNED (intake, session, closure,
 * referral, visit) its worker signed more than 7 days before the generated "today"; the last week's stay in
 * the head's queue. Plain
 * SQL per station, ids derived from the worker's sign-off (a rerun adds only what is missing).
 */
export async function generateCountersigns(pool: pg.Pool, org: BenchOrg) {
  const signRole = narrativePools().signRole.STATION_HEAD;
  let added = 0;
  for (const station of org.stations) {
    await inTransaction(pool, async (client) => {
      // The statistics do not know yet about the rows the previous station added: without this the planner may
      // pick a nested-loop anti-join over them (quadratic).
      await client.query("SET LOCAL enable_nestloop = off");
      const params = [station.id, station.head.id, station.head.name, ymd(addDays(org.anchor, -7)), COUNTERSIGNED, signRole];
      const pending = `FROM document_signoff s WHERE s.station_id = $1 AND s.role = 'WORKER' AND s.kind = ANY($5::"DocumentKind"[]) AND s.signed_at < $4::date
          AND NOT EXISTS (SELECT 1 FROM document_signoff h WHERE h.document_id = s.document_id AND h.role = 'STATION_HEAD')`;
      const when = `s.signed_at + (1 + (hashtext(s.id) & 3)) * interval '1 day' + interval '1 hour'`;
      await client.query(
        `INSERT INTO document_event (id, kind, document_id, event, actor_id, actor_name, comment_enc, "at")
         SELECT 'c' || substr(md5(s.id || ':head-event'), 1, 24), s.kind, s.document_id, 'SIGN', $2, $3, $6, ${when} ${pending}`, params);
      const result = await client.query(
        `INSERT INTO document_signoff (id, district_id, station_id, kind, document_id, role, user_id, user_name, signed_at)
         SELECT 'c' || substr(md5(s.id || ':head'), 1, 24), s.district_id, s.station_id, s.kind, s.document_id, 'STATION_HEAD', $2, $3, ${when} ${pending}`, params.slice(0, 5));
      added += result.rowCount ?? 0;
      // The flag the head's list reads (the app's sign step keeps it; generated rows get it here): set on
      // the worker's sign-offs still waiting, cleared on the countersigned ones.
      await client.query(
        `UPDATE document_signoff s SET awaiting_head = NOT EXISTS (SELECT 1 FROM document_signoff h WHERE h.document_id = s.document_id AND h.role = 'STATION_HEAD')
         WHERE s.station_id = $1 AND s.role = 'WORKER' AND s.kind = ANY($2::"DocumentKind"[])
           AND s.awaiting_head IS DISTINCT FROM NOT EXISTS (SELECT 1 FROM document_signoff h WHERE h.document_id = s.document_id AND h.role = 'STATION_HEAD')`,
        [station.id, COUNTERSIGNED]);
    });
    progress(`站长会签 ${station.index + 1} / ${org.stations.length} 站`);
  }
  if (added) log("");
  return added;
}

// ───────────── sizes ─────────────

export const CASE_DOCUMENT_TABLES = ["case_intake", "case_assessment", "case_consent", "case_plan", "case_session", "case_evaluation", "case_closure"] as const;
const COUNTED = ["client", "case_file", "case_referral", ...CASE_DOCUMENT_TABLES, "visit", "visit_household", "visit_situation", "document_signoff", "document_event", "audit_log"] as const;
export type BenchCounts = Record<(typeof COUNTED)[number], number> & { closedCases: number; referredCases: number };

export async function benchCounts(pool: pg.Pool): Promise<BenchCounts> {
  const { rows: [row] } = await pool.query<Record<string, string>>(
    `SELECT ${COUNTED.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(", ")}, (SELECT count(*) FROM case_file WHERE status = 'CLOSED') AS "closedCases", (SELECT count(*) FROM case_file WHERE status = 'REFERRED') AS "referredCases"`);
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as BenchCounts;
}

/** How many case documents one case file brings on average, to size the visits so the total reaches a million. */
export const caseDocuments = (c: Pick<BenchCounts, (typeof CASE_DOCUMENT_TABLES)[number]>) => CASE_DOCUMENT_TABLES.reduce((sum, t) => sum + c[t], 0);
