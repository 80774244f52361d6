import Link from "next/link";
import { requireActor } from "@/server/auth";
import type { Actor } from "@/server/permissions";
import { overrideNotices } from "../queries";

/**
 * For a supervisor: a notice of the 生命第一 overrides on their supervisees' cases that they have not
 * acknowledged yet, linking to /station/overrides. Renders nothing when there are none (or for anyone else).
 */
export async function OverrideNotices({ actor }: { actor?: Actor } = {}) {
  const rows = await overrideNotices(actor ?? (await requireActor()));
  if (rows.length === 0) return null;
  return (
    <div role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800" data-testid="override-notices">
      <p className="font-medium">有 {rows.length} 条“生命第一”紧急查阅记录待您知悉</p>
      <ul className="mt-1 list-disc pl-5">
        {rows.slice(0, 5).map((o) => (
          <li key={o.id}>{o.userName} 查阅了个案 <span className="font-mono">{o.caseNumber}</span>（负责社工 {o.workerName}）</li>
        ))}
      </ul>
      <Link className="mt-1 inline-block text-red-900 underline" href="/station/overrides">查看理由并确认知悉</Link>
    </div>
  );
}
