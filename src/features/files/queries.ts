import "server-only";
import type { FileKind } from "@/generated/prisma/enums";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { OWNER_TYPES, OWNERS, type OwnerType } from "./owners";

export type FileSummary = { id: string; kind: FileKind; filename: string; contentType: string; size: number; caption: string | null; createdAt: Date };

/** The files of several owners the caller has already loaded through their scope (no bytes). */
export async function filesOf(ownerType: OwnerType, ownerIds: string[]): Promise<Map<string, FileSummary[]>> {
  const rows = ownerIds.length
    ? await db.storedFile.findMany({
        where: { ownerType, ownerId: { in: ownerIds } },
        orderBy: { createdAt: "asc" },
        select: { id: true, ownerId: true, kind: true, filename: true, contentType: true, size: true, caption: true, createdAt: true },
      })
    : [];
  const out = new Map<string, FileSummary[]>();
  for (const { ownerId, ...f } of rows) out.set(ownerId, [...(out.get(ownerId) ?? []), f]);
  return out;
}

/** One file with its bytes, if the actor reads its owner; every download (and refusal) is an audit row. */
export async function readFile(actor: Actor, id: string) {
  const file = await db.storedFile.findUnique({ where: { id }, select: { id: true, ownerType: true, ownerId: true, filename: true, contentType: true, data: true } });
  const owner = file && (OWNER_TYPES as readonly string[]).includes(file.ownerType) ? await OWNERS[file.ownerType as OwnerType].read(db, actor, file.ownerId) : null;
  if (!file || !owner) {
    await writeAudit({ actor, action: "file.download", outcome: "DENIED", targetType: "StoredFile", targetId: id.slice(0, 64), detail: { reason: "NOT_FOUND" } });
    return null;
  }
  await writeAudit({ actor, action: "file.download", outcome: "SUCCESS", districtId: owner.districtId, targetType: "StoredFile", targetId: file.id, detail: { ownerType: file.ownerType, ownerId: file.ownerId } });
  return file;
}
