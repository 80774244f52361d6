// Demo data: a district modelled on 昆明市呈贡区 with its ten streets. All people are fictional.
// Idempotent: does nothing when the district already exists.
import type { PrismaClient } from "../../src/generated/prisma/client";
import type { Education, Gender, ServiceDomain } from "../../src/generated/prisma/enums";
import {
  createBureau, createCommunity, createContractor, createStaffProfile, createStation, createStreetOffice, createUser, type MembershipSpec,
} from "./factories";
import { seedDemoCases } from "./demo-cases";
import { seedDemoClients } from "./demo-clients";
import { seedDemoVisits } from "./demo-visits";
import { seedDemoContracts } from "./demo-contracts";
import { seedDemoLedger } from "./demo-ledger";
import { seedDemoBudgets } from "./demo-budgets";
import { seedDemoReports } from "./demo-reports";
import { seedDemoBriefs } from "./demo-briefs";
import { seedDemoChangesAndReceptions } from "./demo-changes-receptions";
import { seedCalendar2026 } from "./calendar-2026";
import { seedDemoDeclarations2020 } from "./demo-declarations-2020";
import { seedDemoDeclarations2025 } from "./demo-declarations-2025";
import { seedDemoDeclarationsLive } from "./demo-declarations-live";

export const DEMO_PASSWORD = "Demo@2026";
const REGION = "530114";

const STREETS: { name: string; communities: [string, "URBAN" | "RURAL"][] }[] = [
  { name: "龙城街道", communities: [["龙街社区", "URBAN"], ["三台社区", "URBAN"], ["梅子社区", "URBAN"]] },
  { name: "乌龙街道", communities: [["乌龙社区", "URBAN"], ["郎家营社区", "URBAN"]] },
  { name: "洛龙街道", communities: [["白龙潭社区", "URBAN"], ["江尾社区", "URBAN"]] },
  { name: "吴家营街道", communities: [["吴家营社区", "URBAN"], ["大学城社区", "URBAN"]] },
  { name: "雨花街道", communities: [["雨花社区", "URBAN"], ["缪家营社区", "URBAN"]] },
  { name: "斗南街道", communities: [["斗南社区", "URBAN"], ["江尾村", "RURAL"]] },
  { name: "大渔街道", communities: [["大渔社区", "URBAN"], ["新村", "RURAL"]] },
  { name: "七甸街道", communities: [["七甸社区", "URBAN"], ["小营村", "RURAL"]] },
  { name: "马金铺街道", communities: [["马金铺社区", "URBAN"], ["高登村", "RURAL"]] },
  { name: "洛羊街道", communities: [["洛羊社区", "URBAN"], ["石龙村", "RURAL"]] },
];

const CONTRACTORS = [
  { name: "昆明市呈贡区启明社会工作服务中心", legal: "杨启明", grade: "A4" as const, streets: ["龙城街道", "乌龙街道", "洛龙街道", "吴家营街道"] },
  { name: "云南同心社会工作服务中心", legal: "李同心", grade: "A3" as const, streets: ["雨花街道", "斗南街道", "大渔街道"] },
  { name: "昆明市彩云社会工作服务社", legal: "赵彩云", grade: "A3" as const, streets: ["七甸街道", "马金铺街道"] },
];

const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文";
const GIVEN = ["秀英", "桂芳", "建华", "丽娟", "志强", "海燕", "春梅", "晓东", "文静", "俊杰", "玉兰", "明辉", "雪梅", "国庆", "红霞", "子涵", "雨轩", "思远", "欣怡", "浩然", "嘉怡", "宇航", "佳琪", "梓萱", "晨曦", "一鸣", "婉婷", "家豪", "诗琪", "泽宇"];
const SCHOOLS = ["云南大学", "云南师范大学", "云南民族大学", "昆明学院", "昆明理工大学", "云南经济管理学院"];
const DOMAINS: ServiceDomain[] = ["SOCIAL_ASSISTANCE", "ELDERLY", "CHILDREN", "COMMUNITY_GOVERNANCE", "SOCIAL_AFFAIRS", "DISABILITY"];

