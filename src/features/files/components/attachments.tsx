"use client";
// The files of one record: list with download links, removal and an upload form (when allowed).
import { ActionForm } from "@/components/form/action-form";
import { FileField, Hidden, SelectField, TextField } from "@/components/form/fields";
import type { FileKind } from "@/generated/prisma/enums";
import { formatDateTime } from "@/lib/dates";
import { FILE_KIND_LABELS } from "@/lib/labels";
import { deleteFile, uploadFile } from "../actions";
import type { FileSummary } from "../queries";

function size(bytes: number) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function AttachmentList({ files, canManage }: { files: FileSummary[]; canManage: boolean }) {
  if (files.length === 0) return <p className="text-sm text-slate-500">暂无附件。</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm" aria-label="附件">
      {files.map((f) => (
        <li key={f.id} className="flex flex-wrap items-center gap-3 py-2">
          <span className="rounded bg-slate-100 px-2 py-0.5 text-xs">{FILE_KIND_LABELS[f.kind]}</span>
          <a className="text-blue-700 hover:underline" href={`/api/files/${f.id}${f.contentType.startsWith("image/") ? "?inline=1" : ""}`} target="_blank" rel="noreferrer">{f.filename}</a>
          <span className="text-xs text-slate-500">{size(f.size)} · {formatDateTime(f.createdAt)}</span>
          {f.caption && <span className="text-slate-700">{f.caption}</span>}
          {canManage && (
            <ActionForm action={deleteFile} submitLabel="删除" className="ml-auto">
              <Hidden name="id" value={f.id} />
            </ActionForm>
          )}
        </li>
      ))}
    </ul>
  );
}

export function AttachmentUpload({ ownerType, ownerId, kinds, withCaption = false, accept = ".pdf,.jpg,.jpeg,.png" }: { ownerType: "Expense" | "ProjectReport"; ownerId: string; kinds: FileKind[]; withCaption?: boolean; accept?: string }) {
  return (
    <ActionForm action={uploadFile} submitLabel="上传" resetOnSuccess>
      <Hidden name="ownerType" value={ownerType} />
      <Hidden name="ownerId" value={ownerId} />
      <div className="grid gap-3 md:grid-cols-3">
        {kinds.length === 1 ? <Hidden name="kind" value={kinds[0]} /> : <SelectField name="kind" label="附件类型" required options={kinds.map((k) => ({ value: k, label: FILE_KIND_LABELS[k] }))} />}
        <FileField name="file" label="文件" required accept={accept} hint="PDF、JPG 或 PNG，单个不超过 8 MB" />
        {withCaption && <TextField name="caption" label="图片说明" required hint="时间、地点、人物、场景" />}
      </div>
    </ActionForm>
  );
}
