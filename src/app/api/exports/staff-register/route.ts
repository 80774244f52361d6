import { exportStaffRegister } from "@/features/staff/export";
import { getActor } from "@/server/auth";

export const dynamic = "force-dynamic";

/** GET ?stationId=<id> → the station's 驻站社工基本信息表 (.xlsx). Scope is checked by the export itself. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return Response.json({ code: "UNAUTHENTICATED", message: "登录已失效，请重新登录。" }, { status: 401 });
  if (actor.mustChangePassword) return Response.json({ code: "FORBIDDEN", message: "请先修改初始密码。" }, { status: 403 });
  const stationId = new URL(request.url).searchParams.get("stationId")?.trim();
  if (!stationId) return Response.json({ code: "VALIDATION", message: "请指定社工站（stationId）。" }, { status: 400 });

  const file = await exportStaffRegister(actor, { stationId });
  if (!file) return Response.json({ code: "NOT_FOUND", message: "记录不存在或您无权访问。" }, { status: 404 });

  return new Response(new Uint8Array(file.buffer), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="staff-register.xlsx"; filename*=UTF-8''${encodeRfc5987(file.filename)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** RFC 5987 ext-value: encodeURIComponent leaves ' ( ) * ! unescaped, which the grammar does not allow. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
