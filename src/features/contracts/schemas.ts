import { z } from "zod";
import { calendarDate, choice, count, optionalCalendarDate, optionalReference, optionalText, reference, requiredText, version, yuan } from "@/lib/fields";
import { formatCalendarDate, formatDate } from "@/lib/dates";
import { BUYER_KIND_LABELS, CONTRACT_STATUS_LABELS, PROCUREMENT_MODE_LABELS } from "@/lib/labels";
import { periodProblem } from "./rules";

const id = () => z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().max(64).optional());

/** Today in Beijing as YYYY-MM-DD (dates of things that happened may not be later). */
const today = () => formatDate(new Date());
const notFuture = (d: Date | null) => !(d instanceof Date) || formatCalendarDate(d) <= today();

/** One or more ids from a checkbox group (a single box arrives as a string). */
function references(label: string) {
  return z.preprocess(
    (v) => (Array.isArray(v) ? v : v === undefined || v === null || v === "" ? [] : [v]),
    z.array(z.string().trim().min(1).max(64)).min(1, `请至少选择一个${label}`).max(100),
  );
}

const TARGET_MAX = { max: 10_000_000 };


/** contract.save: create (no id) or edit (id + version) a service contract (服务项目). */
export const contractSchema = z
  .object({
    id: id(),
    version: version(),
    code: requiredText("合同编号", 50),
    name: requiredText("项目名称", 100),
    buyerKind: choice(BUYER_KIND_LABELS, "购买主体"),
    buyerStreetOfficeId: optionalReference(),
    contractorId: reference("承接机构"),
    stationIds: references("服务站点"),
    procurementMode: choice(PROCUREMENT_MODE_LABELS, "采购方式"),
    startsOn: calendarDate("服务期限开始日期"),
    endsOn: calendarDate("服务期限结束日期"),
    signedOn: optionalCalendarDate("协议生效日期").refine(notFuture, "协议生效日期不能晚于今天"),
    amount: yuan("项目金额", { allowZero: false }),
    staffDeployed: count("选派工作人员", { min: 1, max: 200 }),
    supervisorName: optionalText("项目督导", 50),
    targetCases: count("个案", TARGET_MAX),
    targetGroups: count("小组", TARGET_MAX),
    targetActivities: count("社区活动", TARGET_MAX),
    targetVisits: count("探访", TARGET_MAX),
    targetPersonTimes: count("服务人次", TARGET_MAX),
    targetBeneficiaries: count("项目总预计服务人数", TARGET_MAX),
    midtermBeneficiaries: count("项目中期预计服务人数", TARGET_MAX),
    notes: optionalText("备注", 2000),
  })
  .superRefine((v, ctx) => {
    if (v.buyerKind === "STREET_OFFICE" && !v.buyerStreetOfficeId) {
      ctx.addIssue({ code: "custom", path: ["buyerStreetOfficeId"], message: "购买主体为街道时请选择街道" });
    }
    const period = periodProblem(v.startsOn, v.endsOn);
    if (period) ctx.addIssue({ code: "custom", path: ["endsOn"], message: period });
    if (v.signedOn && v.signedOn.getTime() > v.endsOn.getTime()) {
      ctx.addIssue({ code: "custom", path: ["signedOn"], message: "协议生效日期不能晚于服务期限结束日期" });
    }
    if (v.midtermBeneficiaries > v.targetBeneficiaries) {
      ctx.addIssue({ code: "custom", path: ["midtermBeneficiaries"], message: "中期预计服务人数不能超过项目总预计服务人数" });
    }
  })
  .transform(({ buyerStreetOfficeId, ...v }) => ({ ...v, buyerStreetOfficeId: v.buyerKind === "STREET_OFFICE" ? buyerStreetOfficeId : null }));
export type ContractInput = z.input<typeof contractSchema>;

/** contract.save_tranches: the three tranches' amounts (元). */
export const trancheScheduleSchema = z.object({
  id: reference("服务项目"),
  version: version(),
  tranche1: yuan("第一笔金额"),
  tranche2: yuan("第二笔金额"),
  tranche3: yuan("第三笔金额"),
});

/** contract.record_evaluation: the dates the mid-term and the final evaluation were passed (either may be empty). */
export const evaluationSchema = z
  .object({
    id: reference("服务项目"),
    version: version(),
    midtermPassedOn: optionalCalendarDate("中期评估通过日期").refine(notFuture, "中期评估通过日期不能晚于今天"),
    finalPassedOn: optionalCalendarDate("末期评估通过日期").refine(notFuture, "末期评估通过日期不能晚于今天"),
  })
  .superRefine((v, ctx) => {
    if (v.finalPassedOn && !v.midtermPassedOn) {
      ctx.addIssue({ code: "custom", path: ["finalPassedOn"], message: "须先记录中期评估通过日期，才能记录末期评估" });
    } else if (v.finalPassedOn && v.midtermPassedOn && v.finalPassedOn.getTime() <= v.midtermPassedOn.getTime()) {
      ctx.addIssue({ code: "custom", path: ["finalPassedOn"], message: "末期评估通过日期应晚于中期评估通过日期" });
    }
  });

/** contract.record_payment: one payment (拨付) against one tranche. */
export const paymentSchema = z.object({
  id: reference("服务项目"),
  version: version(),
  trancheId: reference("拨付批次"),
  paidOn: calendarDate("拨付日期").refine((d) => notFuture(d), "拨付日期不能晚于今天"),
  amount: yuan("拨付金额", { allowZero: false }),
  voucherNo: optionalText("凭证号", 50),
  note: optionalText("备注", 500),
});

/** contract.set_status: 生效 (with the date it took effect, if not yet recorded), 结项, 终止 (with the reason). */
export const statusSchema = z.object({
  id: reference("服务项目"),
  version: version(),
  status: choice(CONTRACT_STATUS_LABELS, "状态"),
  signedOn: optionalCalendarDate("协议生效日期").refine(notFuture, "协议生效日期不能晚于今天"),
  reason: optionalText("终止原因", 500),
});
