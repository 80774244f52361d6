"use client";
import { startTransition, useActionState, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/server/action";

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** 查看完整信息: the masked value; the full one only after a written reason, once, in this page. */
export function RevealField({ action, hidden, masked, label }: { action: ServerAction; hidden: Record<string, string>; masked: ReactNode; label: string }) {
  const [open, setOpen] = useState(false);
  const [state, dispatch, pending] = useActionState(action, null);
  const value = state?.ok ? ((state.data as { value: string | null } | undefined)?.value ?? "") : null;
  const error = state && !state.ok ? (state.fieldErrors?.reason?.[0] ?? state.message) : null;
  if (value !== null) return <span className="whitespace-pre-wrap break-words" data-revealed={label}>{value || "（空）"}</span>;
  return (
    <span className="inline-flex flex-col gap-1">
      <span className="inline-flex flex-wrap items-center gap-2">
        <span className="font-mono text-sm">{masked}</span>
        {!open && <button type="button" className="text-xs text-brand-700 underline" onClick={() => setOpen(true)}>查看完整信息</button>}
      </span>
      {open && (
        <form className="flex flex-wrap items-center gap-2" onSubmit={(e) => { e.preventDefault(); const data = new FormData(e.currentTarget); startTransition(() => dispatch(data)); }}>
          {Object.entries(hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
          <input name="reason" aria-label={`查看${label}的原因`} placeholder="查看原因（至少 4 个字，记入审计）" className="w-64 rounded-md border border-slate-300 px-2 py-1 text-sm" aria-invalid={!!error} />
          <Button type="submit" disabled={pending}>确认查看</Button>
          <Button type="button" variant="ghost" onClick={() => setOpen(false)}>取消</Button>
          {error && <span className="w-full text-xs text-red-600" data-field-error="reason">{error}</span>}
        </form>
      )}
    </span>
  );
}
