// Demo 探访记录表 of worker.longcheng, dated relative to the day the demo is loaded (the last two months):
// home and phone visits, some naming the worker's demo households, two with special situations (one
// followed up as a case and linked to the worker's first open case). The older ones are signed by the
// worker and the station head, one waits for the head, the newest is not signed yet (all people fictional).
import type { PrismaClient } from "../../src/generated/prisma/client";
import type { FollowUpKind, ServiceDomain, VisitType } from "../../src/generated/prisma/enums";
import { encryptField } from "../../src/server/crypto";
import { SIGN_ROLE_LABELS } from "../../src/lib/labels";

type Db = Pick<PrismaClient, "visit" | "household" | "caseFile" | "documentSignoff" | "documentEvent" | "supervisorAssignment" | "user" | "membership">;

type DemoVisit = {
  daysAgo: number;
  time: string;
  target: string;
  domain: ServiceDomain;
  type: VisitType;
  place: string;
  /** Extra households counted beyond the named rows (探访总户数 ≥ rows). */
  extra: number;
  names: string[];
  /** Rows that name the worker's demo households (by index among them). */
  households: number[];
  content: string;
  situations?: { names: string; description: string; followUp: FollowUpKind; note?: string; linkCase?: boolean }[];
  opinion?: string;
  signed: ("WORKER" | "STATION_HEAD")[];
};

const VISITS: DemoVisit[] = [
  {
    daysAgo: 56, time: "09:30", target: "辖区高龄独居老人", domain: "ELDERLY", type: "HOME", place: "龙街社区彩云路片区", extra: 3,
    names: ["赵德顺、钱桂芬", "周桂英", "吴国华"], households: [0],
    content: "探访提纲：身体状况、居家安全、生活照料、政策知晓。\n总体情况：共探访 6 户高龄老人，多数身体状况稳定；赵德顺夫妇照护压力较大，钱桂芬长期卧床。",
    situations: [{ names: "赵德顺", description: "近期在家中摔倒后行动不便，情绪低落；子女在外地，老伴需同时照料卧床的钱桂芬。", followUp: "CASE", linkCase: true }],
    opinion: "探访记录完整。赵德顺家庭照护压力大，请尽快开案跟进，并链接居家养老服务资源。",
    signed: ["WORKER", "STATION_HEAD"],
  },
  {
    daysAgo: 45, time: "14:00", target: "留守儿童家庭", domain: "CHILDREN", type: "HOME", place: "三台社区三台村", extra: 1,
    names: ["孙小雨、孙小龙（祖母周秀英）", "李佳怡"], households: [1],
    content: "探访提纲：学习情况、亲子联系、安全教育。\n总体情况：两户留守儿童由祖辈照看，学习辅导不足；已发放防溺水宣传资料。",
    situations: [{ names: "孙小雨", description: "数学成绩明显下滑，祖母无力辅导。", followUp: "GROUP", note: "纳入“四点半课堂”学业支持小组" }],
    signed: ["WORKER", "STATION_HEAD"],
  },
  {
    daysAgo: 33, time: "10:00", target: "低保及低收入家庭", domain: "SOCIAL_ASSISTANCE", type: "ONLINE", place: "社工站（电话探访）", extra: 4,
    names: ["吴志刚、吴海燕", "陈志强", "刘玉兰"], households: [2],
    content: "探访提纲：近期生活状况、就医需求、救助政策落实。\n总体情况：电话联系 7 户，均按时领取低保金；一户反映药费负担重，已告知临时救助申请流程。",
    signed: ["WORKER", "STATION_HEAD"],
  },
  {
    daysAgo: 20, time: "15:30", target: "辖区残疾人家庭", domain: "DISABILITY", type: "HOME", place: "梅子社区", extra: 0,
    names: ["杨建华", "马春梅"], households: [],
    content: "探访提纲：康复需求、辅具使用、就业意愿。\n总体情况：两户残疾人家庭康复训练坚持较好，杨建华有居家就业意愿。",
    opinion: "可与残联对接居家就业培训信息。",
    signed: ["WORKER", "STATION_HEAD"],
  },
  {
    daysAgo: 8, time: "09:00", target: "辖区高龄独居老人", domain: "ELDERLY", type: "ONLINE", place: "社工站（电话探访）", extra: 5,
    names: ["赵德顺、钱桂芬", "周桂英"], households: [0],
    content: "探访提纲：降温天气防寒保暖、用电用气安全。\n总体情况：电话探访 7 户，提醒防寒及燃气安全，老人均表示已做好准备。",
    signed: ["WORKER"],
  },
  {
    daysAgo: 2, time: "10:30", target: "困境儿童家庭", domain: "CHILDREN", type: "HOME", place: "龙街社区", extra: 0,
    names: ["李佳怡"], households: [],
    content: "探访提纲：监护落实、生活与学习情况。\n总体情况：监护人落实到位，孩子情绪稳定，近期学校表现良好。",
    situations: [{ names: "李佳怡", description: "监护人近期务工时间变长，放学后无人照看约两小时。", followUp: "OTHER", note: "联系社区“儿童之家”放学后托管" }],
    signed: [],
  },
];

