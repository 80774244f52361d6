"use client";
// 退回修改 with comments item by item: the reviewer picks the field, line or indicator each comment is about
// (the targets of the submitted version), plus an optional overall comment.
import { useState } from "react";
import { ActionForm, useFieldError, useFieldId } from "@/components/form/action-form";
import { Hidden, TextareaField } from "@/components/form/fields";
import { Button } from "@/components/ui/button";
import { reviewSubmission } from "@/features/submissions/actions";

type Target = { target: string; label: string };

function ItemRow({ index, targets, onRemove }: { index: number; targets: Target[]; onRemove: () => void }) {
  const targetId = useFieldId(`items.${index}.target`);
  const commentId = useFieldId(`items.${index}.comment`);
  const targetError = useFieldError(`items.${index}.target`);
  return (
    <li className="grid gap-2 rounded border border-slate-200 p-2 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto]">
      <div>
        <label htmlFor={targetId} className="block text-xs text-slate-600">意见 {index + 1} 针对</label>
        <select id={targetId} name={`items.${index}.target`} className="mt-1 w-full rounded border border-slate-300 px-2 py-1 text-sm" defaultValue="">
          <option value="" disabled>请选择字段或指标</option>
          {targets.map((t) => <option key={t.target} value={t.target}>{t.label}</option>)}
        </select>
        {targetError && <p className="mt-1 text-xs text-red-600">{targetError}</p>}
      </div>
      <div>
        <label htmlFor={commentId} className="block text-xs text-slate-600">意见 {index + 1}</label>
        <textarea id={commentId} name={`items.${index}.comment`} rows={2} className="mt-1 w-full rounded border border-slate-300 px-2 py-1 text-sm" />
      </div>
      <div className="flex items-end">
        <Button type="button" variant="secondary" onClick={onRemove}>删除</Button>
      </div>
    </li>
  );
}

export function ReturnWithComments({ kind, id, version, targets }: { kind: string; id: string; version: number; targets: Target[] }) {
  const [rows, setRows] = useState<number[]>([0]);
  const [next, setNext] = useState(1);
  return (
    <ActionForm action={reviewSubmission} submitLabel="退回修改">
      <Hidden name="kind" value={kind} />
      <Hidden name="id" value={id} />
      <Hidden name="version" value={version} />
      <Hidden name="step" value="return" />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">逐项意见</legend>
        <ol className="space-y-2">
          {rows.map((key, i) => <ItemRow key={key} index={i} targets={targets} onRemove={() => setRows(rows.filter((r) => r !== key))} />)}
        </ol>
        <Button type="button" variant="secondary" onClick={() => { setRows([...rows, next]); setNext(next + 1); }}>增加一条意见</Button>
      </fieldset>
      <TextareaField name="comment" label="总体意见" hint="逐项意见与总体意见至少填写一项" rows={3} />
    </ActionForm>
  );
}
