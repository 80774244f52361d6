// The platform counts an indicator can be linked to (PerformanceIndicator.metricKey): once linked, its actual value
// is read live from the stations' own records instead of being typed. Pure (the pickers in the browser list these);
// the counting is src/features/performance/metrics.ts.
//
// Counted over the declaring unit's stations: the bureau's declaration over the whole district, a street office's
// over its stations, a contractor's over the stations it runs; over the declaration's year up to the day asked
// (a checkpoint's date, or today). Staff figures are as the register stands now (it keeps no history).
//
// Not linkable, because the platform records nothing to count them from: training attendance (社工培训人次), money
// paid out (奖励发放), community projects (民生小实事), organisations brought in (引进社会组织). Satisfaction comes from
// the client's score on the case 评估表 (对社会工作者的表现满意吗, 1–10) — the only satisfaction the platform records.

export const METRIC_KEYS = [
  "stations.established", "stations.total",
  "staff.active", "staff.certified",
  "volunteers.registered",
  "cases.new", "cases.clients", "cases.sessions", "cases.closed", "referrals.sent",
  "visits.count", "visits.households", "receptions.visitors",
  "service.people", "service.personTimes",
  "satisfaction.average", "satisfaction.evaluations",
] as const;

export type MetricKey = (typeof METRIC_KEYS)[number];

export type MetricDef = {
  label: string;
  unit: string;
  /** Where the number comes from, as the page explains it. */
  source: string;
  /** "period": counted within the year up to the day; "stock": as it stands on the day (or now). */
  kind: "period" | "stock";
};

export const METRICS: Record<MetricKey, MetricDef> = {
  "stations.established": { label: "新建社工站", unit: "个", source: "站点信息：建站日期在本年度内的社工站", kind: "period" },
  "stations.total": { label: "社工站总数", unit: "个", source: "站点信息：统计日已建成（或未填建站日期）的社工站", kind: "stock" },
  "staff.active": { label: "在岗驻站人员", unit: "人", source: "驻站社工基本信息表：当前在岗人员", kind: "stock" },
  "staff.certified": { label: "持证社会工作者", unit: "人", source: "驻站社工基本信息表：当前在岗且取得助理社会工作师及以上职业资格的人员", kind: "stock" },
  "volunteers.registered": { label: "新登记志愿者", unit: "人", source: "志愿者登记：登记日期在本年度内", kind: "period" },
  "cases.new": { label: "新开个案", unit: "个", source: "个案接案记录：首次接触日期在本年度内", kind: "period" },
  "cases.clients": { label: "个案服务人数", unit: "人", source: "本年度开案或有过程记录的服务对象（去重）", kind: "period" },
  "cases.sessions": { label: "个案服务次数", unit: "次", source: "个案过程记录表", kind: "period" },
  "cases.closed": { label: "结案数", unit: "个", source: "已批准的结案表", kind: "period" },
  "referrals.sent": { label: "转介次数", unit: "次", source: "已发出的转介表", kind: "period" },
  "visits.count": { label: "探访次数", unit: "次", source: "探访记录表", kind: "period" },
  "visits.households": { label: "探访户数", unit: "户", source: "探访记录表的探访总户数", kind: "period" },
  "receptions.visitors": { label: "来访接待人数", unit: "人", source: "来访接待登记", kind: "period" },
  "service.people": { label: "服务人数", unit: "人", source: "个案服务人数 + 探访户数 + 来访接待人数", kind: "period" },
  "service.personTimes": { label: "服务人次", unit: "人次", source: "个案服务次数 + 探访户数 + 来访接待人数", kind: "period" },
  "satisfaction.average": { label: "服务对象满意度", unit: "%", source: "个案评估表中服务对象对社会工作者表现的满意度评分（1–10 分）的平均分 × 10", kind: "period" },
  "satisfaction.evaluations": { label: "服务对象评估份数", unit: "份", source: "填写了满意度评分的个案评估表", kind: "period" },
};

export function isMetricKey(key: unknown): key is MetricKey {
  return typeof key === "string" && (METRIC_KEYS as readonly string[]).includes(key);
}

/** "新建社工站（个）"; an unknown key as itself. */
export function metricLabel(key: string): string {
  return isMetricKey(key) ? `${METRICS[key].label}（${METRICS[key].unit}）` : key;
}

/** The picker's options. */
export const METRIC_OPTIONS = METRIC_KEYS.map((key) => ({ value: key, label: metricLabel(key) }));
