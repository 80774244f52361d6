// Demo 月度工作简报 of 启明's contracts, with their review history (report_event rows): 龙城 (CGMZ-2026-001)
// January–September 2026 — mostly accepted, April first submitted after its due day (逾期提交), May returned
// once and accepted after the correction, September returned with the street office's comment and not yet
// resubmitted; October is left without a brief (the end-to-end test drafts it). 吴家营 (CGMZ-2026-004, from
// March): accepted, June never submitted (缺报), August and September waiting for review. The counts are
// frozen from the station's records of each month as the seed holds them (all people fictional).
import type { Prisma } from "../../src/generated/prisma/client";
import type { ReportEventKind, Role, SubmissionStatus } from "../../src/generated/prisma/enums";
import { calendarMonthRange, parseShanghaiDateTime } from "../../src/lib/dates";
import { countServiceRecords } from "../../src/features/service-counts/counts";
import { dailyWorkDraft, freezeCounts } from "../../src/features/briefs/counts";
import { briefDueOn } from "../../src/features/briefs/standing";

type Tx = Prisma.TransactionClient;

type Step = { event: ReportEventKind; at: string; by: "contractor" | "street" | "reviewer"; comment?: string };
type DemoBrief = { month: string; steps: Step[]; highlights: string; plan: string; work: string };

const at = (text: string) => parseShanghaiDateTime(text)!;

const LONGCHENG: DemoBrief[] = [
  {
    month: "2026-01", work: "开展春节前走访慰问，为辖区困难群众送去慰问品；组织驻站社工参加区级岗前培训。",
    highlights: "联合龙城街道开展“暖冬行动”，为 38 户困难家庭送去棉被和米油。", plan: "2 月重点做好节后返乡老人的探访，建立高龄独居老人台账。",
    steps: [{ event: "SUBMIT", at: "2026-02-03 10:20", by: "contractor" }, { event: "ACCEPT", at: "2026-02-06 15:10", by: "street" }],
  },
  {
    month: "2026-02", work: "完成高龄独居老人台账的首次梳理，开展节后入户探访；接待居民政策咨询。",
    highlights: "建立龙街社区高龄独居老人“一户一档”，覆盖 52 户。", plan: "3 月启动妇女儿童服务需求调研，筹备“三八”节活动。",
    steps: [{ event: "SUBMIT", at: "2026-03-04 16:30", by: "contractor" }, { event: "ACCEPT", at: "2026-03-09 09:40", by: "reviewer" }],
  },
  {
    month: "2026-03", work: "开展妇女儿童服务需求调研，发放问卷 120 份；持续开展高龄老人探访。",
    highlights: "举办“巾帼心向党”主题活动，参与妇女 45 人。", plan: "4 月整理调研报告，开展防诈骗宣传进社区。",
    steps: [{ event: "SUBMIT", at: "2026-04-02 11:05", by: "contractor" }, { event: "ACCEPT", at: "2026-04-07 14:20", by: "street" }],
  },
  {
    month: "2026-04", work: "完成妇女儿童需求调研报告；开展防诈骗宣传 3 场；探访独居老人。",
    highlights: "联合派出所开展“反诈进万家”宣传，覆盖居民 300 余人。", plan: "5 月开展困境儿童暑期托管的前期筹备。",
    // 逾期提交: first submitted after the due day (5 May).
    steps: [{ event: "SUBMIT", at: "2026-05-08 09:20", by: "contractor" }, { event: "ACCEPT", at: "2026-05-12 10:00", by: "reviewer" }],
  },
  {
    month: "2026-05", work: "开展困境儿童家庭走访，评估暑期托管需求；组织志愿者培训 1 次。",
    highlights: "招募大学生志愿者 16 名，完成岗前培训。", plan: "6 月开展“六一”关爱困境儿童活动，启动暑期托管报名。",
    steps: [
      { event: "SUBMIT", at: "2026-06-03 10:00", by: "contractor" },
      { event: "RETURN", at: "2026-06-04 16:45", by: "street", comment: "亮点部分请补充志愿者培训的内容和时长，下月计划请写明托管的人数目标。" },
      { event: "SUBMIT", at: "2026-06-05 17:30", by: "contractor" },
      { event: "ACCEPT", at: "2026-06-09 09:15", by: "reviewer" },
    ],
  },
  {
    month: "2026-06", work: "举办“六一”关爱困境儿童活动；完成暑期托管报名 28 人；持续开展探访与接待。",
    highlights: "“六一”活动链接爱心企业捐赠学习用品 60 套。", plan: "7 月开展暑期托管服务，每周 3 次课业辅导。",
    steps: [{ event: "SUBMIT", at: "2026-07-03 15:00", by: "contractor" }, { event: "ACCEPT", at: "2026-07-08 11:30", by: "street" }],
  },
  {
    month: "2026-07", work: "开展暑期托管服务 12 次；迎接项目中期评估，整理档案资料。",
    highlights: "项目中期评估顺利通过（7 月 15 日）。", plan: "8 月继续暑期托管，筹备中秋节邻里活动。",
    steps: [{ event: "SUBMIT", at: "2026-08-04 10:10", by: "contractor" }, { event: "ACCEPT", at: "2026-08-10 15:00", by: "reviewer" }],
  },
  {
    month: "2026-08", work: "完成暑期托管服务并开展满意度调查；开展高温天气独居老人电话探访。",
    highlights: "暑期托管满意度 96%，家长自发送来感谢信。", plan: "9 月开展中秋节“邻里一家亲”活动，启动老年人防跌倒小组。",
    steps: [{ event: "SUBMIT", at: "2026-09-02 09:30", by: "contractor" }, { event: "ACCEPT", at: "2026-09-07 10:45", by: "street" }],
  },
  {
    month: "2026-09", work: "开展中秋节邻里活动；启动老年人防跌倒小组，招募组员 10 人。",
    highlights: "中秋节“邻里一家亲”活动参与居民 80 余人。", plan: "10 月开展重阳节敬老活动，防跌倒小组第 2–4 节。",
    // Submitted on the due day, returned; waiting for the contractor's correction.
    steps: [
      { event: "SUBMIT", at: "2026-10-05 11:00", by: "contractor" },
      { event: "RETURN", at: "2026-10-09 15:20", by: "street", comment: "请补充防跌倒小组的招募方式和组员构成，并说明中秋活动中志愿者的参与情况。" },
    ],
  },
];

