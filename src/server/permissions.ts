// The one permission table: role → permissions. Pure (no server-only import) so the UI can hide what
// the server would refuse anyway. The server decides; scope (src/server/scope.ts) decides which rows.
import type { Role } from "@/generated/prisma/enums";

export const PERMISSIONS = [
  "self:password", // 修改本人密码（所有角色）
  "org:read", // 组织架构（街道、站点、社区）
  "org:manage",
  "station:edit", // 站点基本信息（地址、开放时间、电话）
  "contractor:read",
  "contractor:manage",
  "user:read",
  "user:manage",
  "staff:read", // 驻站社工基本信息表
  "staff:manage",
  "volunteer:read",
  "volunteer:manage",
  "audit:read",
  "settings:manage",
  "client:read", // 服务对象身份与档案（本人负责或所督导社工负责的）
  "client:manage",
  "client:aggregate", // 服务对象数量等匿名统计
  "case:read", // 个案档案（本人负责或所督导社工负责的）
  "case:manage", // 开案、填写接案记录表与预估表（负责社工）
  "case:override", // 生命第一：站点负责人凭书面理由临时查阅本站个案（个案登记只含编号、社工、状态）
  "document:countersign", // 机构（站点）负责人签署本站文书（不查看内容）
  "visit:read", // 探访记录表（本人的、所督导社工的；站点负责人只在待签署文书中签署，不查看内容）
  "visit:manage",
  "supervision:manage", // 指定督导与社工的督导关系
  "calendar:manage", // 工作日历（法定节假日与调休）
  "reception:read", // 来访接待登记（本人的、所督导社工的）
  "reception:manage",
  "contract:read", // 服务项目（合同）、服务指标、拨付计划
  "contract:manage", // 登记与修改服务项目，记录拨付、评估通过日期（区民政局）
  "budget:read", // 项目经费预算及其调整历史
  "budget:manage", // 编制预算、申请预算调整（承接机构）
  "budget:review", // 审核预算与预算调整（区民政局审核人）
  "ledger:read", // 支出台账与附件
  "ledger:manage",
  "brief:read", // 月度工作简报
  "brief:manage", // 起草、提交月度工作简报（承接机构）
  "brief:review", // 退回或通过月度工作简报（街道、区民政局审核人）
  "report:read", // 中期报告、结项报告书、项目变更申请
  "report:manage", // 起草、提交（承接机构）
  "report:review", // 退回或通过报告，审批变更申请（区民政局审核人）
  "change:opinion", // 项目督导对变更申请的审核意见
  "district:settings", // 本区设置（月度简报报送日）
  "declaration:read", // 绩效目标申报表（区民政局全区；街道、承接机构只看本单位申报的）
  "declaration:manage", // 本单位申报、修改、提交
  "declaration:review", // 审核（区民政局审核人；不能审核本人申报的）
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const READ_ORG: Permission[] = ["org:read", "contractor:read", "staff:read", "volunteer:read", "client:aggregate"];

// The bureau reads every contract, budget, ledger and report of its district; a street office the contracts
// it bought or that cover its stations, and its stations' briefs; a contractor only its own (§4, §5).
const READ_MONEY: Permission[] = ["contract:read", "budget:read", "ledger:read", "brief:read", "report:read", "declaration:read"];

const ROLE_GRANTS: Record<Role, readonly Permission[]> = {
  BUREAU_ADMIN: [...READ_ORG, ...READ_MONEY, "org:manage", "station:edit", "contractor:manage", "user:read", "user:manage", "staff:manage", "contract:manage", "district:settings"],
  BUREAU_STAFF: [...READ_ORG, ...READ_MONEY, "contract:manage", "declaration:manage"],
  // Reviewers approve what others declared: budgets, budget adjustments, briefs, reports, change requests.
  BUREAU_REVIEWER: [...READ_ORG, ...READ_MONEY, "budget:review", "brief:review", "report:review", "declaration:review"],
  // A street office or a contractor declares performance targets of its own (as the declaring unit).
  STREET_STAFF: [...READ_ORG, "contract:read", "brief:read", "brief:review", "declaration:read", "declaration:manage"],
  // The station head runs the station but reads no client file that is not shared with them (§7).
  // A life-safety override (case:override) opens one file for a limited time, recorded and shown to the supervisor.
  STATION_HEAD: [...READ_ORG, "station:edit", "staff:manage", "volunteer:manage", "supervision:manage", "case:override", "document:countersign"],
  DEPUTY_HEAD: [...READ_ORG, "station:edit", "staff:manage", "volunteer:manage", "supervision:manage", "case:override", "document:countersign"],
  SOCIAL_WORKER: [...READ_ORG, "volunteer:manage", "client:read", "client:manage", "case:read", "case:manage", "visit:read", "visit:manage", "reception:read", "reception:manage"],
  // The project supervisor (督导) gives the opinion on a change request of a contract covering their station.
  SUPERVISOR: [...READ_ORG, "client:read", "case:read", "visit:read", "reception:read", "contract:read", "report:read", "change:opinion"],
  CONTRACTOR_ADMIN: [...READ_ORG, ...READ_MONEY, "staff:manage", "budget:manage", "ledger:manage", "brief:manage", "report:manage", "declaration:manage"],
  EVALUATOR: ["org:read", "contractor:read", "staff:read", "client:aggregate"],
  // 三权分立: the auditor reads the audit log and nothing else; the system administrator manages
  // settings and accounts and reads no service data.
  AUDITOR: ["audit:read"],
  SYSTEM_ADMIN: ["org:read", "user:read", "user:manage", "settings:manage", "calendar:manage"],
};

/** One role held at one org unit, as the server resolved it from the database. */
export type ActorMembership = {
  role: Role;
  districtId: string | null;
  bureauId: string | null;
  streetOfficeId: string | null;
  stationId: string | null;
  contractorId: string | null;
  /** For station roles: the street office the station belongs to. */
  stationStreetOfficeId: string | null;
};

/**
 * Access that follows from rows rather than roles, read with the actor on every request (src/server/actor.ts)
 * so that scope.ts can filter by id lists the database can use an index for. Keyed by station.
 */
export type ActorGrants = {
  /** SUPERVISOR: the workers assigned to the actor at the station (SupervisorAssignment). */
  supervisees: Record<string, string[]>;
  /** SOCIAL_WORKER: case files referred to the actor at the station and accepted (what was shared). */
  referredCaseIds: Record<string, string[]>;
  /** SOCIAL_WORKER: the clients of those referrals (read through the case opened at the station). */
  referredClientIds: Record<string, string[]>;
  /** SUPERVISOR: the clients of referrals accepted by the actor's supervisees at the station. */
  superviseeReferredClientIds: Record<string, string[]>;
};

export const NO_GRANTS: ActorGrants = { supervisees: {}, referredCaseIds: {}, referredClientIds: {}, superviseeReferredClientIds: {} };

export type Actor = {
  userId: string;
  username: string;
  name: string;
  districtId: string | null;
  memberships: ActorMembership[];
  grants: ActorGrants;
  mustChangePassword: boolean;
  ip: string | null;
};

export const ROLE_PERMISSIONS = Object.fromEntries(
  Object.entries(ROLE_GRANTS).map(([role, permissions]) => [role, ["self:password", ...permissions]]),
) as unknown as Record<Role, readonly Permission[]>;

export function roleCan(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function can(actor: Pick<Actor, "memberships">, permission: Permission): boolean {
  return actor.memberships.some((m) => roleCan(m.role, permission));
}

/** The memberships through which the actor holds a permission (scope is built from these only). */
export function grantingMemberships(actor: Pick<Actor, "memberships">, permission: Permission): ActorMembership[] {
  return actor.memberships.filter((m) => roleCan(m.role, permission));
}
