// Comfort only, never the check (the server builds the actor and checks scope on every read and write):
// slides the 30-minute idle clock in the session cookie, ends idle sessions, and sends visitors without
// a session to the login page.
import { decode, encode } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { ABSOLUTE_SESSION_SECONDS, isIdle, SESSION_COOKIE, type SessionToken } from "@/server/session-config";

const PUBLIC = ["/login", "/api/auth", "/favicon.ico"];
// Set when an idle session is ended, so a request that arrives just after (a prefetch may have consumed
// the session first) still tells the user why they are on the login page.
const ENDED_COOKIE = "sgz.session-ended";
const REFRESH_AFTER_MS = 30_000;

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const secret = process.env.NEXTAUTH_SECRET ?? "";
  const raw = request.cookies.get(SESSION_COOKIE)?.value;
  const isPageGet = request.method === "GET" && !pathname.startsWith("/api/");

  const toLogin = (reason?: string) => {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = "";
    if (reason) url.searchParams.set("reason", reason);
    else if (pathname !== "/") url.searchParams.set("callbackUrl", pathname + search);
    const response = NextResponse.redirect(url);
    response.cookies.delete(SESSION_COOKIE);
    return reason === "idle" ? markIdle(response) : response;
  };
  function markIdle(response: NextResponse) {
    response.cookies.set(ENDED_COOKIE, "idle", { httpOnly: true, sameSite: "lax", path: "/", maxAge: 120 });
    return response;
  }

  if (!raw) {
    if (isPublic || !isPageGet) return NextResponse.next();
    return toLogin(request.cookies.get(ENDED_COOKIE)?.value === "idle" ? "idle" : undefined);
  }
  const token = (await decode({ token: raw, secret }).catch(() => null)) as (SessionToken & { loginAt?: number }) | null;
  const now = Date.now();
  const expired = !token || isIdle(token.lastActivity, now) || (token.loginAt ?? 0) + ABSOLUTE_SESSION_SECONDS * 1000 < now;
  if (expired) {
    if (isPageGet && !isPublic) return token ? toLogin("idle") : toLogin();
    const response = NextResponse.next();
    response.cookies.delete(SESSION_COOKIE);
    return token ? markIdle(response) : response;
  }
  const response = NextResponse.next();
  if (request.cookies.has(ENDED_COOKIE)) response.cookies.delete(ENDED_COOKIE);
  if (now - (token.lastActivity ?? 0) > REFRESH_AFTER_MS) {
    const remaining = Math.max(60, Math.floor(((token.loginAt ?? now) + ABSOLUTE_SESSION_SECONDS * 1000 - now) / 1000));
    const fresh = await encode({ token: { ...token, lastActivity: now }, secret, maxAge: remaining });
    response.cookies.set(SESSION_COOKIE, fresh, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: request.nextUrl.protocol === "https:",
      maxAge: remaining,
    });
  }
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
