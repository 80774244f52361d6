// The account page of either area (bureau administrator: own district; system administrator: all).
import { Card, DefinitionList, PageHeader } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import type { Actor } from "@/server/permissions";
import { formatDateTime } from "@/lib/dates";
import type { getUser, UnitOptions } from "../queries";
import { canManageAccount, grantableRoles, roleConflict, SELF_KEPT_ROLES, SEPARATED_ROLES, userAdminReach } from "../rules";
import { AccountActions } from "./account-actions";
import { MembershipForm } from "./membership-form";
import { MembershipList } from "./membership-list";
import { UserEditForm } from "./user-edit-form";
import { isLockedNow, unitNameOf, UserStatusBadges } from "./user-status";

type User = NonNullable<Awaited<ReturnType<typeof getUser>>>;

export function UserDetail({ actor, user, units, basePath }: { actor: Actor; user: User; units: UnitOptions; basePath: string }) {
  const reach = userAdminReach(actor);
  const roles = user.memberships.map((m) => m.role);
  const manageable = canManageAccount(reach, roles);
  const isSelf = user.id === actor.userId;
  const memberships = user.memberships.map((m) => ({
    id: m.id,
    role: m.role,
    unitName: unitNameOf(m),
    removable: manageable && (reach.system || !SEPARATED_ROLES.includes(m.role)) && !(isSelf && SELF_KEPT_ROLES.includes(m.role)),
  }));
  return (
    <>
      <PageHeader
        title={`${user.name}（${user.username}）`}
        description={<UserStatusBadges user={user} />}
        actions={<ButtonLink href={basePath}>返回账号列表</ButtonLink>}
      />
      {!manageable && (
        <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-800">
          三权分立：该账号为系统管理员或安全审计员账号，只能由系统管理员管理。
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="账号信息">
          <DefinitionList
            items={[
              { label: "用户名", value: <span className="font-mono">{user.username}</span> },
              { label: "姓名", value: user.name },
              { label: "联系电话", value: user.phone },
              { label: "所属区县", value: user.district?.name ?? "平台账号（不属于任何区县）" },
              { label: "最近登录", value: formatDateTime(user.lastLoginAt) || "从未登录" },
              { label: "密码修改于", value: formatDateTime(user.passwordChangedAt) },
              { label: "连续登录失败", value: `${user.failedLoginCount} 次` },
              { label: "锁定至", value: isLockedNow(user) ? formatDateTime(user.lockedUntil) : null },
              { label: "创建时间", value: formatDateTime(user.createdAt) },
            ]}
          />
        </Card>
        <Card title="角色">
          <div className="space-y-4">
            <MembershipList memberships={memberships} />
            {manageable && (
              <div className="border-t border-slate-100 pt-4">
                <h3 className="mb-2 font-medium">授予新角色</h3>
                <MembershipForm userId={user.id} roles={grantableRoles(reach, user.districtId).filter((r) => !roleConflict(roles, r))} units={units} />
              </div>
            )}
          </div>
        </Card>
        {manageable && (
          <>
            <Card title="账号操作">
              <AccountActions user={{ id: user.id, username: user.username, isActive: user.isActive, locked: isLockedNow(user), failedLoginCount: user.failedLoginCount }} isSelf={isSelf} />
            </Card>
            <Card title="修改姓名、联系电话"><UserEditForm user={user} /></Card>
          </>
        )}
      </div>
    </>
  );
}
