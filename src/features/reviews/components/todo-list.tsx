import Link from "next/link";
import { Badge, Card } from "@/components/ui/card";
import type { TodoItem } from "../queries";

/** 待办事项: what needs this person's hand, most urgent first. */
export function TodoList({ items, title = "待办事项", limit = 12, moreHref }: { items: TodoItem[]; title?: string; limit?: number; moreHref?: string }) {
  return (
    <Card title={`${title}（${items.length}）`} actions={moreHref && items.length > limit ? <Link href={moreHref} className="text-sm text-brand-700 hover:underline">查看全部</Link> : undefined}>
      {items.length === 0 ? (
        <p className="text-sm text-slate-500">暂无待办事项。</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="todo">
          {items.slice(0, limit).map((t) => (
            <li key={t.id} className="flex flex-wrap items-center gap-2 py-2">
              <Badge tone={t.tone}>{t.note}</Badge>
              <Link href={t.href} className="text-brand-700 hover:underline">{t.title}</Link>
              <span className="text-xs text-slate-500">{t.kindLabel} · {t.project}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
