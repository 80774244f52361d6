import { Badge } from "@/components/ui/card";
import { formatCalendarDate } from "@/lib/dates";
import type { AssessmentDeadline } from "../helpers";

/** 预估 status against the 5-working-day deadline. */
export function DeadlineBadge({ deadline, dueOn }: { deadline: AssessmentDeadline; dueOn: Date }) {
  const due = formatCalendarDate(dueOn);
  switch (deadline) {
    case "done": return <Badge tone="green">预估已完成</Badge>;
    case "overdue": return <Badge tone="red">预估逾期（应于 {due} 前完成）</Badge>;
    case "dueSoon": return <Badge tone="amber">预估即将到期（{due}）</Badge>;
    default: return <Badge tone="slate">预估截止 {due}</Badge>;
  }
}
