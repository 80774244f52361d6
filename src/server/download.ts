import "server-only";
// The one way a route hands out a file (exports, Word documents, attachments): the session's actor is
// required, the body is private and never sniffed, the filename survives in Chinese (RFC 5987).
import { getActor } from "./auth";
import type { Actor } from "./permissions";

export const CONTENT_TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export function jsonError(status: 400 | 401 | 403 | 404, code: string, message: string): Response {
  return Response.json({ code, message }, { status });
}

export const notFoundResponse = () => jsonError(404, "NOT_FOUND", "记录不存在或您无权访问。");

/** The actor of a route request, or the response to send instead (401, or 403 before the first password change). */
export async function routeActor(): Promise<{ actor: Actor; response?: undefined } | { actor?: undefined; response: Response }> {
  const actor = await getActor();
  if (!actor) return { response: jsonError(401, "UNAUTHENTICATED", "登录已失效，请重新登录。") };
  if (actor.mustChangePassword) return { response: jsonError(403, "FORBIDDEN", "请先修改初始密码。") };
  return { actor };
}

/** RFC 5987 ext-value: encodeURIComponent leaves ' ( ) * ! unescaped, which the grammar does not allow. */
export function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function fileResponse(body: Uint8Array, opts: { filename: string; asciiFilename: string; contentType: string; inline?: boolean }): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": opts.contentType,
      "Content-Disposition": `${opts.inline ? "inline" : "attachment"}; filename="${opts.asciiFilename}"; filename*=UTF-8''${encodeRfc5987(opts.filename)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
