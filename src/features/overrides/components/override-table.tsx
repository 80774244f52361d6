import Link from "next/link";
import { Badge } from "@/components/ui/card";
import { formatDateTime } from "@/lib/dates";
import type { OverrideView } from "../queries";
import { AcknowledgeButton } from "./acknowledge-button";

/**
 * Overrides: who opened which case when, why, until when, and whether the supervisor has acknowledged it.
 * `acknowledge` offers 已知悉 on unacknowledged rows (the supervisor's view); `linkCases` links the case
 * number (for those who may read the case).
 */
export function OverrideTable({ rows, acknowledge = false, linkCases = true, now = new Date(), testId }: { rows: OverrideView[]; acknowledge?: boolean; linkCases?: boolean; now?: Date; testId?: string }) {
  return (
    <table className="min-w-full text-left text-sm" data-testid={testId}>
      <thead className="text-slate-600">
        <tr><th className="py-2 pr-3">个案编号</th><th className="pr-3">负责社工</th><th className="pr-3">查阅人</th><th className="pr-3">开启时间</th><th className="pr-3">有效至</th><th className="pr-3">理由</th><th className="pr-3">督导确认</th>{acknowledge && <th />}</tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((o) => (
          <tr key={o.id} className="align-top">
            <td className="py-2 pr-3 font-mono">{linkCases ? <Link className="text-brand-700 hover:underline" href={`/station/cases/${o.caseId}`}>{o.caseNumber}</Link> : o.caseNumber}</td>
            <td className="pr-3">{o.workerName}</td>
            <td className="pr-3">{o.userName}</td>
            <td className="pr-3">{formatDateTime(o.openedAt)}</td>
            <td className="pr-3">{formatDateTime(o.expiresAt)}{o.expiresAt > now ? <> <Badge tone="red">有效</Badge></> : <> <Badge>已过期</Badge></>}</td>
            <td className="max-w-md whitespace-pre-wrap pr-3">{o.reason}</td>
            <td className="pr-3">{o.reviewedAt ? `${o.reviewedByName ?? ""} · ${formatDateTime(o.reviewedAt)}` : <Badge tone="amber">待知悉</Badge>}</td>
            {acknowledge && <td>{!o.reviewedAt && <AcknowledgeButton overrideId={o.id} />}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
