// Demo cases for worker.longcheng's demo clients, dated relative to the day the demo is loaded so the
// case list always shows one assessment done, one overdue and one still due, and one whole file from intake
// to the approved closure, signed by worker, supervisor and station head (all people fictional).
import type { PrismaClient } from "../../src/generated/prisma/client";
import { encryptField } from "../../src/server/crypto";
import { addWorkingDays, type WorkingDayCalendar } from "../../src/lib/working-days";
import { formatDate } from "../../src/lib/dates";

type Db = Pick<
  PrismaClient,
  | "client" | "caseFile" | "caseIntake" | "caseAssessment" | "caseNumberCounter" | "calendarDay" | "caseConsent" | "casePlan" | "caseSession" | "caseEvaluation"
  | "caseClosure" | "documentSignoff" | "documentEvent" | "supervisorAssignment" | "user" | "membership"
>;

const CASES: { daysAgo: number; source: "SELF" | "OTHERS" | "OUTREACH"; situation: string; assessed: boolean }[] = [
  { daysAgo: 20, source: "SELF", situation: "独居高龄老人，子女在外地，近期摔倒后行动不便，情绪低落。", assessed: true },
  { daysAgo: 12, source: "OTHERS", situation: "社区网格员反映：家中两名留守儿童由祖母照看，学习跟不上。", assessed: false },
  { daysAgo: 1, source: "OUTREACH", situation: "外展时发现：低保户，长期患病，家庭经济困难，缺少社会支持。", assessed: false },
];

export async function seedDemoCases(tx: Db, { districtId, stationId, workerId }: { districtId: string; stationId: string; workerId: string }) {
  const clients = await tx.client.findMany({ where: { stationId, ownerId: workerId }, orderBy: { createdAt: "asc" }, take: CASES.length, select: { id: true, serviceDomain: true } });
  const calendar: WorkingDayCalendar = new Map((await tx.calendarDay.findMany()).map((d) => [d.date.toISOString().slice(0, 10), d.kind]));
  const today = new Date(`${formatDate(new Date())}T00:00:00Z`);
  const year = today.getUTCFullYear();
  for (const [i, spec] of CASES.entries()) {
    const client = clients[i];
    if (!client) break;
    const firstContactOn = new Date(today.getTime() - spec.daysAgo * 86_400_000);
    const caseFile = await tx.caseFile.create({
      data: {
        districtId, stationId, clientId: client.id, ownerId: workerId, createdById: workerId,
        number: `GA-${year}-${String(i + 1).padStart(4, "0")}`, year, serviceDomain: client.serviceDomain,
        firstContactOn, assessmentDueOn: addWorkingDays(firstContactOn, 5, calendar),
      },
    });
    await tx.caseIntake.create({
      data: { caseFileId: caseFile.id, intakeDate: firstContactOn, source: spec.source, situationEnc: encryptField(spec.situation), crisisRisk: i === 0 ? "MEDIUM" : "LOW", createdById: workerId },
    });
    if (spec.assessed) {
      await tx.caseAssessment.create({
        data: {
          caseFileId: caseFile.id, assessedOn: addWorkingDays(firstContactOn, 3, calendar), createdById: workerId,
          physicalEnc: encryptField("髋部挫伤，行走需助行器。"), psychologicalEnc: encryptField("担心成为子女负担，睡眠差。"),
          needsEnc: encryptField("日常照料、康复训练与情绪支持。"), resourcesEnc: encryptField("邻里关系好，社区有助餐点，本人配合度高。"),
          goalsEnc: encryptField("三个月内恢复独立行走，每周参加一次社区活动。"), planEnc: encryptField("链接康复资源；每周家访；发动邻里志愿者结对。"),
        },
      });
    }
  }
  let last = Math.min(CASES.length, clients.length);
  // The closed file tells a widow's story: an elderly client without a case yet.
  const used = clients.slice(0, CASES.length).map((c) => c.id);
  const closedClient = await tx.client.findFirst({
    where: { stationId, ownerId: workerId, serviceDomain: "ELDERLY", id: { notIn: used } },
    orderBy: { createdAt: "asc" },
    select: { id: true, serviceDomain: true },
  });
  if (closedClient) {
    last += 1;
    await seedClosedCase(tx, { districtId, stationId, workerId, clientId: closedClient.id, serviceDomain: closedClient.serviceDomain, number: `GA-${year}-${String(last).padStart(4, "0")}`, year, today, calendar });
  }
  await tx.caseNumberCounter.create({ data: { stationId, year, last } });
}

