import { Card } from "@/components/ui/card";
import type { CaseHeader } from "@/features/cases/queries";
import { caseOverrides } from "../queries";
import { OverrideTable } from "./override-table";

/**
 * The case overview's 生命第一紧急查阅记录, for the responsible worker and their supervisor (the supervisor
 * can acknowledge here). Renders nothing for others or when the case was never opened by an override.
 */
export async function CaseOverridesCard({ header }: { header: CaseHeader }) {
  const rows = await caseOverrides(header);
  if (rows.length === 0) return null;
  return (
    <Card title="生命第一紧急查阅记录">
      <p className="mb-2 text-xs text-slate-500">站点负责人因服务对象生命安全紧急查阅本档案的记录（理由加密保存）。督导确认知悉后记录保留。</p>
      <OverrideTable rows={rows} acknowledge={header.role === "supervisor"} linkCases={false} testId="case-overrides" />
    </Card>
  );
}
