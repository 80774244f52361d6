// Factories shared by the demo seed and the tests: each makes real rows through Prisma.
import type { PrismaClient } from "../../src/generated/prisma/client";
import type {
  BudgetCategory, ContractStatus, CertificateLevel, CommunityKind, Education, Gender, OperationMode, PostType, Role, ServiceDomain, StationLevel, StationPosition,
} from "../../src/generated/prisma/enums";
import { hashPassword } from "../../src/server/crypto";
import { idNumberCheckChar, usccCheckChar } from "../../src/lib/validators";
import { parseYuan, percentOf, sumFen, toDecimalString } from "../../src/lib/money";

type Db = Pick<PrismaClient, "district" | "bureau" | "streetOffice" | "community" | "contractor" | "station" | "user" | "membership" | "staffProfile" | "volunteer" | "serviceContract" | "budgetVersion" | "budgetItem" | "budgetAllocation">;

let counter = 0;
export const uniq = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A valid 统一社会信用代码 for a 社会服务机构 (52…) registered in the given region. */
export function makeUscc(region: string, serial: number): string {
  const body = `52${region}${String(serial).padStart(8, "0")}${(serial % 10).toString()}`.slice(0, 17);
  return body + usccCheckChar(body);
}

/** A valid 18-digit ID number (fictional person). */
export function makeIdNumber(region: string, birth: string, serial: number, gender: Gender): string {
  const seq = String(serial % 100).padStart(2, "0") + String(gender === "MALE" ? (serial % 5) * 2 + 1 : (serial % 5) * 2);
  const first17 = `${region}${birth.replaceAll("-", "")}${seq}`;
  return first17 + idNumberCheckChar(first17);
}

export async function createDistrict(db: Db, { name = `测试区${uniq()}`, cityName = "昆明市", code = `T${uniq()}` } = {}) {
  return db.district.create({ data: { name, cityName, code } });
}

export async function createBureau(db: Db, { districtId, name = "民政局" }: { districtId: string; name?: string }) {
  return db.bureau.create({ data: { districtId, name } });
}

export async function createStreetOffice(db: Db, { districtId, name = `测试${uniq()}街道`, code = null as string | null }: { districtId: string; name?: string; code?: string | null }) {
  return db.streetOffice.create({ data: { districtId, name, code, phone: "0871-67480000" } });
}

export async function createCommunity(db: Db, { districtId, streetOfficeId, name = `测试${uniq()}社区`, kind = "URBAN" as CommunityKind }: { districtId: string; streetOfficeId: string; name?: string; kind?: CommunityKind }) {
  return db.community.create({ data: { districtId, streetOfficeId, name, kind } });
}

export async function createContractor(db: Db, { districtId, name = `测试社会工作服务中心${uniq()}`, serial = Math.floor(Math.random() * 1e7), region = "530114" }: { districtId: string; name?: string; serial?: number; region?: string }) {
  return db.contractor.create({
    data: {
      districtId,
      name,
      creditCode: makeUscc(region, serial),
      legalRepresentative: "张明",
      registrationAuthority: "昆明市呈贡区民政局",
      registeredOn: new Date(Date.UTC(2018, 5, 1)),
      annualInspection: "QUALIFIED",
      annualInspectionYear: 2025,
      evaluationGrade: "A3",
      contactPerson: "李华",
      contactPhone: "13800000000",
    },
  });
}

export async function createStation(db: Db, opts: {
  districtId: string; streetOfficeId: string; name?: string; level?: StationLevel; operationMode?: OperationMode;
  contractorId?: string | null; communityId?: string | null; address?: string;
}) {
  return db.station.create({
    data: {
      districtId: opts.districtId,
      streetOfficeId: opts.streetOfficeId,
      name: opts.name ?? `测试社会工作服务站${uniq()}`,
      level: opts.level ?? "TOWNSHIP",
      operationMode: opts.operationMode ?? "PROJECT_BASED",
      contractorId: opts.contractorId ?? null,
      communityId: opts.communityId ?? null,
      address: opts.address ?? "测试路 1 号",
    },
  });
}

export type MembershipSpec = { role: Role; bureauId?: string; streetOfficeId?: string; stationId?: string; contractorId?: string; districtId?: string | null };

