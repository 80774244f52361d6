// Demo 项目变更申请 and 来访接待登记 (all people fictional):
// - 龙城's contract (CGMZ-2026-001) has change request 第 1 号, submitted by 启明 in September, given the project
//   supervisor's opinion and approved by the bureau's reviewer — with its history rows;
// - worker.longcheng received eight visits at 龙城 in October and November 2026 (summaries encrypted).
import type { Prisma } from "../../src/generated/prisma/client";
import type { ReceptionMatter, ReceptionOutcome, ServiceDomain } from "../../src/generated/prisma/enums";
import { parseShanghaiDateTime } from "../../src/lib/dates";
import { encryptField } from "../../src/server/crypto";

type Tx = Prisma.TransactionClient;

const at = (beijing: string) => parseShanghaiDateTime(beijing)!;

type DemoReception = { at: string; visitors: number; domain: ServiceDomain; community: number | null; matter: ReceptionMatter; outcome: ReceptionOutcome; summary: string };

const RECEPTIONS: DemoReception[] = [
  { at: "2026-10-09 09:40", visitors: 1, domain: "SOCIAL_ASSISTANCE", community: 0, matter: "CONSULTATION", outcome: "ANSWERED",
    summary: "龙街社区居民咨询临时救助申请条件及所需材料。已讲解申请流程，告知向社区提交申请书、收入证明及相关票据。" },
  { at: "2026-10-15 14:20", visitors: 2, domain: "ELDERLY", community: 1, matter: "HELP", outcome: "FOLLOW_UP",
    summary: "三台社区一对老年夫妇反映家中卫生间无扶手，老人夜间如厕不便。已登记适老化改造需求，约定下周入户评估。" },
  { at: "2026-10-22 10:05", visitors: 1, domain: "CHILDREN", community: 2, matter: "HELP", outcome: "CASE_OPENED",
    summary: "梅子社区一名祖母反映孙子近期厌学、与同学冲突。初步评估后建议开案，已转负责社工跟进。" },
  { at: "2026-10-30 15:30", visitors: 6, domain: "COMMUNITY_GOVERNANCE", community: 0, matter: "COMPLAINT", outcome: "REFERRED",
    summary: "龙街社区居民代表反映小区公共区域照明损坏、夜间出行不安全。已记录诉求并转社区居委会协调物业处理。" },
  { at: "2026-11-04 09:15", visitors: 1, domain: "DISABILITY", community: null, matter: "AFFAIRS", outcome: "ANSWERED",
    summary: "残疾人家属咨询残疾人两项补贴年审办理。已说明办理时间与材料，协助填写年审表。" },
  { at: "2026-11-11 16:00", visitors: 3, domain: "ELDERLY", community: 1, matter: "CONSULTATION", outcome: "ANSWERED",
    summary: "三台社区三位老人咨询社区长者食堂助餐补贴标准。已讲解补贴对象与标准，并发放助餐点联系方式。" },
  { at: "2026-11-17 10:30", visitors: 1, domain: "SOCIAL_ASSISTANCE", community: 2, matter: "HELP", outcome: "REFERRED",
    summary: "梅子社区一名务工人员因工伤失去收入来源，求助生活困难。已转介街道社会救助窗口办理临时救助。" },
  { at: "2026-11-20 14:45", visitors: 2, domain: "VOLUNTEER", community: 0, matter: "OTHER", outcome: "FOLLOW_UP",
    summary: "两名大学生来站了解志愿服务报名。已登记个人信息与服务意向，待下次志愿者培训时通知参加。" },
];

export async function seedDemoChangesAndReceptions(tx: Tx, opts: {
  districtId: string; contractId: string; stationId: string; workerId: string; contractorAdminId: string;
  supervisorId: string; supervisorName: string; reviewerId: string; reviewerName: string; communityIds: string[];
}) {
  const contractorAdmin = await tx.user.findUniqueOrThrow({ where: { id: opts.contractorAdminId }, select: { name: true } });
  const submittedAt = at("2026-09-10 10:20");
  const opinionAt = at("2026-09-12 16:05");
  const decidedAt = at("2026-09-16 11:30");
  const supervisorOpinion = "经与街道、社区及服务对象代表沟通，需求调研结论可靠，调整后服务指标总量不变，变更可行，同意变更。";
  const bureauOpinion = "同意。请按变更后的方案实施，并在中期与结项报告中说明执行情况。";
  const change = await tx.changeRequest.create({
    data: {
      districtId: opts.districtId, contractId: opts.contractId, number: 1, status: "ACCEPTED", filer: contractorAdmin.name,
      originalContent: "三、项目具体实施方案（二）小组工作：开展青少年兴趣拓展小组 2 个，每组 6 节，服务青少年 24 人次。",
      changedContent: "将青少年兴趣拓展小组 2 个调整为老年人防范电信诈骗互助小组 1 个、留守儿童课业支持小组 1 个，每组 6 节，服务人次不少于 24 人次，小组总数不变。",
      reasons: "1. 上半年需求调研显示，辖区老年人遭遇电信诈骗风险突出，社区与派出所均提出开展防诈宣传的需求；\n2. 辖区青少年兴趣类活动已由学校课后服务覆盖，重复开展效果有限；\n3. 留守儿童课业辅导需求在探访中多次出现。",
      supervisorOpinion, supervisorName: opts.supervisorName, supervisorAt: opinionAt,
      bureauOpinion, bureauName: opts.reviewerName, bureauAt: decidedAt,
      submittedAt, createdById: opts.contractorAdminId, version: 4,
      createdAt: at("2026-09-08 15:00"),
    },
  });
  await tx.reportEvent.createMany({
    data: [
      { districtId: opts.districtId, kind: "CHANGE_REQUEST", reportId: change.id, event: "SUBMIT", actorId: opts.contractorAdminId, actorName: contractorAdmin.name, actorRole: "CONTRACTOR_ADMIN", at: submittedAt },
      { districtId: opts.districtId, kind: "CHANGE_REQUEST", reportId: change.id, event: "OPINION", comment: supervisorOpinion, actorId: opts.supervisorId, actorName: opts.supervisorName, actorRole: "SUPERVISOR", at: opinionAt },
      { districtId: opts.districtId, kind: "CHANGE_REQUEST", reportId: change.id, event: "ACCEPT", comment: bureauOpinion, actorId: opts.reviewerId, actorName: opts.reviewerName, actorRole: "BUREAU_REVIEWER", at: decidedAt },
    ],
  });

  await tx.reception.createMany({
    data: RECEPTIONS.map((r) => ({
      districtId: opts.districtId, stationId: opts.stationId, workerId: opts.workerId,
      communityId: r.community === null ? null : (opts.communityIds[r.community] ?? null),
      receivedAt: at(r.at), visitorCount: r.visitors, serviceDomain: r.domain, matter: r.matter, outcome: r.outcome,
      summaryEnc: encryptField(r.summary), createdAt: at(r.at), updatedAt: at(r.at),
    })),
  });
  return { changeRequestId: change.id, receptions: RECEPTIONS.length };
}
