import { describe, expect, it } from "vitest";
import { emptyFinal, emptyMidterm, readContent, type FinalContent } from "@/features/project-reports/content";
import { cnDayText, fundSections, periodText, type FundLine, type ReportFigures } from "@/features/project-reports/figures";
import { imageSize } from "@/features/project-reports/image";
import { projectReportSpecs } from "@/features/project-reports/print";
import { charCount, finalProblems, midtermProblems, problemFieldErrors, problemSummary, saveProjectReportSchema } from "@/features/project-reports/schemas";
import { EMPTY_COUNTS } from "@/features/service-counts/counts";

const parse = (input: Record<string, unknown>) => saveProjectReportSchema.safeParse(input);
const errorsOf = (input: Record<string, unknown>) => {
  const r = parse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

const LINES: FundLine[] = [
  { code: "A1", name: "个案、小组、社区活动服务支出", category: "SOCIAL_SERVICE", budget: 4_500_000, spent: 1_000_000, variance: 3_500_000 },
  { code: "B1", name: "驻站社工劳务费及保险", category: "LABOUR", budget: 16_500_000, spent: 9_000_000, variance: 7_500_000 },
  { code: "D1", name: "交通费", category: "TRANSPORT", budget: 600_000, spent: 700_000, variance: -100_000 },
  { code: "D3", name: "会议费", category: "MEETING", budget: 900_000, spent: 0, variance: 900_000 },
  { code: "B2", name: "督导劳务费", category: "LABOUR", budget: 1_500_000, spent: 500_000, variance: 1_000_000 },
];

function figures(lines = LINES): ReportFigures {
  const sections = fundSections(lines);
  const budget = lines.reduce((a, l) => a + l.budget, 0);
  const spent = lines.reduce((a, l) => a + l.spent, 0);
  return {
    asOf: "2026-07-10",
    contract: { code: "CGMZ-2026-001", name: "龙城街道社工站运营项目", contractorName: "启明社工中心", stationNames: ["龙城街道社会工作服务站"], region: "昆明市呈贡区龙城街道", startsOn: "2026-01-01", endsOn: "2026-12-31", amount: 30_000_000 },
    funds: { budgetVersion: 1, sections, byCategory: [], total: { budget, spent, variance: budget - spent, rate: null }, shareOfAmount: 3667 },
    service: {
      from: "2026-01-01", to: "2026-07-10", counts: { ...EMPTY_COUNTS, caseClients: 3, visits: 5, householdsVisited: 9 }, peopleServed: 12, personTimes: 20,
      targets: [{ key: "visits", label: "探访", unit: "次", target: 200, actual: 5, rate: 250 }],
      beneficiaries: { planned: 800, midtermPlanned: 400, midtermActual: 12, midtermRate: 300 },
    },
  };
}

describe("中期报告 save schema", () => {
  it("parses the flat form fields into the sections (contacts, narratives, 差异说明 by item code)", () => {
    const r = parse({
      kind: "MIDTERM", contractId: "c1", version: "3",
      "leader.name": " 杨启明 ", "leader.mobile": "13987100001", "leader.officePhone": "0871-67480000", "leader.email": "yang@example.com",
      "contact.name": "李华", "contact.mobile": "",
      implementation: "开展个案、探访与来访接待。", effects: "", difficulties: "", nextPlan: "",
      "fundNotes.D1": "走访偏远村组，交通费超支", "fundNotes.A1": "",
    });
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    const v = r.data!;
    expect(v.kind).toBe("MIDTERM");
    expect(v.version).toBe(3);
    if (v.kind !== "MIDTERM") throw new Error();
    expect(v.leader).toEqual({ name: "杨启明", title: null, officePhone: "0871-67480000", mobile: "13987100001", email: "yang@example.com" });
    expect(v.contact.mobile).toBeNull();
    expect(v.effects).toBeNull();
    expect(v.fundNotes).toEqual({ D1: "走访偏远村组，交通费超支" });
  });

  it("refuses malformed values on their own field, in Chinese", () => {
    const errors = errorsOf({ kind: "MIDTERM", contractId: "c1", "leader.mobile": "12345", "leader.email": "not-an-email", "contact.officePhone": "abc" });
    expect(errors["leader.mobile"]).toBe("项目负责人手机应为 11 位手机号码");
    expect(errors["leader.email"]).toMatch(/^项目负责人电子邮箱格式不正确/);
    expect(errors["contact.officePhone"]).toMatch(/^项目联系人办公电话应为/);
  });

  it("needs a kind and a contract", () => {
    expect(errorsOf({ contractId: "c1" })).toHaveProperty("kind");
    expect(errorsOf({ kind: "MIDTERM" })).toEqual({ contractId: "请选择服务项目" });
  });
});

describe("结项报告书 save schema", () => {
  const base = { kind: "FINAL", contractId: "c1" };

  it("parses 万元 amounts into integer 分 (never floats) and refuses anything else", () => {
    const r = parse({ ...base, "funding.declared.applied": "30", "funding.declared.approved": "29.5", "funding.raised.applied": "0.000001", "funding.own.approved": "" });
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    if (r.data!.kind !== "FINAL") throw new Error();
    expect(r.data!.funding.declared).toEqual({ applied: 30_000_000, approved: 29_500_000, source: null });
    expect(r.data!.funding.raised.applied).toBe(1);
    expect(r.data!.funding.own.approved).toBeNull();
    expect(Number.isInteger(r.data!.funding.declared.approved)).toBe(true);
    const errors = errorsOf({ ...base, "funding.declared.applied": "三十", "funding.other.approved": "1.1234567", "funding.raised.approved": "-2" });
    expect(errors["funding.declared.applied"]).toBe("项目申报资金（申报资金）应为金额（万元），最多六位小数，如 12.5");
    expect(errors["funding.other.approved"]).toMatch(/^其它（立项资金）应为金额（万元）/);
    expect(errors["funding.raised.approved"]).toMatch(/应为金额（万元）/);
  });

  it("keeps the 300-字 limit of 项目执行中的问题和建议: 300 allowed, 301 refused with the count", () => {
    const ok = parse({ ...base, problems: "问".repeat(300) });
    expect(ok.success).toBe(true);
    const errors = errorsOf({ ...base, problems: "问".repeat(301) });
    expect(errors.problems).toBe("项目执行中的问题和建议限 300 字以内（现 301 字）");
    // Surrounding blanks do not count; a character outside the BMP counts once.
    expect(parse({ ...base, problems: `  ${"问".repeat(300)}\n` }).success).toBe(true);
    expect(charCount("𠀀问")).toBe(2);
  });

  it("repeated rows: blank rows dropped, a started row needs its first column, the row's index names the field", () => {
    const r = parse({
      ...base,
      "team.0.name": "王芳", "team.0.duty": "站长", "team.0.employment": "FULL",
      "team.1.name": "", "team.1.duty": "",
      "team.2.name": "赵磊", "team.2.contact": "13987100002", "team.2.employment": "PART",
      "activities.0.name": "入户探访", "activities.0.times": "12", "activities.0.people": "30", "activities.0.personTimes": "36",
      "awards.0.name": "2025年度优秀社会组织",
    });
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    if (r.data!.kind !== "FINAL") throw new Error();
    expect(r.data!.team.map((t) => t.name)).toEqual(["王芳", "赵磊"]);
    expect(r.data!.team[1].employment).toBe("PART");
    expect(r.data!.activities[0]).toEqual({ name: "入户探访", times: 12, people: 30, personTimes: 36, materials: null });
    expect(r.data!.awards).toEqual([{ name: "2025年度优秀社会组织" }]);

    const errors = errorsOf({ ...base, "team.1.duty": "社工", "activities.2.name": "小组", "activities.2.times": "两次", "media.0.outlet": "呈贡发布", "media.0.link": "ftp://x" });
    expect(errors["team.1.name"]).toBe("请填写团队成员姓名");
    expect(errors["activities.2.times"]).toMatch(/^活动次数应为/);
    expect(errors["media.0.link"]).toBe("报道链接应以 http:// 或 https:// 开头");
    expect(errorsOf({ ...base, "awards.0.name": "甲", "awards.1.name": "乙", "awards.2.name": "丙", "awards.3.name": "丁" }).awards).toBe("曾获奖励（限填三个）最多 3 行");
  });

  it("multi-select 受益对象 and the 是/否, 有/无 choices", () => {
    const r = parse({ ...base, "beneficiaries.groups": ["A", "C", "I"], "beneficiaries.other": "困境儿童", "beneficiaries.count": "356", delayed: "NO", "org.taxExempt": "YES", "org.foundedOn": "2018-06-01" });
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    if (r.data!.kind !== "FINAL") throw new Error();
    expect(r.data!.beneficiaries).toEqual({ groups: ["A", "C", "I"], other: "困境儿童", count: 356 });
    expect(r.data!.org.foundedOn).toBe("2018-06-01");
    const errors = errorsOf({ ...base, "beneficiaries.groups": ["Z"], delayed: "MAYBE", "org.foundedOn": "2018-13-01" });
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(["beneficiaries.groups.0", "delayed", "org.foundedOn"]));
  });
});

