import { readFile } from "@/features/files/queries";
import { fileResponse, notFoundResponse, routeActor } from "@/server/download";

export const dynamic = "force-dynamic";

/** GET → an attachment, if the actor reads the record it belongs to. Images open inline (?inline=1). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor, response } = await routeActor();
  if (!actor) return response;
  const { id } = await params;
  const file = await readFile(actor, id);
  if (!file) return notFoundResponse();
  const inline = new URL(request.url).searchParams.get("inline") === "1" && file.contentType.startsWith("image/");
  const ext = file.contentType === "application/pdf" ? "pdf" : file.contentType === "image/png" ? "png" : "jpg";
  return fileResponse(file.data, { filename: file.filename, asciiFilename: `attachment-${file.id}.${ext}`, contentType: file.contentType, inline });
}