const DAY = 86_400_000;

/** A Beijing date `daysAgo` before today at hh:mm, as an instant. */
function beijing(daysAgo: number, hhmm: string): Date {
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const day = new Date(new Date(`${today}T00:00:00Z`).getTime() - daysAgo * DAY).toISOString().slice(0, 10);
  return new Date(`${day}T${hhmm}:00+08:00`);
}

export async function seedDemoVisits(
  tx: Db,
  { districtId, stationId, workerId, communityIds = [] }: { districtId: string; stationId: string; workerId: string; communityIds?: string[] },
): Promise<{ visits: number }> {
  const worker = await tx.user.findUniqueOrThrow({ where: { id: workerId }, select: { id: true, name: true } });
  const head = (await tx.membership.findFirst({ where: { stationId, role: "STATION_HEAD" }, select: { user: { select: { id: true, name: true } } } }))?.user;
  const supervisor = (await tx.supervisorAssignment.findFirst({ where: { stationId, workerId }, select: { supervisor: { select: { id: true, name: true } } } }))?.supervisor;
  const households = await tx.household.findMany({
    where: { stationId, clients: { some: { ownerId: workerId } } }, orderBy: { createdAt: "asc" }, select: { id: true },
  });
  const openCase = await tx.caseFile.findFirst({ where: { stationId, ownerId: workerId, status: "OPEN" }, orderBy: { number: "asc" }, select: { id: true } });

  for (const [i, v] of VISITS.entries()) {
    const visitedAt = beijing(v.daysAgo, v.time);
    const visit = await tx.visit.create({
      data: {
        districtId, stationId, workerId, createdById: workerId, communityId: communityIds[i % Math.max(communityIds.length, 1)] ?? null,
        target: v.target, serviceDomain: v.domain, visitType: v.type, visitedAt, place: v.place, householdCount: v.names.length + v.extra,
        contentEnc: encryptField(v.content), supervisorOpinionEnc: supervisor && v.opinion ? encryptField(v.opinion) : null,
        createdAt: new Date(visitedAt.getTime() + 4 * 3_600_000),
        households: { create: v.names.map((name, k) => ({ name, householdId: households[v.households[k] ?? -1]?.id ?? null })) },
        situations: {
          create: (v.situations ?? []).map((s) => ({
            namesEnc: encryptField(s.names)!, descriptionEnc: encryptField(s.description)!, followUp: s.followUp, followUpNote: s.note ?? null,
            caseFileId: s.linkCase ? openCase?.id ?? null : null,
          })),
        },
      },
      select: { id: true },
    });
    for (const role of v.signed) {
      const person = role === "WORKER" ? worker : head;
      if (!person) continue;
      const signedAt = new Date(visitedAt.getTime() + (role === "WORKER" ? 6 : 30) * 3_600_000);
      const awaitingHead = role === "WORKER" && !v.signed.includes("STATION_HEAD");
      await tx.documentSignoff.create({ data: { districtId, stationId, kind: "VISIT", documentId: visit.id, role, userId: person.id, userName: person.name, signedAt, awaitingHead } });
      await tx.documentEvent.create({
        data: { kind: "VISIT", documentId: visit.id, event: "SIGN", actorId: person.id, actorName: person.name, at: signedAt, commentEnc: encryptField(SIGN_ROLE_LABELS[role]) },
      });
    }
  }
  return { visits: VISITS.length };
}
