// The finance rules' findings on one expense, in the guide's words: 不得 (red) and 建议 / 须补材料 (amber).
import { Badge } from "@/components/ui/card";
import type { Finding } from "@/features/budgets/rules";

export function FindingList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return <p className="text-sm text-green-700" data-testid="expense-findings">符合财务管理指引，未发现问题。</p>;
  return (
    <ul className="space-y-2 text-sm" data-testid="expense-findings">
      {findings.map((f, i) => (
        <li key={`${f.rule}-${i}`} className="flex gap-2">
          {f.severity === "hard" ? <Badge tone="red">不得</Badge> : f.rule === "PURCHASE_DOCS" ? <Badge tone="amber">须补材料</Badge> : <Badge tone="amber">提示</Badge>}
          <span>{f.message}</span>
        </li>
      ))}
    </ul>
  );
}
