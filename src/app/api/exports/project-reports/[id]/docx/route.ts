import { exportProjectReportDocx } from "@/features/project-reports/export";
import { CONTENT_TYPES, fileResponse, notFoundResponse, routeActor } from "@/server/download";

export const dynamic = "force-dynamic";

/** GET → the 中期报告 / 结项报告书 as 项目中期报告-CGMZ-2026-001.docx. Scope (report:read; drafts only for the contractor) is checked by the export itself. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor, response } = await routeActor();
  if (!actor) return response;
  const { id } = await params;
  const file = await exportProjectReportDocx(actor, id);
  if (!file) return notFoundResponse();
  return fileResponse(file.buffer, { filename: file.filename, asciiFilename: file.asciiFilename, contentType: CONTENT_TYPES.docx });
}
