import { EVALUATION_FORMATS, exportEvaluation, type EvaluationFormat } from "@/features/performance/export";
import { CONTENT_TYPES, fileResponse, jsonError, notFoundResponse, routeActor } from "@/server/download";

export const dynamic = "force-dynamic";

/** GET ?format=docx|xlsx → the declaration's 绩效自评表. Scope (declaration:read) is checked, and the export audited, by the export itself. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor, response } = await routeActor();
  if (!actor) return response;
  const format = new URL(request.url).searchParams.get("format") ?? "docx";
  if (!(EVALUATION_FORMATS as readonly string[]).includes(format)) return jsonError(400, "VALIDATION", "导出格式应为 docx 或 xlsx。");
  const { id } = await params;
  const file = await exportEvaluation(actor, id, format as EvaluationFormat);
  if (!file) return notFoundResponse();
  return fileResponse(file.buffer, { filename: file.filename, asciiFilename: file.asciiFilename, contentType: CONTENT_TYPES[file.format] });
}
