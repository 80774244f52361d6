// People who hold several roles (a contractor's head who is also a station's supervisor, or who also reviews
// at the bureau): each row is decided by the scope of the role that reaches it, and nobody reviews, or gives
// the supervisor's opinion on, their own submission.
import { beforeAll, describe, expect, it } from "vitest";
import { saveChangeRequestCommand } from "@/features/change-requests/commands";
import { readableProjectReports } from "@/features/project-reports/readable";
import { opinionSubmissionCommand, reviewSubmissionCommand, submitSubmissionCommand } from "@/features/submissions/commands";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { createUser } from "../../prisma/seed/factories";
import { newContract } from "../support/contracts";
import { actorOf, buildWorld, type World } from "../support/world";

let w: World;
let contractId: string;
/** Head of contractors[0] and supervisor at stations[0] (which contractors[0]'s contract covers). */
let headAndSupervisor: Actor;
/** Head of contractors[1] and supervisor at stations[0]: reaches contractors[0]'s contract as a supervisor only. */
let otherHeadAndSupervisor: Actor;
/** Head of contractors[0] and bureau reviewer of the district. */
let headAndReviewer: Actor;

beforeAll(async () => {
  w = await buildWorld();
  contractId = (await newContract(w.a)).id;
  const make = async (memberships: Parameters<typeof createUser>[1]["memberships"]) => (await actorOf((await createUser(db, { districtId: w.a.district.id, memberships })).id))!;
  headAndSupervisor = await make([{ role: "CONTRACTOR_ADMIN", contractorId: w.a.contractors[0].id }, { role: "SUPERVISOR", stationId: w.a.stations[0].id }]);
  otherHeadAndSupervisor = await make([{ role: "CONTRACTOR_ADMIN", contractorId: w.a.contractors[1].id }, { role: "SUPERVISOR", stationId: w.a.stations[0].id }]);
  headAndReviewer = await make([{ role: "CONTRACTOR_ADMIN", contractorId: w.a.contractors[0].id }, { role: "BUREAU_REVIEWER", bureauId: w.a.bureau.id }]);
});

async function submittedChangeRequest(actor: Actor) {
  const saved = await saveChangeRequestCommand.execute(actor, { contractId, filer: "填报人", originalContent: "原内容", changedContent: "变更后内容", reasons: "变更原因" });
  if (!saved.ok) throw new Error(saved.message);
  const id = (saved.data as { id: string }).id;
  const row = await db.changeRequest.findUniqueOrThrow({ where: { id } });
  const sent = await submitSubmissionCommand.execute(actor, { kind: "CHANGE_REQUEST", id, version: row.version });
  if (!sent.ok) throw new Error(sent.message);
  return id;
}

const version = async (id: string) => (await db.changeRequest.findUniqueOrThrow({ where: { id } })).version;

describe("several roles, one person", () => {
  it("a contractor's head who supervises the station cannot give the opinion on the request they submitted", async () => {
    const id = await submittedChangeRequest(headAndSupervisor);
    expect(await opinionSubmissionCommand.execute(headAndSupervisor, { kind: "CHANGE_REQUEST", id, version: await version(id), comment: "可行" }))
      .toMatchObject({ ok: false, code: "FORBIDDEN", message: "不能审核本人提交的材料" });
    // The station's own supervisor can.
    expect(await opinionSubmissionCommand.execute(w.a.actors.supervisor, { kind: "CHANGE_REQUEST", id, version: await version(id), comment: "可行" })).toMatchObject({ ok: true });
  });

  it("a contractor's head who also reviews at the bureau cannot decide their own submission", async () => {
    const id = await submittedChangeRequest(headAndReviewer);
    await opinionSubmissionCommand.execute(w.a.actors.supervisor, { kind: "CHANGE_REQUEST", id, version: await version(id), comment: "可行" });
    expect(await reviewSubmissionCommand.execute(headAndReviewer, { kind: "CHANGE_REQUEST", id, version: await version(id), step: "accept", comment: "同意" }))
      .toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("another contractor's head who supervises the station does not see this contractor's draft report", async () => {
    const draft = await db.projectReport.create({ data: { districtId: w.a.district.id, contractId, kind: "MIDTERM", status: "DRAFT", createdById: w.a.users.contractorAdmin.id } });
    const seen = async (actor: Actor) => db.projectReport.count({ where: { AND: [{ id: draft.id }, readableProjectReports(actor)] } });
    expect(await seen(otherHeadAndSupervisor)).toBe(0);
    expect(await seen(headAndReviewer)).toBe(1); // its own contractor's draft
    expect(await seen(w.a.actors.bureauReviewer)).toBe(0);
    await db.projectReport.update({ where: { id: draft.id }, data: { status: "SUBMITTED" } });
    expect(await seen(otherHeadAndSupervisor)).toBe(1);
    expect(await seen(w.a.actors.bureauReviewer)).toBe(1);
    expect(await seen(w.b.actors.bureauReviewer)).toBe(0);
  });

  it("a decision names the version it was taken on: without it the step is refused", async () => {
    const id = await submittedChangeRequest(w.a.actors.contractorAdmin);
    expect(await reviewSubmissionCommand.execute(w.a.actors.bureauReviewer, { kind: "CHANGE_REQUEST", id, step: "return", comment: "请补充" }))
      .toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { version: ["页面已过期，请刷新后重试"] } });
    expect(await reviewSubmissionCommand.execute(w.a.actors.bureauReviewer, { kind: "CHANGE_REQUEST", id, version: (await version(id)) - 1, step: "return", comment: "请补充" }))
      .toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("nothing is submitted on a terminated contract", async () => {
    const terminated = await newContract(w.a, { status: "TERMINATED" });
    const brief = await db.monthlyBrief.create({ data: { districtId: w.a.district.id, contractId: terminated.id, stationId: w.a.stations[0].id, month: "2026-09", dueOn: new Date("2026-10-05T00:00:00Z"), createdById: w.a.users.contractorAdmin.id, dailyWork: "日常", highlights: "亮点", nextMonthPlan: "计划" } });
    expect(await submitSubmissionCommand.execute(w.a.actors.contractorAdmin, { kind: "MONTHLY_BRIEF", id: brief.id, version: brief.version }))
      .toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "服务项目已终止，不能再提交" });
  });
});
