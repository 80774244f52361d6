// Home and navigation per kind of user. Pure: the layout renders it from the actor's memberships.
import type { Role } from "@/generated/prisma/enums";
import { ROLE_LABELS } from "./labels";

export type Area = "bureau" | "street" | "station" | "contractor" | "audit" | "system";
/** `also`: further path prefixes that belong to this link (for the active highlight). */
export type NavLink = { href: string; label: string; also?: string[] };

const AREA_OF: Record<Role, Area> = {
  BUREAU_ADMIN: "bureau",
  BUREAU_STAFF: "bureau",
  BUREAU_REVIEWER: "bureau",
  EVALUATOR: "bureau",
  STREET_STAFF: "street",
  STATION_HEAD: "station",
  DEPUTY_HEAD: "station",
  SOCIAL_WORKER: "station",
  SUPERVISOR: "station",
  CONTRACTOR_ADMIN: "contractor",
  AUDITOR: "audit",
  SYSTEM_ADMIN: "system",
};

export const AREA_LABELS: Record<Area, string> = {
  bureau: "区民政局",
  street: "街道",
  station: "社工站",
  contractor: "承接机构",
  audit: "安全审计",
  system: "系统管理",
};

export function areaOf(role: Role): Area {
  return AREA_OF[role];
}

export function areasOf(roles: Role[]): Area[] {
  return [...new Set(roles.map(areaOf))];
}

export function homeOf(roles: Role[]): string {
  const area = areasOf(roles)[0];
  return area ? `/${area}` : "/login";
}

export function navFor(area: Area, roles: Role[]): NavLink[] {
  const has = (r: Role) => roles.includes(r);
  switch (area) {
    case "bureau":
      return [
        { href: "/bureau", label: "区级总览" },
        { href: "/bureau/streets", label: "街道" },
        { href: "/bureau/stations", label: "社工站" },
        { href: "/bureau/communities", label: "村（社区）" },
        { href: "/bureau/contractors", label: "承接机构" },
        { href: "/bureau/staff", label: "驻站人员" },
        ...(has("BUREAU_ADMIN") || has("BUREAU_STAFF") || has("BUREAU_REVIEWER")
          ? [{ href: "/bureau/contracts", label: "服务项目" }, { href: "/bureau/briefs", label: "月度简报" }, { href: "/bureau/declarations", label: "绩效目标" }]
          : []),
        ...(has("BUREAU_REVIEWER") ? [{ href: "/bureau/reviews", label: "待审核" }] : []),
        ...(has("BUREAU_ADMIN") ? [{ href: "/bureau/users", label: "用户与角色" }, { href: "/bureau/settings", label: "本区设置" }] : []),
      ];
    case "street":
      return [
        { href: "/street", label: "本街道社工站" },
        { href: "/street/contracts", label: "服务项目" },
        { href: "/street/briefs", label: "月度简报" },
        { href: "/street/declarations", label: "绩效目标" },
      ];
    case "station":
      return [
        { href: "/station", label: "本站概况" },
        ...(has("SOCIAL_WORKER") || has("SUPERVISOR") ? [{ href: "/station/clients", label: "服务对象", also: ["/station/households"] }] : []),
        ...(has("SOCIAL_WORKER") || has("SUPERVISOR") ? [{ href: "/station/cases", label: "个案" }] : []),
        ...(has("SOCIAL_WORKER") ? [{ href: "/station/referrals", label: "转介接收" }] : []),
        ...(has("SOCIAL_WORKER") || has("SUPERVISOR") ? [{ href: "/station/visits", label: "探访" }] : []),
        ...(has("SOCIAL_WORKER") || has("SUPERVISOR") ? [{ href: "/station/receptions", label: "来访接待" }] : []),
        ...(has("SUPERVISOR") ? [{ href: "/station/changes", label: "项目变更申请" }] : []),
        ...(has("STATION_HEAD") || has("DEPUTY_HEAD")
          ? [{ href: "/station/signoffs", label: "待签署文书" }, { href: "/station/case-register", label: "个案登记" }]
          : []),
        ...(has("SUPERVISOR") || has("STATION_HEAD") || has("DEPUTY_HEAD") ? [{ href: "/station/overrides", label: "紧急查阅记录" }] : []),
        { href: "/station/staff", label: "驻站社工" },
        { href: "/station/volunteers", label: "志愿者" },
        ...(has("STATION_HEAD") || has("DEPUTY_HEAD")
          ? [{ href: "/station/supervision", label: "督导关系" }]
          : has("SUPERVISOR") ? [{ href: "/station/supervision", label: "我督导的社工" }] : []),
      ];
    case "contractor":
      return [
        { href: "/contractor", label: "机构概况" },
        { href: "/contractor/contracts", label: "服务项目" },
        { href: "/contractor/briefs", label: "月度简报" },
        { href: "/contractor/declarations", label: "绩效目标" },
        { href: "/contractor/staff", label: "派驻人员" },
      ];
    case "audit":
      return [{ href: "/audit", label: "审计日志" }];
    case "system":
      return [
        { href: "/system", label: "系统设置" },
        { href: "/system/users", label: "账号管理" },
        { href: "/system/calendar", label: "工作日历" },
      ];
  }
}

export function roleSummary(roles: Role[]): string {
  return [...new Set(roles)].map((r) => ROLE_LABELS[r]).join("、");
}