const days = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const at = (d: Date, hhmm: string) => new Date(`${d.toISOString().slice(0, 10)}T${hhmm}:00+08:00`);

/** A whole file: intake, assessment, consent, approved plan, three sessions, evaluation, approved closure, all signed. */
async function seedClosedCase(
  tx: Db,
  c: { districtId: string; stationId: string; workerId: string; clientId: string; serviceDomain: Awaited<ReturnType<Db["client"]["findMany"]>>[number]["serviceDomain"]; number: string; year: number; today: Date; calendar: WorkingDayCalendar },
) {
  const worker = await tx.user.findUniqueOrThrow({ where: { id: c.workerId }, select: { id: true, name: true } });
  const assignment = await tx.supervisorAssignment.findFirst({ where: { stationId: c.stationId, workerId: c.workerId }, select: { supervisor: { select: { id: true, name: true } } } });
  const head = await tx.membership.findFirst({ where: { stationId: c.stationId, role: "STATION_HEAD" }, select: { user: { select: { id: true, name: true } } } });
  const supervisor = assignment?.supervisor;
  const firstContactOn = days(c.today, -60);
  const closedOn = days(c.today, -5);
  const caseFile = await tx.caseFile.create({
    data: {
      districtId: c.districtId, stationId: c.stationId, clientId: c.clientId, ownerId: c.workerId, createdById: c.workerId, number: c.number, year: c.year,
      serviceDomain: c.serviceDomain, status: "CLOSED", firstContactOn, assessmentDueOn: addWorkingDays(firstContactOn, 5, c.calendar), closedOn,
    },
  });
  const sign = async (kind: "INTAKE" | "ASSESSMENT" | "PLAN" | "SESSION" | "EVALUATION" | "CLOSURE", documentId: string, when: Date, roles: ("WORKER" | "SUPERVISOR" | "STATION_HEAD")[]) => {
    const people = { WORKER: worker, SUPERVISOR: supervisor, STATION_HEAD: head?.user };
    for (const role of roles) {
      const person = people[role];
      if (!person) continue;
      await tx.documentSignoff.create({ data: { districtId: c.districtId, stationId: c.stationId, kind, documentId, role, userId: person.id, userName: person.name, signedAt: at(when, role === "WORKER" ? "17:00" : "18:00") } });
    }
  };
  const intake = await tx.caseIntake.create({
    data: { caseFileId: caseFile.id, intakeDate: firstContactOn, source: "OTHERS", sourceNote: "村委会转告", situationEnc: encryptField("丧偶后独居，情绪低落，拒绝出门，饮食不规律。"), crisisRisk: "LOW", createdById: c.workerId },
  });
  await sign("INTAKE", intake.id, firstContactOn, ["WORKER", "SUPERVISOR", "STATION_HEAD"]);
  const assessment = await tx.caseAssessment.create({
    data: {
      caseFileId: caseFile.id, assessedOn: days(firstContactOn, 3), createdById: c.workerId,
      psychologicalEnc: encryptField("哀伤反应明显，自述“没意思”。"), socialEnc: encryptField("与邻里来往少，女儿每月来看望一次。"),
      needsEnc: encryptField("哀伤辅导、恢复规律生活、重建社会联系。"), resourcesEnc: encryptField("女儿关心，村里有老年活动室。"),
      goalsEnc: encryptField("两个月内恢复规律饮食作息，每周至少参加一次老年活动室活动。"), planEnc: encryptField("每周面谈一次，链接老年活动室与邻里志愿者。"),
    },
  });
  await sign("ASSESSMENT", assessment.id, days(firstContactOn, 3), ["WORKER", "SUPERVISOR"]);
  await tx.caseConsent.create({ data: { caseFileId: caseFile.id, consentedOn: days(firstContactOn, 3), signer: "CLIENT", createdById: c.workerId } });
  const plan = await tx.casePlan.create({
    data: {
      caseFileId: caseFile.id, status: "APPROVED", createdById: c.workerId, clientSignedOn: days(firstContactOn, 6),
      problemsEnc: encryptField("丧偶后哀伤，社会联系减少，生活不规律。"), goalsEnc: encryptField("两个月内恢复规律作息；每周参加一次集体活动。"),
      planEnc: encryptField("第 1–2 周哀伤辅导；第 3–6 周链接活动室与志愿者；第 7–8 周巩固并准备结案。"), supervisorOpinionEnc: encryptField("同意，注意观察哀伤反应变化。"),
    },
  });
  if (supervisor) {
    for (const [event, from, to, who, when] of [
      ["CREATE", null, "DRAFT", worker, 5], ["SUBMIT", "DRAFT", "SUBMITTED", worker, 5], ["APPROVE", "SUBMITTED", "APPROVED", supervisor, 6],
    ] as const) {
      await tx.documentEvent.create({ data: { kind: "PLAN", documentId: plan.id, event, fromStatus: from, toStatus: to, actorId: who.id, actorName: who.name, at: at(days(firstContactOn, when), "16:00") } });
    }
  }
  await sign("PLAN", plan.id, days(firstContactOn, 6), ["WORKER", "SUPERVISOR"]);
  const sessions = [
    { day: 7, form: "HOME_VISIT" as const, aim: "建立关系，倾听哀伤经历。", process: "服务对象谈及老伴生前生活，数次落泪；社工陪伴倾听，肯定其照顾老伴的付出。" },
    { day: 21, form: "FACE_TO_FACE" as const, aim: "讨论恢复作息的小目标。", process: "共同制定每日作息表，服务对象同意每天下午到院子散步。" },
    { day: 42, form: "PHONE" as const, aim: "跟进参加活动情况。", process: "服务对象已两次参加老年活动室的合唱，语气轻松，主动提到新认识的朋友。" },
  ];
  for (const [i, s] of sessions.entries()) {
    const row = await tx.caseSession.create({
      data: {
        caseFileId: caseFile.id, seq: i + 1, sessionDate: days(firstContactOn, s.day), startTime: "14:30", endTime: "15:30", form: s.form, place: s.form === "PHONE" ? null : "服务对象家中",
        aimEnc: encryptField(s.aim), processEnc: encryptField(s.process), reflectionEnc: encryptField("保持耐心，尊重服务对象节奏。"), nextPlanEnc: encryptField("继续跟进。"),
        supervisorOpinionEnc: encryptField("记录清楚，继续。"), createdById: c.workerId,
      },
    });
    await sign("SESSION", row.id, days(firstContactOn, s.day), ["WORKER", "SUPERVISOR", "STATION_HEAD"]);
  }
  const evaluation = await tx.caseEvaluation.create({
    data: {
      caseFileId: caseFile.id, evaluatedOn: days(closedOn, -2), createdById: c.workerId, servicesReceivedEnc: encryptField("面谈、电话跟进、链接老年活动室。"),
      abilityImproved: true, abilityNoteEnc: encryptField("能自己安排一天的生活了。"), satisfaction: 9, improvement: 8, goalAttainment: "FULL", goalNoteEnc: encryptField("每周都去活动室。"),
      clientSignedOn: days(closedOn, -2), serviceReviewEnc: encryptField("服务及时，方法得当。"), workerReviewEnc: encryptField("耐心细致，记录完整。"), supervisorOpinionEnc: encryptField("同意结案。"),
    },
  });
  await sign("EVALUATION", evaluation.id, days(closedOn, -2), ["SUPERVISOR"]);
  const closure = await tx.caseClosure.create({
    data: {
      caseFileId: caseFile.id, status: "APPROVED", closedOn, reason: "GOALS_MET", clientKnowsReturn: true, clientSignedOn: closedOn, createdById: c.workerId,
      spanEnc: encryptField("服务约两个月，共 3 次（家访、面谈、电话）。"), changesEnc: encryptField("作息恢复规律，情绪明显好转。"),
      clientStateEnc: encryptField("愿意继续参加活动，期望女儿多来看望。"), observationsEnc: encryptField("社会支持网络初步建立。"),
      goalAttainmentEnc: encryptField("服务目标全部达成（服务对象自评 8 分，督导评估达成）。"), followUpEnc: encryptField("结案后一个月电话回访一次。"),
      supervisorOpinionEnc: encryptField("同意结案。"),
    },
  });
  if (supervisor) {
    for (const [event, from, to, who] of [["CREATE", null, "DRAFT", worker], ["SUBMIT", "DRAFT", "SUBMITTED", worker], ["APPROVE", "SUBMITTED", "APPROVED", supervisor]] as const) {
      await tx.documentEvent.create({ data: { kind: "CLOSURE", documentId: closure.id, event, fromStatus: from, toStatus: to, actorId: who.id, actorName: who.name, at: at(closedOn, "10:00") } });
    }
  }
  await sign("CLOSURE", closure.id, closedOn, ["WORKER", "SUPERVISOR", "STATION_HEAD"]);
}
