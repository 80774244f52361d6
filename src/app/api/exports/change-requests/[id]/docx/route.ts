import { exportChangeRequestDocx } from "@/features/change-requests/export";
import { CONTENT_TYPES, fileResponse, notFoundResponse, routeActor } from "@/server/download";

export const dynamic = "force-dynamic";

/** GET → 项目变更申请审批表-CGMZ-2026-001-1.docx. Scope is checked by the export itself. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor, response } = await routeActor();
  if (!actor) return response;
  const { id } = await params;
  const file = await exportChangeRequestDocx(actor, id);
  if (!file) return notFoundResponse();
  return fileResponse(file.buffer, { filename: file.filename, asciiFilename: file.asciiFilename, contentType: CONTENT_TYPES.docx });
}
