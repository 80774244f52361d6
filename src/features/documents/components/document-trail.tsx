import type { ReactNode } from "react";
import type { SignRole } from "@/generated/prisma/enums";
import { formatDateTime } from "@/lib/dates";
import { DOCUMENT_EVENT_LABELS, REVIEW_STATUS_LABELS, SIGN_ROLE_LABELS } from "@/lib/labels";
import type { DocumentTrail as Trail, DocumentRevisionView } from "../queries";

/** The signature lines of the form: who signed when, or 未签名. */
export function SignoffList({ signers, signoffs }: { signers: readonly SignRole[]; signoffs: Trail["signoffs"] }) {
  return (
    <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm" data-testid="signoffs">
      {signers.map((role) => {
        const s = signoffs.find((x) => x.role === role);
        return (
          <li key={role}>
            {SIGN_ROLE_LABELS[role]}（签名）：{s ? <span className="text-green-700">{s.userName} · {formatDateTime(s.signedAt)}</span> : <span className="text-slate-400">未签名</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** The document's history (who, when, from → to, comment). */
export function DocumentHistory({ events }: { events: Trail["events"] }) {
  if (events.length === 0) return null;
  return (
    <table className="min-w-full text-left text-sm" data-testid="document-history">
      <thead className="text-slate-600"><tr><th className="py-1 pr-3">时间</th><th className="pr-3">操作人</th><th className="pr-3">操作</th><th className="pr-3">状态</th><th>意见</th></tr></thead>
      <tbody className="divide-y divide-slate-100">
        {events.map((e) => (
          <tr key={e.id}>
            <td className="py-1 pr-3">{formatDateTime(e.at)}</td>
            <td className="pr-3">{e.actorName}</td>
            <td className="pr-3">{DOCUMENT_EVENT_LABELS[e.event as keyof typeof DOCUMENT_EVENT_LABELS] ?? e.event}</td>
            <td className="pr-3">{e.toStatus ? `${e.fromStatus ? `${REVIEW_STATUS_LABELS[e.fromStatus]} → ` : ""}${REVIEW_STATUS_LABELS[e.toStatus]}` : ""}</td>
            <td className="whitespace-pre-wrap">{e.comment}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Kept revisions (已更正的版本), each rendered by the form's own renderer from the decrypted old row,
 * with the signatures it carried.
 */
export function RevisionList({ revisions, render }: { revisions: DocumentRevisionView[]; render: (content: Record<string, unknown>) => ReactNode }) {
  if (revisions.length === 0) return null;
  return (
    <div className="space-y-2" data-testid="revisions">
      {revisions.map((r) => (
        <details key={r.revision} className="rounded border border-slate-200 p-3" data-testid={`revision-${r.revision}`}>
          <summary className="cursor-pointer text-sm">
            第 {r.revision} 版（已更正，只读）· {r.correctedByName} 于 {formatDateTime(r.correctedAt)} 更正
          </summary>
          <div className="mt-3 space-y-2">
            {render(r.content)}
            <ul className="text-sm text-slate-600">
              {r.signoffs.map((s) => <li key={s.role}>{SIGN_ROLE_LABELS[s.role]}签名：{s.userName} · {formatDateTime(s.signedAt)}</li>)}
            </ul>
          </div>
        </details>
      ))}
    </div>
  );
}
