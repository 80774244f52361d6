import { exportCaseDocx } from "@/features/print/docx";
import { CONTENT_TYPES, fileResponse, notFoundResponse, routeActor } from "@/server/download";

export const dynamic = "force-dynamic";

/** GET → the whole case file (every form, in the checklist's order) as 个案档案-GA-2026-0001.docx. Scope is checked by the export itself. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor, response } = await routeActor();
  if (!actor) return response;
  const { id } = await params;
  const file = await exportCaseDocx(actor, id);
  if (!file) return notFoundResponse();
  return fileResponse(file.buffer, { filename: file.filename, asciiFilename: file.asciiFilename, contentType: CONTENT_TYPES.docx });
}
