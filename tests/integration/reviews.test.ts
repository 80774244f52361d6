// 待审核: the bureau reviewer's queue of everything submitted across kinds, through each kind's scope under its
// review permission; nothing of another district, no drafts, nothing decided.
import { beforeAll, describe, expect, it } from "vitest";
import type { ReportKind, SubmissionStatus } from "@/generated/prisma/enums";
import { contractorTodo, reviewQueue, waitingDays } from "@/features/reviews/queries";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { newContract } from "../support/contracts";
import { buildWorld, type DistrictWorld, type World } from "../support/world";

let w: World;
const NOW = new Date("2026-11-22T02:00:00Z");
const daysBefore = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

/** One submission of each kind (and a draft and an accepted one of each, which must not show) for d's contract. */
async function seedSubmissions(d: DistrictWorld) {
  const contract = await newContract(d);
  const createdById = d.users.contractorAdmin.id;
  const base = { districtId: d.district.id, contractId: contract.id, createdById };
  const ids: Record<string, string> = {};
  const brief = (month: string, status: SubmissionStatus, submittedAt: Date | null) =>
    db.monthlyBrief.create({ data: { ...base, stationId: d.stations[0].id, month, dueOn: new Date(`${month}-28T00:00:00Z`), status, submittedAt, firstSubmittedAt: submittedAt } });
  ids.brief = (await brief("2026-10", "SUBMITTED", daysBefore(6))).id;
  ids.briefDraft = (await brief("2026-09", "DRAFT", null)).id;
  ids.briefAccepted = (await brief("2026-08", "ACCEPTED", daysBefore(40))).id;
  ids.midterm = (await db.projectReport.create({ data: { ...base, kind: "MIDTERM", status: "SUBMITTED", submittedAt: daysBefore(10) } })).id;
  ids.finalDraft = (await db.projectReport.create({ data: { ...base, kind: "FINAL", status: "DRAFT" } })).id;
  const change = (number: number, status: SubmissionStatus, submittedAt: Date | null, supervisorOpinion: string | null) =>
    db.changeRequest.create({ data: { ...base, number, status, submittedAt, supervisorOpinion, filer: "填报人", originalContent: "原", changedContent: "新", reasons: "因" } });
  ids.changeWaiting = (await change(1, "SUBMITTED", daysBefore(3), null)).id;
  ids.changeReady = (await change(2, "SUBMITTED", daysBefore(1), "可行")).id;
  ids.changeDraft = (await change(3, "DRAFT", null, null)).id;
  ids.changeReturned = (await change(4, "RETURNED", daysBefore(20), null)).id;
  await db.budgetVersion.create({ data: { ...base, number: 1, status: "ACCEPTED", submittedAt: daysBefore(300) } });
  ids.budget = (await db.budgetVersion.create({ data: { ...base, number: 2, status: "SUBMITTED", submittedAt: daysBefore(15), reason: "调整" } })).id;
  return { contractId: contract.id, ids };
}

let a: Awaited<ReturnType<typeof seedSubmissions>>;
let b: Awaited<ReturnType<typeof seedSubmissions>>;

beforeAll(async () => {
  w = await buildWorld();
  a = await seedSubmissions(w.a);
  b = await seedSubmissions(w.b);
});

const keys = async (actor: Actor) => (await reviewQueue(actor, NOW)).map((i) => i.id);

