"use client";
import { signOut } from "next-auth/react";

export function LogoutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/login" })} className="rounded border border-white/40 px-2 py-0.5 hover:bg-white/10">
      退出登录
    </button>
  );
}
