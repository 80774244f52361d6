// Demo cases for worker.longcheng's demo clients, dated relative to the day the demo is loaded so the
// case list always shows one assessment done, one overdue and one still due (all people fictional).
import type { PrismaClient } from "../../src/generated/prisma/client";
import { encryptField } from "../../src/server/crypto";
import { addWorkingDays, type WorkingDayCalendar } from "../../src/lib/working-days";
import { formatDate } from "../../src/lib/dates";

type Db = Pick<PrismaClient, "client" | "caseFile" | "caseIntake" | "caseAssessment" | "caseNumberCounter" | "calendarDay">;

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
  await tx.caseNumberCounter.create({ data: { stationId, year, last: Math.min(CASES.length, clients.length) } });
}