// Hashing is the slow part of making users; tests make many with the same password.
const hashCache = new Map<string, Promise<string>>();
const cachedHash = (password: string) => {
  if (!hashCache.has(password)) hashCache.set(password, hashPassword(password));
  return hashCache.get(password)!;
};

export async function createUser(db: Db, opts: {
  districtId: string | null; username?: string; name?: string; password?: string; mustChangePassword?: boolean; memberships?: MembershipSpec[]; phone?: string;
}) {
  const user = await db.user.create({
    data: {
      districtId: opts.districtId,
      username: opts.username ?? `u${uniq()}`,
      name: opts.name ?? "测试用户",
      phone: opts.phone ?? null,
      passwordHash: await cachedHash(opts.password ?? "Test@12345"),
      mustChangePassword: opts.mustChangePassword ?? false,
    },
  });
  for (const m of opts.memberships ?? []) {
    await db.membership.create({
      data: {
        userId: user.id,
        role: m.role,
        districtId: m.role === "SYSTEM_ADMIN" ? null : (m.districtId ?? opts.districtId),
        bureauId: m.bureauId ?? null,
        streetOfficeId: m.streetOfficeId ?? null,
        stationId: m.stationId ?? null,
        contractorId: m.contractorId ?? null,
      },
    });
  }
  return user;
}

export async function createStaffProfile(db: Db, opts: {
  districtId: string; stationId: string; name?: string; gender?: Gender; position?: StationPosition; postType?: PostType;
  contractorId?: string | null; certificateLevel?: CertificateLevel; certificateNumber?: string | null; education?: Education;
  serviceDomains?: ServiceDomain[]; userId?: string | null; birthMonth?: string; school?: string; major?: string; employer?: string; jobTitle?: string;
}) {
  return db.staffProfile.create({
    data: {
      districtId: opts.districtId,
      stationId: opts.stationId,
      userId: opts.userId ?? null,
      contractorId: opts.contractorId ?? null,
      name: opts.name ?? "测试社工",
      gender: opts.gender ?? "FEMALE",
      birthMonth: opts.birthMonth ?? "1995-06",
      education: opts.education ?? "BACHELOR",
      school: opts.school ?? "云南大学",
      major: opts.major ?? "社会工作",
      employer: opts.employer ?? "测试社会工作服务中心",
      jobTitle: opts.jobTitle ?? "驻站社工",
      position: opts.position ?? "STAFF",
      postType: opts.postType ?? "PROFESSIONAL",
      certificateLevel: opts.certificateLevel ?? "NONE",
      certificateNumber: opts.certificateNumber ?? null,
      serviceDomains: opts.serviceDomains ?? ["ELDERLY"],
    },
  });
}

export async function createVolunteer(db: Db, opts: { districtId: string; stationId: string; name?: string; gender?: Gender; communityId?: string | null }) {
  return db.volunteer.create({
    data: {
      districtId: opts.districtId,
      stationId: opts.stationId,
      communityId: opts.communityId ?? null,
      name: opts.name ?? "志愿者",
      gender: opts.gender ?? "MALE",
      registeredOn: new Date(Date.UTC(2025, 2, 5)),
    },
  });
}

/**
 * A service contract (服务项目) and its default tranche schedule (65% / 20% / 15%). Amounts in 元 as strings
 * ("300000.00"). Used by the demo data and the tests; the app creates contracts through its commands.
 */
