"use client";
// Small pieces the declaration editor is built of: the context that gives each input its id, its server error
// and the reviewer's comments on it; the amber 审核意见 note; the findings of the sum checks; labelled inputs.
import { createContext, useContext, type ReactNode } from "react";
import { cn } from "@/lib/cn";
import { formatWan } from "@/lib/money";
import type { DeclarationFinding } from "../checks";
import type { DeclarationDoc } from "../doc";
import type { ReviewCommentView } from "../review";
import { typedFen } from "./editor-state";

export type EditorComment = Pick<ReviewCommentView, "id" | "target" | "targetLabel" | "comment" | "actorName">;

export type EditorContextValue = {
  kind: DeclarationDoc["kind"];
  /** Element id of an input, unique on the page. */
  idFor: (name: string) => string;
  /** The server's error of a document path ("name", "totalAmount"). */
  error: (path: string) => string | undefined;
  /** The reviewer's comments on a target ("field:name", "funding" …). */
  comments: (target: string) => EditorComment[];
  /** The live findings about one part ("fundLines", "funding", "categoryAmounts", "indicators", "totalAmount"). */
  findings: (field: string) => DeclarationFinding[];
};

export const EditorContext = createContext<EditorContextValue>({
  kind: "PROJECT", idFor: (n) => n, error: () => undefined, comments: () => [], findings: () => [],
});
export const useEditor = () => useContext(EditorContext);

export const inputClass = "block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600 aria-[invalid=true]:border-red-500 read-only:bg-slate-50";
export const cellClass = "w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-500";

export function ReviewNotes({ comments, className }: { comments: readonly EditorComment[]; className?: string }) {
  if (comments.length === 0) return null;
  return (
    <div className={cn("mt-1 space-y-1", className)}>
      {comments.map((c) => (
        <p key={c.id} data-review-comment={c.target} className="rounded border border-amber-200 bg-amber-50 px-2 py-1 text-xs text-amber-900">
          <span className="font-medium">审核意见：</span>{c.comment}
          <span className="ml-1 text-amber-700">（{c.actorName}）</span>
        </p>
      ))}
    </div>
  );
}

export function FindingNotes({ findings }: { findings: readonly DeclarationFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <div className="space-y-0.5">
      {findings.map((f) => (
        <p key={f.message} data-finding={f.field} data-severity={f.severity} className={cn("text-xs", f.severity === "hard" ? "text-red-700" : "text-amber-700")}>
          <span className="font-medium">{f.severity === "hard" ? "须改正：" : "提示："}</span>{f.message}
        </p>
      ))}
    </div>
  );
}

export function ErrorText({ id, path, message }: { id: string; path: string; message?: string | null }) {
  if (!message) return null;
  return <p id={id} className="mt-1 text-xs text-red-600" data-field-error={path}>{message}</p>;
}

/** A labelled input or textarea bound to one document field (path as the server names it, without "doc."). */
export function LabelledInput({
  path, label, value, onChange, multiline, rows = 3, type = "text", required, hint, className, readOnly, commentTarget, inputMode, extra,
}: {
  path: string; label: string; value: string; onChange?: (value: string) => void; multiline?: boolean; rows?: number; type?: string;
  required?: boolean; hint?: ReactNode; className?: string; readOnly?: boolean; commentTarget?: string; inputMode?: "decimal" | "text";
  extra?: ReactNode;
}) {
  const ctx = useEditor();
  const id = ctx.idFor(path);
  const error = ctx.error(path);
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  const common = {
    id, value, readOnly, "aria-invalid": !!error, "aria-describedby": describedBy, "aria-required": required || undefined,
    className: inputClass,
    onChange: (e: { target: { value: string } }) => onChange?.(e.target.value),
  };
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block font-medium text-slate-700">
        {label}
        {required && <span className="ml-0.5 text-red-600" aria-hidden>*</span>}
      </label>
      {multiline ? <textarea rows={rows} {...common} /> : <input type={type} inputMode={inputMode} {...common} />}
      {error ? <ErrorText id={`${id}-error`} path={`doc.${path}`} message={error} /> : hint ? <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">{hint}</p> : null}
      {extra}
      {commentTarget && <ReviewNotes comments={ctx.comments(commentTarget)} />}
    </div>
  );
}

/** "80 万元" under an amount typed in 元; "金额格式不正确" when it does not read as one. */
export function WanHint({ text }: { text: string | null | undefined }) {
  const fen = typedFen(text);
  if (fen === null) return null;
  return fen === "invalid"
    ? <span className="block text-xs text-red-600">金额格式不正确（按元填写，最多两位小数）</span>
    : <span className="block text-xs text-slate-500">{formatWan(fen)} 万元</span>;
}

export function Section({ id, title, children, className }: { id: string; title: string; children: ReactNode; className?: string }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={cn("space-y-3 border-t border-slate-200 pt-4", className)}>
      <h3 id={`${id}-title`} className="text-base font-semibold text-slate-800">{title}</h3>
      {children}
    </section>
  );
}
