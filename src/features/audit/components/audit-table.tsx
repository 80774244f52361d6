import { DataTable, FilterSelect } from "@/components/data-table";
import { Badge } from "@/components/ui/card";
import type { Role } from "@/generated/prisma/enums";
import { formatDateTime } from "@/lib/dates";
import { AUDIT_ACTION_LABELS, AUDIT_OUTCOME_LABELS, AUDIT_TARGET_LABELS, optionsOf, ROLE_LABELS } from "@/lib/labels";
import type { ListParams } from "@/lib/list-params";
import type { listAuditLogs } from "../queries";

type Row = Awaited<ReturnType<typeof listAuditLogs>>["rows"][number];

const OUTCOME_TONE = { SUCCESS: "green", FAILURE: "amber", DENIED: "red" } as const;

const roleNames = (roles: string | null) =>
  (roles ?? "").split(",").filter(Boolean).map((r) => (Object.hasOwn(ROLE_LABELS, r) ? ROLE_LABELS[r as Role] : r)).join("、");

const detailUsername = (detail: unknown) =>
  typeof detail === "object" && detail !== null && typeof (detail as { username?: unknown }).username === "string" ? (detail as { username: string }).username : null;

function ActorCell({ row }: { row: Row }) {
  if (!row.actorName) {
    // Sign-in events are written before there is a session: the account is named by the username typed.
    const username = detailUsername(row.detail);
    return username ? (
      <div>
        <div className="font-mono">{username}</div>
        <div className="text-xs text-slate-500">登录名（未建立会话）</div>
      </div>
    ) : <span className="text-slate-400">—</span>;
  }
  return (
    <div>
      <div>{row.actorName}</div>
      {row.actorRoles && <div className="text-xs text-slate-500">{roleNames(row.actorRoles)}</div>}
    </div>
  );
}

function DateInput({ name, value, label }: { name: string; value?: string; label: string }) {
  return (
    <label className="inline-flex items-center gap-1 text-slate-600">
      {label}
      <input type="date" name={name} defaultValue={value ?? ""} aria-label={label} className="rounded-md border border-slate-300 px-2 py-1" />
    </label>
  );
}

export function AuditTable({ rows, total, params }: { rows: Row[]; total: number; params: ListParams }) {
  const selected = params.filters.action;
  const actions = optionsOf(AUDIT_ACTION_LABELS);
  if (selected && !Object.hasOwn(AUDIT_ACTION_LABELS, selected)) actions.push({ value: selected, label: selected });
  return (
    <DataTable
      basePath="/audit"
      params={params}
      total={total}
      rows={rows}
      searchPlaceholder="操作人姓名或用户名"
      empty="没有符合条件的审计记录"
      filters={
        <>
          <DateInput name="from" value={params.filters.from} label="自" />
          <DateInput name="to" value={params.filters.to} label="至" />
          <FilterSelect name="action" value={selected} placeholder="全部操作" options={actions} />
          <FilterSelect name="outcome" value={params.filters.outcome} placeholder="全部结果" options={optionsOf(AUDIT_OUTCOME_LABELS)} />
        </>
      }
      columns={[
        { key: "at", label: "时间（北京时间）", className: "whitespace-nowrap", render: (r) => formatDateTime(r.at) },
        { key: "actor", label: "操作人", render: (r) => <ActorCell row={r} /> },
        { key: "ip", label: "IP 地址", render: (r) => <span className="font-mono text-xs">{r.ip ?? "—"}</span> },
        {
          key: "action",
          label: "操作",
          render: (r) => (
            <div>
              <div>{AUDIT_ACTION_LABELS[r.action] ?? r.action}</div>
              <div className="font-mono text-xs text-slate-400">{r.action}</div>
            </div>
          ),
        },
        { key: "target", label: "对象", render: (r) => (r.targetType ? <>{AUDIT_TARGET_LABELS[r.targetType] ?? r.targetType}{r.targetId && <div className="font-mono text-xs text-slate-500">{r.targetId}</div>}</> : "—") },
        { key: "outcome", label: "结果", className: "whitespace-nowrap", render: (r) => <Badge tone={OUTCOME_TONE[r.outcome]}>{AUDIT_OUTCOME_LABELS[r.outcome]}</Badge> },
        {
          key: "detail",
          label: "详情",
          render: (r) =>
            r.detail === null ? "—" : (
              <details>
                <summary className="cursor-pointer text-brand-700">展开</summary>
                <pre className="mt-1 max-w-md overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs">{JSON.stringify(r.detail, null, 2)}</pre>
              </details>
            ),
        },
      ]}
    />
  );
}
