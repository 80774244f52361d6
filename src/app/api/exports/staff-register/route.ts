import { exportStaffRegister } from "@/features/staff/export";
import { CONTENT_TYPES, fileResponse, jsonError, notFoundResponse, routeActor } from "@/server/download";

export const dynamic = "force-dynamic";

/** GET ?stationId=<id> → the station's 驻站社工基本信息表 (.xlsx). Scope is checked by the export itself. */
export async function GET(request: Request) {
  const { actor, response } = await routeActor();
  if (!actor) return response;
  const stationId = new URL(request.url).searchParams.get("stationId")?.trim();
  if (!stationId) return jsonError(400, "VALIDATION", "请指定社工站（stationId）。");
  const file = await exportStaffRegister(actor, { stationId });
  if (!file) return notFoundResponse();
  return fileResponse(file.buffer, { filename: file.filename, asciiFilename: "staff-register.xlsx", contentType: CONTENT_TYPES.xlsx });
}