const WUJIAYING: DemoBrief[] = [
  {
    month: "2026-03", work: "社工站挂牌运营，完成辖区基本情况摸底；开展入户走访。",
    highlights: "完成吴家营街道 6 个社区的服务资源地图。", plan: "4 月建立重点服务对象台账。",
    steps: [{ event: "SUBMIT", at: "2026-04-03 10:00", by: "contractor" }, { event: "ACCEPT", at: "2026-04-08 16:00", by: "reviewer" }],
  },
  {
    month: "2026-04", work: "建立重点服务对象台账；开展来访接待与政策咨询。",
    highlights: "台账覆盖低保、特困、残疾等重点对象 210 人。", plan: "5 月开展残疾人家庭探访。",
    steps: [{ event: "SUBMIT", at: "2026-05-04 14:30", by: "contractor" }, { event: "ACCEPT", at: "2026-05-11 09:20", by: "reviewer" }],
  },
  {
    month: "2026-05", work: "开展残疾人家庭探访 24 户；链接康复资源。",
    highlights: "为 5 名残疾人链接社区康复服务。", plan: "6 月开展助残日主题活动。",
    steps: [{ event: "SUBMIT", at: "2026-06-04 17:10", by: "contractor" }, { event: "ACCEPT", at: "2026-06-10 10:30", by: "reviewer" }],
  },
  // 2026-06: never submitted (缺报).
  {
    month: "2026-07", work: "开展青少年暑期安全教育；持续开展重点对象探访。",
    highlights: "防溺水安全教育进社区 4 场。", plan: "8 月开展暑期青少年成长小组。",
    steps: [{ event: "SUBMIT", at: "2026-08-05 17:00", by: "contractor" }, { event: "ACCEPT", at: "2026-08-12 11:00", by: "reviewer" }],
  },
  {
    month: "2026-08", work: "开展青少年成长小组 4 节；接待居民来访。",
    highlights: "成长小组组员出勤率 92%。", plan: "9 月开展中秋节慰问。",
    steps: [{ event: "SUBMIT", at: "2026-09-04 16:00", by: "contractor" }],
  },
  {
    month: "2026-09", work: "开展中秋节慰问独居老人；完成季度服务数据汇总。",
    highlights: "中秋慰问覆盖独居老人 35 户。", plan: "10 月开展重阳节活动。",
    steps: [{ event: "SUBMIT", at: "2026-10-03 10:40", by: "contractor" }],
  },
];

