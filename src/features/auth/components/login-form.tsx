"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <form
      className="space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        setPending(true);
        setError(null);
        const result = await signIn("credentials", { username: String(form.get("username") ?? ""), password: String(form.get("password") ?? ""), redirect: false });
        setPending(false);
        if (!result || result.error) {
          setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "用户名或密码错误。");
          return;
        }
        router.replace(callbackUrl);
        router.refresh();
      }}
    >
      <div>
        <label htmlFor="username" className="mb-1 block font-medium">用户名</label>
        <input id="username" name="username" autoComplete="username" required className="block w-full rounded-md border border-slate-300 px-2.5 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block font-medium">密码</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="block w-full rounded-md border border-slate-300 px-2.5 py-2" />
      </div>
      {error && <p role="alert" data-testid="form-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-700">{error}</p>}
      <Button type="submit" className="w-full py-2" disabled={pending}>{pending ? "登录中…" : "登录"}</Button>
    </form>
  );
}
