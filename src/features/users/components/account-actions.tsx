"use client";
import { ActionForm } from "@/components/form/action-form";
import { Hidden } from "@/components/form/fields";
import { resetPassword, setUserActive, unlockUser } from "../actions";
import { TemporaryPasswordNotice, useOneTimeResult } from "./temporary-password";

type Account = { id: string; username: string; isActive: boolean; locked: boolean; failedLoginCount: number };

/** Reset password, unlock, activate / deactivate. `isSelf`: one's own account cannot be deactivated or reset here. */
export function AccountActions({ user, isSelf }: { user: Account; isSelf: boolean }) {
  const reset = useOneTimeResult(resetPassword, `确定重置 ${user.username} 的密码吗？其当前登录会话将失效。`);
  const deactivate = useOneTimeResult(setUserActive, `确定停用 ${user.username} 吗？其当前登录会话将立即失效。`);
  return (
    <div className="space-y-4">
      {reset.result && <TemporaryPasswordNotice password={reset.result.temporaryPassword} onClose={reset.clear} />}
      <div className="flex flex-wrap items-start gap-6">
        {!isSelf && (
          <ActionForm action={reset.action} submitLabel="重置密码">
            <Hidden name="id" value={user.id} />
            <p className="max-w-xs text-xs text-slate-500">生成新的临时密码，本人须在下次登录时修改；同时解除锁定。</p>
          </ActionForm>
        )}
        {(user.locked || user.failedLoginCount > 0) && (
          <ActionForm action={unlockUser} submitLabel={user.locked ? "解除锁定" : "清零失败次数"}>
            <Hidden name="id" value={user.id} />
            <p className="max-w-xs text-xs text-slate-500">清除连续登录失败次数{user.locked ? "并解除锁定" : ""}。</p>
          </ActionForm>
        )}
        {user.isActive ? (
          !isSelf && (
            <ActionForm action={deactivate.action} submitLabel="停用账号">
              <Hidden name="id" value={user.id} />
              <Hidden name="active" value="false" />
              <p className="max-w-xs text-xs text-slate-500">停用后不能登录，已登录的会话立即失效。</p>
            </ActionForm>
          )
        ) : (
          <ActionForm action={setUserActive} submitLabel="启用账号">
            <Hidden name="id" value={user.id} />
            <Hidden name="active" value="true" />
            <p className="max-w-xs text-xs text-slate-500">恢复登录。</p>
          </ActionForm>
        )}
      </div>
      {isSelf && <p className="text-xs text-slate-500">这是您本人的账号：请通过页面顶部的“修改密码”修改密码；本人账号不能在此停用。</p>}
    </div>
  );
}
