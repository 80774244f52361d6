import "server-only";
// Upload and removal of attachments. The bytes live in stored_file (PostgreSQL), next to the record they
// belong to, so backups, transactions and access checks cover them like everything else.
import { createHash } from "node:crypto";
import { z } from "zod";
import type { FileKind } from "@/generated/prisma/enums";
import { choice, optionalText, reference } from "@/lib/fields";
import { FILE_KIND_LABELS } from "@/lib/labels";
import { defineCommand } from "@/server/action";
import { AppError, fieldError } from "@/server/errors";
import { MAX_FILE_BYTES, OWNER_TYPES, OWNERS, sniffType, type OwnerType } from "./owners";

const OWNER_LABELS = Object.fromEntries(OWNER_TYPES.map((t) => [t, t])) as Record<OwnerType, string>;
const FILE_KINDS = FILE_KIND_LABELS as Record<FileKind, string>;

const TYPE_NAMES = { "application/pdf": "PDF", "image/jpeg": "JPG", "image/png": "PNG" } as const;

export const uploadFileCommand = defineCommand({
  name: "file.upload",
  schema: z.object({
    ownerType: choice(OWNER_LABELS, "附件所属"),
    ownerId: reference("附件所属记录"),
    kind: choice(FILE_KINDS, "附件类型"),
    caption: optionalText("图片说明", 200),
    file: z.instanceof(File, { error: "请选择要上传的文件" }).refine((f) => f.size > 0, "请选择要上传的文件").refine((f) => f.size <= MAX_FILE_BYTES, `单个文件不能超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`),
  }),
  permission: ["ledger:manage", "report:manage"],
  run: async ({ input, actor, tx }) => {
    const rules = OWNERS[input.ownerType];
    const owner = await rules.manage(tx, actor, input.ownerId);
    if (!owner) throw new AppError("NOT_FOUND");
    if (!rules.kinds.includes(input.kind)) throw fieldError("kind", `此处不能上传「${FILE_KIND_LABELS[input.kind]}」`);
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const type = sniffType(bytes);
    if (!type || !rules.types.includes(type)) throw fieldError("file", `文件格式应为 ${rules.types.map((t) => TYPE_NAMES[t]).join(" / ")}`);
    if (input.kind === "PHOTO" && !input.caption) throw fieldError("caption", "请填写图片说明（时间、地点、人物、场景）");
    // Serialise uploads to one owner so the count cannot be overrun by two at once.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${input.ownerType}:${input.ownerId}`}))`;
    const existing = await tx.storedFile.count({ where: { ownerType: input.ownerType, ownerId: input.ownerId } });
    if (existing >= rules.maxFiles) throw fieldError("file", `最多上传 ${rules.maxFiles} 个文件`);
    const filename = input.file.name.replace(/[\\/\u0000-\u001f]/g, "_").slice(-120) || "附件";
    const stored = await tx.storedFile.create({
      data: {
        districtId: owner.districtId, ownerType: input.ownerType, ownerId: input.ownerId, kind: input.kind, filename, contentType: type,
        size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), caption: input.caption, data: bytes, uploadedById: actor.userId,
      },
      select: { id: true },
    });
    return { target: { type: "StoredFile", id: stored.id }, detail: { ownerType: input.ownerType, ownerId: input.ownerId, kind: input.kind, size: bytes.length }, message: `已上传：${filename}` };
  },
});

export const deleteFileCommand = defineCommand({
  name: "file.delete",
  schema: z.object({ id: reference("附件") }),
  permission: ["ledger:manage", "report:manage"],
  run: async ({ input, actor, tx }) => {
    const file = await tx.storedFile.findUnique({ where: { id: input.id }, select: { id: true, ownerType: true, ownerId: true, filename: true, kind: true } });
    if (!file || !(OWNER_TYPES as readonly string[]).includes(file.ownerType)) throw new AppError("NOT_FOUND");
    const rules = OWNERS[file.ownerType as OwnerType];
    const owner = await rules.manage(tx, actor, file.ownerId);
    if (!owner) throw new AppError("NOT_FOUND");
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${file.ownerType}:${file.ownerId}`}))`;
    const refusal = await rules.beforeDelete?.(tx, file.ownerId, file.kind);
    if (refusal) throw new AppError("INVALID_TRANSITION", refusal);
    await tx.storedFile.delete({ where: { id: file.id } });
    return { target: { type: "StoredFile", id: file.id }, detail: { ownerType: file.ownerType, ownerId: file.ownerId }, message: `已删除：${file.filename}` };
  },
});
