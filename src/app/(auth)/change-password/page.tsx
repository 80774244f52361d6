import type { Metadata } from "next";
import { ActionForm } from "@/components/form/action-form";
import { TextField } from "@/components/form/fields";
import { changePassword } from "@/features/auth/actions";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "修改密码" };

export default async function ChangePasswordPage() {
  const actor = await requireActor({ allowPasswordChange: true });
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">修改密码</h1>
        {actor.mustChangePassword ? (
          <p className="mb-4 mt-2 rounded-md bg-amber-50 px-3 py-2 text-amber-800">首次登录或密码被重置后，须先修改密码才能继续使用。</p>
        ) : (
          <p className="mb-4 mt-1 text-slate-500">{actor.name}，请输入当前密码和新密码。</p>
        )}
        <ActionForm action={changePassword} submitLabel="修改密码">
          <TextField name="currentPassword" label="当前密码" type="password" required autoComplete="current-password" />
          <TextField name="newPassword" label="新密码" type="password" required autoComplete="new-password" hint="至少 8 位，须含大写字母、小写字母、数字和符号" />
          <TextField name="confirmPassword" label="确认新密码" type="password" required autoComplete="new-password" />
        </ActionForm>
      </div>
    </main>
  );
}
