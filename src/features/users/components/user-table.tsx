import Link from "next/link";
import { DataTable, FilterSelect } from "@/components/data-table";
import { ROLE_LABELS, optionsOf } from "@/lib/labels";
import { formatDateTime } from "@/lib/dates";
import type { ListParams } from "@/lib/list-params";
import { USER_STATUS_FILTERS, type listUsers } from "../queries";
import { unitNameOf, UserStatusBadges } from "./user-status";

type Rows = Awaited<ReturnType<typeof listUsers>>["rows"];

/** The account list of either area; `districts` (system administrator) adds the district column and filter. */
export function UserTable({ rows, total, params, basePath, districts }: {
  rows: Rows;
  total: number;
  params: ListParams;
  basePath: string;
  districts?: { id: string; name: string; cityName: string }[];
}) {
  return (
    <DataTable
      basePath={basePath}
      params={params}
      total={total}
      rows={rows}
      searchPlaceholder="用户名或姓名"
      filters={
        <>
          <FilterSelect name="role" value={params.filters.role} placeholder="全部角色" options={optionsOf(ROLE_LABELS)} />
          <FilterSelect name="status" value={params.filters.status} placeholder="全部状态" options={optionsOf(USER_STATUS_FILTERS)} />
          {districts && (
            <FilterSelect
              name="districtId"
              value={params.filters.districtId}
              placeholder="全部区县"
              options={[...districts.map((d) => ({ value: d.id, label: `${d.cityName}${d.name}` })), { value: "none", label: "平台账号（无区县）" }]}
            />
          )}
        </>
      }
      columns={[
        { key: "username", label: "用户名", sortable: true, render: (r) => <Link className="font-mono text-brand-700 hover:underline" href={`${basePath}/${r.id}`}>{r.username}</Link> },
        { key: "name", label: "姓名", sortable: true, render: (r) => r.name },
        ...(districts ? [{ key: "district", label: "所属区县", render: (r: Rows[number]) => r.district?.name ?? "平台账号" }] : []),
        {
          key: "roles",
          label: "角色及单位",
          render: (r) => (
            <ul className="space-y-0.5">
              {r.memberships.map((m) => <li key={m.id}>{ROLE_LABELS[m.role]}{unitNameOf(m) ? <span className="text-slate-500"> · {unitNameOf(m)}</span> : null}</li>)}
              {r.memberships.length === 0 && <li className="text-slate-400">未授予角色</li>}
            </ul>
          ),
        },
        { key: "status", label: "状态", render: (r) => <UserStatusBadges user={r} /> },
        { key: "lastLoginAt", label: "最近登录", sortable: true, render: (r) => formatDateTime(r.lastLoginAt) || <span className="text-slate-400">从未登录</span> },
        { key: "createdAt", label: "创建时间", sortable: true, render: (r) => formatDateTime(r.createdAt) },
      ]}
    />
  );
}
