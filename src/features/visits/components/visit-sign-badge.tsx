import { Badge } from "@/components/ui/card";
import type { VisitSignState } from "../queries";

const LABEL: Record<VisitSignState, string> = { unsigned: "未签名", workerSigned: "待负责人签署", signed: "已签署" };
const TONE = { unsigned: "slate", workerSigned: "amber", signed: "green" } as const;

/** Where a visit stands on its signature lines (and its revision, once corrected). */
export function VisitSignBadge({ state, revision }: { state: VisitSignState; revision: number }) {
  return (
    <span className="inline-flex items-center gap-1">
      <Badge tone={TONE[state]}>{LABEL[state]}</Badge>
      {revision > 1 && <span className="text-xs text-slate-500">第 {revision} 版</span>}
    </span>
  );
}
