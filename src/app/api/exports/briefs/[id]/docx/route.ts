import { exportBriefDocx } from "@/features/briefs/export";
import { CONTENT_TYPES, fileResponse, notFoundResponse, routeActor } from "@/server/download";

export const dynamic = "force-dynamic";

/** GET → the 月度工作简报 as 月度工作简报-<站点>-2026-10.docx. Scope is checked by the export itself. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor, response } = await routeActor();
  if (!actor) return response;
  const { id } = await params;
  const file = await exportBriefDocx(actor, id);
  if (!file) return notFoundResponse();
  return fileResponse(file.buffer, { filename: file.filename, asciiFilename: file.asciiFilename, contentType: CONTENT_TYPES.docx });
}