function personName(i: number) {
  return SURNAMES[(i * 7) % SURNAMES.length] + GIVEN[(i * 11) % GIVEN.length];
}

export type DemoAccount = { username: string; role: string; name: string; where: string };

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: "bureau.admin", role: "民政局管理员", name: "周建国", where: "呈贡区民政局" },
  { username: "bureau.staff", role: "民政局业务科室经办人", name: "吴丽萍", where: "呈贡区民政局" },
  { username: "bureau.reviewer", role: "民政局审核人", name: "孙卫东", where: "呈贡区民政局" },
  { username: "street.longcheng", role: "街道分管人员", name: "马春燕", where: "龙城街道" },
  { username: "head.longcheng", role: "站长", name: "段志刚", where: "龙城街道社会工作服务站" },
  { username: "deputy.longcheng", role: "副站长", name: "杨晓雯", where: "龙城街道社会工作服务站" },
  { username: "worker.longcheng", role: "驻站社工", name: "陈思雨", where: "龙城街道社会工作服务站" },
  { username: "supervisor.longcheng", role: "督导", name: "郑慧敏", where: "龙城街道社会工作服务站" },
  // A worker at another station of the district: the receiving side of a referral (转介).
  { username: "worker.wujiaying", role: "驻站社工", name: "吴佳颖", where: "吴家营街道社会工作服务站" },
  { username: "contractor.qiming", role: "承接机构负责人", name: "杨启明", where: "昆明市呈贡区启明社会工作服务中心" },
  { username: "evaluator", role: "第三方评估人员", name: "钱立新", where: "呈贡区民政局（评估项目）" },
  { username: "auditor", role: "安全审计员", name: "冯雅琴", where: "呈贡区民政局" },
  { username: "sysadmin", role: "系统管理员", name: "系统管理员", where: "全平台" },
  // The bureau of a second demo district (攀枝花市仁和区), to open its 2025 部门整体支出绩效目标申报表 (seed 003).
  { username: "reviewer.renhe", role: "民政局审核人", name: "何建平", where: "中共攀枝花市仁和区委社会工作部" },
];