describe("reviewQueue", () => {
  it("the reviewer: every submitted item of the district, oldest first, with its link, kind and waiting days", async () => {
    const items = await reviewQueue(w.a.actors.bureauReviewer, NOW);
    const cid = a.contractId;
    expect(items.map((i) => [i.kind, i.href, i.waitingDays, i.awaitingOpinion])).toEqual([
      ["BUDGET", `/bureau/contracts/${cid}/budget`, 15, false],
      ["MIDTERM_REPORT", `/bureau/contracts/${cid}/reports/midterm`, 10, false],
      ["MONTHLY_BRIEF", `/bureau/briefs/${a.ids.brief}`, 6, false],
      ["CHANGE_REQUEST", `/bureau/contracts/${cid}/changes/${a.ids.changeWaiting}`, 3, true],
      ["CHANGE_REQUEST", `/bureau/contracts/${cid}/changes/${a.ids.changeReady}`, 1, false],
    ] satisfies [ReportKind, string, number, boolean][]);
    expect(items.map((i) => i.title)).toEqual(["预算调整（第 2 版）", "项目中期报告", "2026年10月月度工作简报", "项目变更申请（第 1 号）", "项目变更申请（第 2 号）"]);
    expect(items.map((i) => i.kindLabel)).toEqual(["项目经费预算", "项目中期报告", "月度工作简报", "项目变更申请审批表", "项目变更申请审批表"]);
    expect(items[2].project).toContain(w.a.stations[0].name);
    // Nothing of the other district.
    expect(items.some((i) => Object.values(b.ids).some((id) => i.id.endsWith(id)))).toBe(false);
    expect((await reviewQueue(w.b.actors.bureauReviewer, NOW)).map((i) => i.id).sort()).toEqual(
      [`BUDGET:${b.ids.budget}`, `MIDTERM_REPORT:${b.ids.midterm}`, `MONTHLY_BRIEF:${b.ids.brief}`, `CHANGE_REQUEST:${b.ids.changeWaiting}`, `CHANGE_REQUEST:${b.ids.changeReady}`].sort(),
    );
  });

  it("the street office's brief:review reaches its own stations' briefs only; other roles review nothing", async () => {
    expect(await keys(w.a.actors.streetStaff)).toEqual([`MONTHLY_BRIEF:${a.ids.brief}`]);
    expect(await keys(w.a.actors.otherStreetStaff)).toEqual([]);
    for (const key of ["bureauAdmin", "bureauStaff", "evaluator", "auditor", "contractorAdmin", "supervisor", "socialWorker", "stationHead"] as const) {
      expect(await keys(w.a.actors[key]), key).toEqual([]);
    }
    expect(await keys(w.systemAdmin)).toEqual([]);
  });

  it("waiting days are whole days since submission", () => {
    expect(waitingDays(new Date(NOW.getTime() - 86_399_000), NOW)).toBe(0);
    expect(waitingDays(new Date(NOW.getTime() - 86_400_000), NOW)).toBe(1);
    expect(waitingDays(new Date(NOW.getTime() + 1000), NOW)).toBe(0);
  });
});

describe("待办 for the contractor", () => {
  it("lists what came back and the briefs due or missing, of its own contracts only", async () => {
    const todo = await contractorTodo(w.a.actors.contractorAdmin, NOW);
    const ids = todo.map((t) => t.id);
    // The returned change request (第 4 号) of its contract; none of district b's.
    expect(ids).toContain(`change:${a.ids.changeReturned}`);
    expect(ids).not.toContain(`change:${b.ids.changeReturned}`);
    // 2026-09 is a draft past its due day, so missing, as are the months without a brief; 2026-10 is submitted and
    // 2026-08 accepted (not to-dos); November has not ended.
    expect(todo.find((t) => t.id.endsWith(":2026-09"))?.note).toBe("缺报（应于 2026-09-28 前报送）");
    expect(todo.find((t) => t.id.endsWith(":2026-01"))?.note).toMatch(/^缺报/);
    expect(ids.some((t) => t.endsWith(":2026-10") || t.endsWith(":2026-08") || t.endsWith(":2026-11"))).toBe(false);
    expect(todo[0].tone).toBe("red");
  });

  it("is empty for everyone who drafts nothing", async () => {
    for (const actor of [w.a.actors.bureauReviewer, w.a.actors.streetStaff, w.a.actors.socialWorker, w.a.actors.supervisor, w.b.actors.bureauAdmin]) {
      expect(await contractorTodo(actor, NOW)).toEqual([]);
    }
  });
});