describe("completeness on submission", () => {
  it("中期报告: contacts, the four narratives, and an explanation for every overspent line", () => {
    const problems = midtermProblems(emptyMidterm(), figures());
    expect(problems.map((p) => p.field)).toEqual([
      "leader.name", "leader.mobile", "contact.name", "contact.mobile", "implementation", "effects", "difficulties", "nextPlan", "fundNotes.D1",
    ]);
    expect(problems.find((p) => p.field === "fundNotes.D1")!.message).toBe("D1 交通费实际支出超过预算，请填写差异说明");
    const filled = {
      ...emptyMidterm(),
      leader: { name: "杨启明", title: null, officePhone: "0871-67480000", mobile: null, email: null },
      contact: { name: "李华", title: null, officePhone: null, mobile: "13987100001", email: null },
      implementation: "实施", effects: "效果", difficulties: "困难", nextPlan: "计划", fundNotes: { D1: "偏远村组走访" },
    };
    expect(midtermProblems(filled, figures())).toEqual([]);
    expect(problemFieldErrors(problems)["fundNotes.D1"]).toHaveLength(1);
    expect(problemSummary(problems)).toMatch(/^提交前请补全以下内容（共 9 项）：一、项目基本情况：请填写项目负责人姓名；/);
  });

  function completeFinal(): FinalContent {
    const c = emptyFinal();
    return {
      ...c,
      category: "社工站运营",
      org: { registrationNo: "52530114MJ0000000X", foundedOn: "2018-06-01", address: "昆明市呈贡区 650500", annualInspection: "合格", evaluationGrade: "4A", taxExempt: "NO", field: "养老服务", region: "呈贡区龙城街道" },
      orgLeader: { name: "杨启明", title: "理事长", officePhone: null, mobile: "13987100001", email: null },
      projectLeader: { name: "李华", title: "项目主管", officePhone: "0871-67480000", mobile: null, email: null },
      funding: { ...c.funding, declared: { applied: 30_000_000, approved: 30_000_000, source: "财政资金" } },
      beneficiaries: { groups: ["A"], other: null, count: 356 },
      implementation: "内容",
      team: [{ name: "王芳", duty: "站长", contact: null, employment: "FULL", period: null }],
      targets: [{ planned: "探访 200 次", actual: "探访 210 次" }],
      activities: [{ name: "入户探访", times: 210, people: 180, personTimes: 240, materials: "探访记录表" }],
      delayed: "NO",
      participation: "参与度",
      outputs: [{ type: "服务案例", quantity: "3", name: "独居老人支持", role: "示范" }],
      feedback: { onClients: "a", onCommunity: "b", fromClients: "c", fromCommunity: "d" },
      effects: "成效", reflection: "反思", financeSummary: "财务", problems: "问题",
    };
  }

  it("结项报告书: every required section, and 3–5 photos", () => {
    expect(finalProblems(completeFinal(), 3)).toEqual([]);
    expect(finalProblems(completeFinal(), 5)).toEqual([]);
    expect(finalProblems(completeFinal(), 2).map((p) => [p.field, p.message])).toEqual([["photos", "图片材料应为 3–5 张（现 2 张）"]]);
    expect(finalProblems(completeFinal(), 6).map((p) => p.field)).toEqual(["photos"]);
    const fields = finalProblems(emptyFinal(), 0).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining([
      "category", "org.registrationNo", "org.taxExempt", "orgLeader.name", "projectLeader.mobile", "funding.declared.applied", "funding.declared.approved",
      "beneficiaries.groups", "beneficiaries.count", "implementation", "team", "targets", "activities", "delayed", "participation", "outputs",
      "feedback.onClients", "feedback.fromCommunity", "effects", "reflection", "financeSummary", "problems", "photos",
    ]));
    // Optional: awards, changes, media, highlights.
    expect(fields).not.toEqual(expect.arrayContaining(["awards"]));
    expect(fields.some((f) => f.startsWith("media") || f.startsWith("changes") || f === "highlights")).toBe(false);
    // Conditional: a delay needs its reason; “其它” needs the group named; a target needs its actual result.
    const c = { ...completeFinal(), delayed: "YES" as const, beneficiaries: { groups: ["I" as const], other: null, count: 1 }, targets: [{ planned: "小组 4 个", actual: null }] };
    expect(finalProblems(c, 3).map((p) => p.field)).toEqual(["beneficiaries.other", "targets.0.actual", "delayReason"]);
  });
});

