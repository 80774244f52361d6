import type { Metadata } from "next";
import { LoginForm } from "@/features/auth/components/login-form";
import { platformName } from "@/features/settings/queries";

export const metadata: Metadata = { title: "登录" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ reason?: string; callbackUrl?: string }> }) {
  const { reason, callbackUrl } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-50 to-slate-50 p-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-center text-xl font-semibold">{await platformName()}</h1>
        <p className="mb-6 mt-1 text-center text-slate-500">乡镇（街道）社会工作服务站</p>
        {reason === "idle" && (
          <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-amber-800">您已超过 30 分钟未操作，已自动退出，请重新登录。</p>
        )}
        <LoginForm callbackUrl={callbackUrl?.startsWith("/") ? callbackUrl : "/"} />
      </div>
    </main>
  );
}
