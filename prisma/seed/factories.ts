// Factories shared by the demo seed and the tests: each makes real rows through Prisma.
import type { PrismaClient } from "../../src/generated/prisma/client";
import type {
  CertificateLevel, CommunityKind, Education, Gender, OperationMode, PostType, Role, ServiceDomain, StationLevel, StationPosition,
} from "../../src/generated/prisma/enums";
import { hashPassword } from "../../src/server/crypto";
import { idNumberCheckChar, usccCheckChar } from "../../src/lib/validators";

type Db = Pick<PrismaClient, "district" | "bureau" | "streetOffice" | "community" | "contractor" | "station" | "user" | "membership" | "staffProfile" | "volunteer">;

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
