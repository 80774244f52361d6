// Shared by next-auth's options (server) and the proxy, which refreshes the idle clock on every request.
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_SESSION_SECONDS = 12 * 60 * 60;
export const SESSION_COOKIE = "sgz.session-token";
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MINUTES = 30;

/** Fields this app keeps in the JWT. Identity only: roles and scope are read from the database per request. */
export type SessionToken = {
  uid?: string;
  sv?: number; // user's sessionVersion at login
  lastActivity?: number; // ms since epoch
};

export function isIdle(lastActivity: number | undefined, now = Date.now()): boolean {
  return !lastActivity || now - lastActivity > IDLE_TIMEOUT_MS;
}
