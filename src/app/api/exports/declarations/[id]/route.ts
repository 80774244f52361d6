import { exportDeclaration } from "@/features/declarations/export";
import { CONTENT_TYPES, fileResponse, notFoundResponse, routeActor } from "@/server/download";

export const dynamic = "force-dynamic";

/** GET → the 绩效目标申报表 as .xlsx (a department-wide one with its projects). Scope (declaration:read) is checked by the export itself. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor, response } = await routeActor();
  if (!actor) return response;
  const { id } = await params;
  const file = await exportDeclaration(actor, id);
  if (!file) return notFoundResponse();
  return fileResponse(file.buffer, { filename: file.filename, asciiFilename: file.asciiFilename, contentType: CONTENT_TYPES.xlsx });
}