const STATUS_AFTER: Record<ReportEventKind, SubmissionStatus> = { SUBMIT: "SUBMITTED", RETURN: "RETURNED", ACCEPT: "ACCEPTED", REJECT: "REJECTED", OPINION: "SUBMITTED" };

export async function seedDemoBriefs(tx: Tx, opts: {
  districtId: string;
  contracts: { longcheng: { id: string; stationId: string }; wujiaying: { id: string; stationId: string } };
  contractorAdminId: string;
  streetStaffId: string;
  reviewerId: string;
  reviewerName: string;
  streetStaffName: string;
}): Promise<{ briefs: number; events: number }> {
  const district = await tx.district.findUniqueOrThrow({ where: { id: opts.districtId }, select: { briefDueDay: true } });
  const dueDay = district.briefDueDay;
  const contractorAdmin = await tx.user.findUniqueOrThrow({ where: { id: opts.contractorAdminId }, select: { name: true } });
  const people: Record<Step["by"], { id: string; name: string; role: Role }> = {
    contractor: { id: opts.contractorAdminId, name: contractorAdmin.name, role: "CONTRACTOR_ADMIN" },
    street: { id: opts.streetStaffId, name: opts.streetStaffName, role: "STREET_STAFF" },
    reviewer: { id: opts.reviewerId, name: opts.reviewerName, role: "BUREAU_REVIEWER" },
  };
  let briefs = 0;
  let events = 0;
  for (const [contract, list] of [[opts.contracts.longcheng, LONGCHENG], [opts.contracts.wujiaying, WUJIAYING]] as const) {
    for (const b of list) {
      const steps = b.steps.map((s) => ({ ...s, when: at(s.at) }));
      const submits = steps.filter((s) => s.event === "SUBMIT");
      const last = steps[steps.length - 1];
      const counts = await countServiceRecords(tx, [contract.stationId], calendarMonthRange(b.month));
      const created = at(`${b.month}-28 17:00`);
      const row = await tx.monthlyBrief.create({
        data: {
          districtId: opts.districtId, contractId: contract.id, stationId: contract.stationId, month: b.month, dueOn: briefDueOn(b.month, dueDay),
          status: STATUS_AFTER[last.event],
          counts: freezeCounts(counts, submits[submits.length - 1].when),
          dailyWork: `${dailyWorkDraft(counts)}${b.work}`, highlights: b.highlights, nextMonthPlan: b.plan,
          firstSubmittedAt: submits[0].when, submittedAt: submits[submits.length - 1].when,
          acceptedAt: last.event === "ACCEPT" ? last.when : null,
          createdById: opts.contractorAdminId, version: 1 + steps.length, createdAt: created, updatedAt: last.when,
        },
        select: { id: true },
      });
      briefs += 1;
      for (const s of steps) {
        const who = people[s.by];
        await tx.reportEvent.create({
          data: { districtId: opts.districtId, kind: "MONTHLY_BRIEF", reportId: row.id, event: s.event, comment: s.comment ?? null, actorId: who.id, actorName: who.name, actorRole: who.role, at: s.when },
        });
        events += 1;
      }
    }
  }
  return { briefs, events };
}