describe("figures and layout", () => {
  it("groups lines into the 申报书 sections with their totals (D spans 交通、会议 …)", () => {
    const sections = fundSections(LINES);
    expect(sections.map((s) => [s.letter, s.lines.map((l) => l.code), s.budget, s.spent, s.variance])).toEqual([
      ["A", ["A1"], 4_500_000, 1_000_000, 3_500_000],
      ["B", ["B1", "B2"], 18_000_000, 9_500_000, 8_500_000],
      ["D", ["D1", "D3"], 1_500_000, 700_000, 800_000],
    ]);
    expect(sections[1].rate).toBe(5278);
  });

  it("writes a figure's days as the paper form does", () => {
    expect(cnDayText("2026-01-01")).toBe("2026年1月1日");
    expect(cnDayText("2026-11-23")).toBe("2026年11月23日");
    expect(cnDayText(null)).toBe("");
    expect(cnDayText("")).toBe("");
    expect(periodText("2026-01-01", "2026-12-31")).toBe("2026年1月1日至2026年12月31日");
  });

  it("reads stored content over the empty form; a draft's unsaved sections come from the prefill", () => {
    const c = readContent("MIDTERM", { implementation: "已写", leader: { name: "甲" } }, { leader: { name: "预填", title: null, officePhone: null, mobile: "13987100001", email: null }, nextPlan: "预填计划" });
    expect(c.implementation).toBe("已写");
    expect(c.leader).toEqual({ name: "甲", title: null, officePhone: null, mobile: "13987100001", email: null });
    expect(c.nextPlan).toBe("预填计划");
    expect(c.fundNotes).toEqual({});
    expect(readContent("FINAL", null).funding.declared).toEqual({ applied: null, approved: null, source: null });
  });

  it("the mid-term layout has the seed's headings and the fund table with sections, lines and 合计", () => {
    const [spec] = projectReportSpecs({ kind: "MIDTERM", status: "SUBMITTED", content: { ...emptyMidterm(), fundNotes: { D1: "偏远村组走访" } }, figures: figures(), photos: [] });
    const texts = spec.blocks.flatMap((b) => (b.kind === "text" ? b.lines : b.rows.flat().map((c) => c.text ?? "")));
    for (const h of ["一、项目基本情况", "二、项目实施情况", "三、项目取得的效果及经验", "四、遇到的困难和问题", "五、下一步项目实施计划", "六、项目资金使用情况"]) expect(texts).toContain(h);
    const fund = spec.blocks.filter((b) => b.kind === "table").at(-1)!;
    if (fund.kind !== "table") throw new Error();
    expect(fund.rows.map((r) => r[0].text)).toEqual(["序号", "A", "A1", "B", "B1", "B2", "D", "D1", "D3", "合计"]);
    expect(fund.rows.find((r) => r[0].text === "D1")!.map((c) => c.text)).toEqual(["D1", "交通费", "6,000.00", "7,000.00", "-1,000.00", "偏远村组走访"]);
    expect(texts).toContain("1、项目资金实际使用总额：112,000.00 元；占项目资金总额的 36.67%。");
  });

  it("the final report: cover, then 一 … 五 with five photo slots", () => {
    const specs = projectReportSpecs({ kind: "FINAL", status: "DRAFT", content: emptyFinal(), figures: figures(), photos: [{ caption: "重阳节活动", image: { type: "jpg", width: 4, height: 3, alt: "重阳节活动" } }] });
    expect(specs.map((s) => s.key)).toEqual(["final-report-cover", "final-report"]);
    const cells = specs[1].blocks.flatMap((b) => (b.kind === "table" ? b.rows.flat() : []));
    const photoCells = cells.filter((c) => c.prefix?.startsWith("图片"));
    expect(photoCells.map((c) => c.prefix)).toEqual(["图片一（粘贴）：", "图片二（粘贴）：", "图片三（粘贴）：", "图片四（粘贴）：", "图片五（粘贴）："]);
    expect(photoCells[0].text).toBe("图片说明：重阳节活动");
    expect(photoCells[0].image?.alt).toBe("重阳节活动");
    expect(photoCells[1].image).toBeUndefined();
    const headings = specs[1].blocks.flatMap((b) => (b.kind === "text" ? b.lines : []));
    expect(headings).toEqual(expect.arrayContaining(["一、组织基本情况", "二、项目基本情况", "三、项目执行情况", "四、项目成效", "五、图片材料"]));
  });

  it("reads a photo's size from its header", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x04, 0x00, 0, 0, 0x03, 0x00]);
    expect(imageSize(png)).toEqual({ type: "png", width: 1024, height: 768 });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x02, 0x58, 0x03, 0x20, 0x03, 0, 0, 0]);
    expect(imageSize(jpeg)).toEqual({ type: "jpg", width: 800, height: 600 });
    expect(imageSize(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});
