// Wording of the contract pages that is not an enum label (those are in src/lib/labels.ts).

/** 服务指标: the contract's target columns and their names, in the 协议书's order. */
export const TARGET_FIELDS = [
  ["targetCases", "个案"],
  ["targetGroups", "小组"],
  ["targetActivities", "社区活动"],
  ["targetVisits", "探访"],
  ["targetPersonTimes", "服务人次"],
  ["targetBeneficiaries", "项目总预计服务人数"],
  ["midtermBeneficiaries", "项目中期预计服务人数"],
] as const;

export type TargetField = (typeof TARGET_FIELDS)[number][0];