export async function seedDemo(db: PrismaClient): Promise<{ created: boolean }> {
  if (await db.district.findUnique({ where: { code: REGION } })) return { created: false };

  await db.$transaction(async (tx) => {
    const district = await tx.district.create({ data: { name: "呈贡区", cityName: "昆明市", code: REGION } });
    const bureau = await createBureau(tx, { districtId: district.id, name: "昆明市呈贡区民政局" });
    await tx.bureau.update({ where: { id: bureau.id }, data: { address: "昆明市呈贡区龙城街道彩龙路 1 号", phone: "0871-67489001" } });

    const contractors = new Map<string, { id: string; name: string }>();
    for (const [i, c] of CONTRACTORS.entries()) {
      const created = await createContractor(tx, { districtId: district.id, name: c.name, serial: 5001237 + i * 131 });
      await tx.contractor.update({ where: { id: created.id }, data: { legalRepresentative: c.legal, evaluationGrade: c.grade, contactPerson: c.legal, contactPhone: `1388710${String(i).padStart(4, "0")}`, address: `昆明市呈贡区${c.streets[0]}办事处附楼 ${i + 2} 楼` } });
      for (const s of c.streets) contractors.set(s, created);
    }

    let person = 0;
    const stations = new Map<string, { id: string; streetOfficeId: string }>();
    for (const [si, street] of STREETS.entries()) {
      const office = await createStreetOffice(tx, { districtId: district.id, name: street.name, code: `530114${String(si + 1).padStart(3, "0")}` });
      await tx.streetOffice.update({ where: { id: office.id }, data: { address: `昆明市呈贡区${street.name}办事处` } });
      const communities: { id: string; name: string }[] = [];
      for (const [name, kind] of street.communities) communities.push(await createCommunity(tx, { districtId: district.id, streetOfficeId: office.id, name, kind }));
      const contractor = contractors.get(street.name) ?? null;
      const station = await createStation(tx, {
        districtId: district.id,
        streetOfficeId: office.id,
        name: `昆明市呈贡区${street.name}社会工作服务站`,
        level: "TOWNSHIP",
        operationMode: contractor ? "PROJECT_BASED" : "GOVERNMENT_LED",
        contractorId: contractor?.id ?? null,
        address: `昆明市呈贡区${street.name}党群服务中心一楼`,
      });
      await tx.station.update({ where: { id: station.id }, data: { phone: `0871-6748${String(1100 + si)}`, establishedOn: new Date(Date.UTC(2021, 2 + si % 6, 10)) } });
      stations.set(street.name, { id: station.id, streetOfficeId: office.id });

      // Staffing: 洛羊 (no contractor) lacks a deputy and a certified worker; 七甸 has only one worker.
      const staffCount = street.name === "七甸街道" ? 1 : 2 + (si % 2);
      const employer = contractor?.name ?? `${street.name}办事处`;
      const rows: { position: "HEAD" | "DEPUTY" | "STAFF"; postType: "PROFESSIONAL" | "TRANSACTIONAL"; cert: "NONE" | "ASSISTANT" | "INTERMEDIATE"; edu: Education; job: string; employer: string; contractorId: string | null; converted?: "CIVIL_AFFAIRS_CLERK" | "ASSISTANCE_ASSISTANT" }[] = [
        { position: "HEAD", postType: "TRANSACTIONAL", cert: "NONE", edu: "BACHELOR", job: "街道办事处副主任（分管民政）", employer: `${street.name}办事处`, contractorId: null },
      ];
      if (contractor) rows.push({ position: "DEPUTY", postType: "PROFESSIONAL", cert: "INTERMEDIATE", edu: "BACHELOR", job: "项目主管", employer, contractorId: contractor.id });
      for (let k = 0; k < staffCount; k++) {
        const professional = !!contractor && k !== 1;
        rows.push(professional
          ? { position: "STAFF", postType: "PROFESSIONAL", cert: k === 0 ? "ASSISTANT" : "NONE", edu: k === 0 ? "BACHELOR" : "JUNIOR_COLLEGE", job: "驻站社工", employer, contractorId: contractor!.id }
          : { position: "STAFF", postType: "TRANSACTIONAL", cert: "NONE", edu: "SENIOR_HIGH", job: "民政事务员", employer: `${street.name}办事处`, contractorId: null, converted: "CIVIL_AFFAIRS_CLERK" });
      }
      for (const r of rows) {
        person++;
        const gender: Gender = person % 3 === 0 ? "MALE" : "FEMALE";
        await createStaffProfile(tx, {
          districtId: district.id,
          stationId: station.id,
          name: personName(person),
          gender,
          position: r.position,
          postType: r.postType,
          contractorId: r.contractorId,
          certificateLevel: r.cert,
          certificateNumber: r.cert === "NONE" ? null : `${r.cert === "ASSISTANT" ? "A" : "B"}${2019 + (person % 5)}530${String(10000 + person * 37).slice(-5)}`,
          education: r.edu,
          school: r.postType === "PROFESSIONAL" ? SCHOOLS[person % SCHOOLS.length] : "呈贡区第一中学",
          major: r.postType === "PROFESSIONAL" ? (person % 2 ? "社会工作" : "社会学") : "—",
          employer: r.employer,
          jobTitle: r.job,
          birthMonth: `${1978 + (person % 22)}-${String((person % 12) + 1).padStart(2, "0")}`,
          serviceDomains: [DOMAINS[person % DOMAINS.length], DOMAINS[(person + 2) % DOMAINS.length]],
        });
        if (r.converted) await tx.staffProfile.updateMany({ where: { stationId: station.id, name: personName(person) }, data: { convertedFrom: r.converted } });
      }

      // Volunteers: 36 per station, 洛羊 only 18 (below the standard of 30).
      const volunteerCount = street.name === "洛羊街道" ? 18 : 36;
      await tx.volunteer.createMany({
        data: Array.from({ length: volunteerCount }, (_, v) => ({
          districtId: district.id,
          stationId: station.id,
          communityId: communities[v % communities.length].id,
          name: personName(1000 + si * 50 + v),
          gender: (v % 2 ? "MALE" : "FEMALE") as Gender,
          phone: `139${String(87100000 + si * 1000 + v).padStart(8, "0")}`,
          volunteerNumber: `5301${String(2200000 + si * 1000 + v)}`,
          skills: ["助老陪伴", "课业辅导", "政策宣传", "文艺活动", "心理支持"][v % 5],
          registeredOn: new Date(Date.UTC(2023 + (v % 3), v % 12, 1 + (v % 27))),
        })),
      });

      // Community stations (村/社区社工室) in the first three streets.
      if (si < 3) {
        const c = communities[0];
        const cs = await createStation(tx, {
          districtId: district.id, streetOfficeId: office.id, communityId: c.id, level: "COMMUNITY", operationMode: "PROJECT_BASED",
          name: `昆明市呈贡区${street.name}${c.name}社会工作室`, contractorId: contractor?.id ?? null, address: `${c.name}党群服务站二楼`,
        });
        await tx.volunteer.createMany({
          data: Array.from({ length: 12 }, (_, v) => ({ districtId: district.id, stationId: cs.id, communityId: c.id, name: personName(3000 + si * 20 + v), gender: (v % 2 ? "MALE" : "FEMALE") as Gender, registeredOn: new Date(Date.UTC(2024, v % 12, 3)) })),
        });
      }
    }

    const lc = stations.get("龙城街道")!;
    const wjy = stations.get("吴家营街道")!;
    const qiming = contractors.get("龙城街道")!;
    const specs: Record<string, MembershipSpec[]> = {
      "bureau.admin": [{ role: "BUREAU_ADMIN", bureauId: bureau.id }],
      "bureau.staff": [{ role: "BUREAU_STAFF", bureauId: bureau.id }],
      "bureau.reviewer": [{ role: "BUREAU_REVIEWER", bureauId: bureau.id }],
      "street.longcheng": [{ role: "STREET_STAFF", streetOfficeId: lc.streetOfficeId }],
      "head.longcheng": [{ role: "STATION_HEAD", stationId: lc.id }],
      "deputy.longcheng": [{ role: "DEPUTY_HEAD", stationId: lc.id }],
      "worker.longcheng": [{ role: "SOCIAL_WORKER", stationId: lc.id }],
      "supervisor.longcheng": [{ role: "SUPERVISOR", stationId: lc.id }],
      "worker.wujiaying": [{ role: "SOCIAL_WORKER", stationId: wjy.id }],
      "contractor.qiming": [{ role: "CONTRACTOR_ADMIN", contractorId: qiming.id }],
      evaluator: [{ role: "EVALUATOR", bureauId: bureau.id }],
      auditor: [{ role: "AUDITOR", bureauId: bureau.id }],
      sysadmin: [{ role: "SYSTEM_ADMIN" }],
    };
    let supervisorId = "";
    let workerId = "";
    const userIds = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS.filter((a) => a.username in specs)) {
      const memberships = specs[account.username];
      const user = await createUser(tx, {
        districtId: memberships[0].role === "SYSTEM_ADMIN" ? null : district.id,
        username: account.username,
        name: account.name,
        password: DEMO_PASSWORD,
        mustChangePassword: false,
        memberships,
        phone: "13987100000",
      });
      userIds.set(account.username, user.id);
      // The station's own people are linked to their staff register rows.
      if (account.username === "supervisor.longcheng") supervisorId = user.id;
      if (account.username === "worker.longcheng") workerId = user.id;
      const linked = {
        "head.longcheng": { stationId: lc.id, position: "HEAD" },
        "deputy.longcheng": { stationId: lc.id, position: "DEPUTY" },
        "worker.longcheng": { stationId: lc.id, position: "STAFF" },
        "worker.wujiaying": { stationId: wjy.id, position: "STAFF" },
      } as const;
      if (account.username in linked) {
        const { stationId, position } = linked[account.username as keyof typeof linked];
        const profile = await tx.staffProfile.findFirst({ where: { stationId, position, userId: null }, orderBy: { createdAt: "asc" } });
        if (profile) await tx.staffProfile.update({ where: { id: profile.id }, data: { userId: user.id, name: account.name } });
      }
    }
    await seedCalendar2026(tx);
    await tx.supervisorAssignment.create({ data: { districtId: district.id, stationId: lc.id, supervisorId, workerId } });
    const communityIds = (await tx.community.findMany({ where: { streetOfficeId: lc.streetOfficeId }, orderBy: { createdAt: "asc" }, select: { id: true } })).map((c) => c.id);
    await seedDemoClients(tx, { districtId: district.id, stationId: lc.id, workerId, communityIds });
    await seedDemoCases(tx, { districtId: district.id, stationId: lc.id, workerId });
    await seedDemoVisits(tx, { districtId: district.id, stationId: lc.id, workerId, communityIds });
    const contractorAdminId = userIds.get("contractor.qiming")!;
    const contracts = await seedDemoContracts(tx, {
      districtId: district.id, contractorId: qiming.id, bureauStaffId: userIds.get("bureau.staff")!, contractorAdminId, longchengId: lc.id, wujiayingId: wjy.id,
    });
    await seedDemoBudgets(tx, { districtId: district.id, contractId: contracts.longcheng.id, contractorAdminId });
    await seedDemoLedger(tx, { districtId: district.id, contractId: contracts.longcheng.id, contractorAdminId });
    await seedDemoReports(tx, { districtId: district.id, longchengContractId: contracts.longcheng.id, contractorAdminId });
    const reviewerId = userIds.get("bureau.reviewer")!;
    const reviewerName = DEMO_ACCOUNTS.find((a) => a.username === "bureau.reviewer")!.name;
    const supervisorName = DEMO_ACCOUNTS.find((a) => a.username === "supervisor.longcheng")!.name;
    await seedDemoChangesAndReceptions(tx, {
      districtId: district.id, contractId: contracts.longcheng.id, stationId: lc.id, workerId, contractorAdminId, supervisorId, supervisorName, reviewerId, reviewerName, communityIds,
    });
    await seedDemoBriefs(tx, {
      districtId: district.id,
      contracts: { longcheng: { id: contracts.longcheng.id, stationId: lc.id }, wujiaying: { id: contracts.wujiaying.id, stationId: wjy.id } },
      contractorAdminId, streetStaffId: userIds.get("street.longcheng")!, reviewerId, reviewerName,
      streetStaffName: DEMO_ACCOUNTS.find((a) => a.username === "street.longcheng")!.name,
    });

    // 绩效目标申报表: the four real documents (seeds 000–003), filed long ago, and three in motion.
    const account = (username: string, role: "BUREAU_STAFF" | "STREET_STAFF" | "CONTRACTOR_ADMIN" | "BUREAU_REVIEWER") =>
      ({ id: userIds.get(username)!, name: DEMO_ACCOUNTS.find((a) => a.username === username)!.name, role });
    const bureauStaffId = userIds.get("bureau.staff")!;
    await seedDemoDeclarations2020(tx, { districtId: district.id, bureauId: bureau.id, createdById: bureauStaffId });
    const renhe = (await seedDemoDeclarations2025(tx, { chenggongDistrictId: district.id, createdById: bureauStaffId })).renhe;
    const renheReviewer = DEMO_ACCOUNTS.find((a) => a.username === "reviewer.renhe")!;
    await createUser(tx, {
      districtId: renhe.districtId, username: renheReviewer.username, name: renheReviewer.name, password: DEMO_PASSWORD, mustChangePassword: false,
      memberships: [{ role: "BUREAU_REVIEWER", bureauId: renhe.bureauId }], phone: "13987100000",
    });
    await seedDemoDeclarationsLive(tx, {
      districtId: district.id, bureauId: bureau.id, streetOfficeId: lc.streetOfficeId, contractorId: qiming.id,
      bureauStaff: account("bureau.staff", "BUREAU_STAFF"), streetStaff: account("street.longcheng", "STREET_STAFF"),
      contractorAdmin: account("contractor.qiming", "CONTRACTOR_ADMIN"), reviewer: account("bureau.reviewer", "BUREAU_REVIEWER"),
    });
  }, { timeout: 120_000 });
  return { created: true };
}
