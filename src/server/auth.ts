import "server-only";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authenticate } from "@/features/auth/login";
import { writeAudit } from "./audit";
import { AppError, isDatabaseUnavailable } from "./errors";
import { loadActor } from "./actor";
import type { Actor } from "./permissions";
import { ABSOLUTE_SESSION_SECONDS, isIdle, SESSION_COOKIE, type SessionToken } from "./session-config";

function clientIp(h: Headers): string | null {
  const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || null;
  // IPv4 clients reach a dual-stack server as ::ffff:a.b.c.d; record the address people recognise.
  return ip?.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1") ?? null;
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: ABSOLUTE_SESSION_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  cookies: {
    sessionToken: {
      name: SESSION_COOKIE,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false },
    },
  },
  providers: [
    CredentialsProvider({
      name: "账号密码",
      credentials: { username: { label: "用户名", type: "text" }, password: { label: "密码", type: "password" } },
      async authorize(credentials, req) {
        const username = credentials?.username ?? "";
        const password = credentials?.password ?? "";
        if (!username || !password) throw new Error("请输入用户名和密码。");
        const h = new Headers(req.headers as Record<string, string>);
        const result = await authenticate({ username, password, ip: clientIp(h) }).catch((error: unknown) => {
          if (isDatabaseUnavailable(error)) return { ok: false as const, message: "系统暂时无法连接数据库，请稍后再试。" };
          throw error;
        });
        if (!result.ok) throw new Error(result.message);
        return { id: result.userId, sv: result.sessionVersion } as never;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      const t = token as typeof token & SessionToken;
      if (user) {
        t.uid = user.id;
        t.sv = (user as unknown as { sv: number }).sv;
        t.lastActivity = Date.now();
        (t as { loginAt?: number }).loginAt = Date.now();
      }
      return t;
    },
    async session({ session, token }) {
      const t = token as SessionToken;
      return { ...session, uid: t.uid, sv: t.sv, lastActivity: t.lastActivity };
    },
  },
  events: {
    async signOut({ token }) {
      const uid = (token as SessionToken | null)?.uid;
      if (!uid) return;
      const actor = await loadActor(uid, { ip: null });
      if (actor) await writeAudit({ actor, action: "auth.logout", outcome: "SUCCESS", targetType: "User", targetId: uid });
    },
  },
};

/** The signed-in actor for this request, or null (no session, idle for 30 minutes, revoked, locked). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as (SessionToken & { sv?: number }) | null;
  if (!session?.uid || isIdle(session.lastActivity)) return null;
  return loadActor(session.uid, { sessionVersion: session.sv, ip: clientIp(await headers()) });
});

/** For pages: the actor, or a redirect to the login (or the forced password change). */
export async function requireActor({ allowPasswordChange = false } = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  if (actor.mustChangePassword && !allowPasswordChange) redirect("/change-password");
  return actor;
}

/** For actions: the actor, or an UNAUTHENTICATED error. */
export async function actorOrThrow(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}
