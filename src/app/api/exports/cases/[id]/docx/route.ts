import { exportCaseDocx } from "@/features/print/docx";
import { getActor } from "@/server/auth";

export const dynamic = "force-dynamic";

/** GET → the whole case file (every form, in the checklist's order) as 个案档案-GA-2026-0001.docx. Scope is checked by the export itself. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return Response.json({ code: "UNAUTHENTICATED", message: "登录已失效，请重新登录。" }, { status: 401 });
  if (actor.mustChangePassword) return Response.json({ code: "FORBIDDEN", message: "请先修改初始密码。" }, { status: 403 });
  const { id } = await params;

  const file = await exportCaseDocx(actor, id);
  if (!file) return Response.json({ code: "NOT_FOUND", message: "记录不存在或您无权访问。" }, { status: 404 });

  return new Response(new Uint8Array(file.buffer), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${file.asciiFilename}"; filename*=UTF-8''${encodeRfc5987(file.filename)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** RFC 5987 ext-value: encodeURIComponent leaves ' ( ) * ! unescaped, which the grammar does not allow. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