export async function createContract(db: Db, opts: {
  districtId: string; contractorId: string; stationIds: string[]; createdById: string;
  code?: string; name?: string; amount?: string; startsOn?: string; endsOn?: string; signedOn?: string | null;
  buyerStreetOfficeId?: string | null; status?: ContractStatus;
  targets?: Partial<Record<"targetCases" | "targetGroups" | "targetActivities" | "targetVisits" | "targetPersonTimes" | "targetBeneficiaries" | "midtermBeneficiaries", number>>;
}) {
  const amount = opts.amount ?? "300000.00";
  const total = parseYuan(amount)!;
  const first = percentOf(total, 65);
  const second = percentOf(total, 20);
  const fen = toDecimalString;
  return db.serviceContract.create({
    data: {
      districtId: opts.districtId,
      code: opts.code ?? `HT-${uniq()}`,
      name: opts.name ?? `社工站服务项目${uniq()}`,
      buyerKind: opts.buyerStreetOfficeId ? "STREET_OFFICE" : "BUREAU",
      buyerStreetOfficeId: opts.buyerStreetOfficeId ?? null,
      contractorId: opts.contractorId,
      procurementMode: "COMPETITIVE_CONSULTATION",
      startsOn: new Date(`${opts.startsOn ?? "2026-01-01"}T00:00:00Z`),
      endsOn: new Date(`${opts.endsOn ?? "2026-12-31"}T00:00:00Z`),
      signedOn: opts.signedOn === null ? null : new Date(`${opts.signedOn ?? opts.startsOn ?? "2026-01-01"}T00:00:00Z`),
      amount,
      staffDeployed: 3,
      supervisorName: "李督导",
      targetCases: 20, targetGroups: 4, targetActivities: 12, targetVisits: 200, targetPersonTimes: 3000, targetBeneficiaries: 800, midtermBeneficiaries: 400,
      ...opts.targets,
      status: opts.status ?? "ACTIVE",
      createdById: opts.createdById,
      stations: { create: opts.stationIds.map((stationId) => ({ stationId, districtId: opts.districtId })) },
      tranches: {
        create: [
          { districtId: opts.districtId, seq: 1, gate: "EFFECTIVE", amount: fen(first) },
          { districtId: opts.districtId, seq: 2, gate: "MIDTERM_PASSED", amount: fen(second) },
          { districtId: opts.districtId, seq: 3, gate: "FINAL_PASSED", amount: fen(total - first - second) },
        ],
      },
    },
  });
}

/** An accepted budget (version 1) with the given lines: [code, category, name, amount 元]. Returns the items by code. */
export async function createAcceptedBudget(db: Db, opts: {
  districtId: string; contractId: string; createdById: string;
  lines: [code: string, category: BudgetCategory, name: string, amount: string][];
  funds?: { fundProvincial?: string; fundLocal?: string; fundRaised?: string };
}) {
  const total = sumFen(opts.lines.map(([, , , a]) => parseYuan(a)!));
  const version = await db.budgetVersion.create({
    data: {
      districtId: opts.districtId, contractId: opts.contractId, number: 1, status: "ACCEPTED", createdById: opts.createdById,
      fundProvincial: opts.funds?.fundProvincial ?? "0.00", fundLocal: opts.funds?.fundLocal ?? toDecimalString(total), fundRaised: opts.funds?.fundRaised ?? "0.00",
      submittedAt: new Date(), decidedAt: new Date(),
    },
  });
  const items: Record<string, { id: string }> = {};
  for (const [code, category, name, amount] of opts.lines) {
    const item = await db.budgetItem.create({ data: { districtId: opts.districtId, contractId: opts.contractId, code, category, name } });
    await db.budgetAllocation.create({ data: { districtId: opts.districtId, budgetVersionId: version.id, itemId: item.id, amount } });
    items[code] = item;
  }
  return { version, items };
}

/** The 申报书 categories in a typical 300,000 元 budget (labour 60%, management 8%, meetings 5% …). */
export const TYPICAL_BUDGET_LINES: [string, BudgetCategory, string, string][] = [
  ["A1", "SOCIAL_SERVICE", "个案、小组、社区活动服务支出", "45000.00"],
  ["B1", "LABOUR", "驻站社工劳务费及保险", "165000.00"],
  ["B2", "LABOUR", "督导劳务费", "15000.00"],
  ["C1", "VOLUNTEER", "志愿者补贴、保险", "9000.00"],
  ["D1", "TRANSPORT", "交通费", "6000.00"],
  ["D2", "TRAINING", "培训费", "9000.00"],
  ["D3", "MEETING", "会议费", "9000.00"],
  ["D4", "MANAGEMENT", "项目管理费", "24000.00"],
  ["D5", "PRINTING", "印刷宣传费", "6000.00"],
  ["E1", "VENUE", "社工站服务场所支出", "6000.00"],
  ["F1", "TAX", "税费", "6000.00"],
];

