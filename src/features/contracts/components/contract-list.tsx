// The contracts list of every area (bureau, street office, contractor): the same columns and filters.
import Link from "next/link";
import { DataTable, FilterSelect } from "@/components/data-table";
import { formatCalendarDate } from "@/lib/dates";
import { CONTRACT_STATUS_LABELS, optionsOf } from "@/lib/labels";
import type { ListParams } from "@/lib/list-params";
import { formatWan, formatYuan } from "@/lib/money";
import type { ContractListRow, contractListOptions } from "../queries";
import { ContractStatusBadge } from "./contract-overview";

type Options = Awaited<ReturnType<typeof contractListOptions>>;

export function ContractTable({ rows, total, params, basePath, options, showContractor = true }: {
  rows: ContractListRow[];
  total: number;
  params: ListParams;
  basePath: string;
  options: Options;
  showContractor?: boolean;
}) {
  return (
    <DataTable
      basePath={basePath}
      params={params}
      total={total}
      rows={rows}
      searchPlaceholder="合同编号或项目名称"
      empty="暂无服务项目"
      filters={
        <>
          <FilterSelect name="status" value={params.filters.status} placeholder="全部状态" options={optionsOf(CONTRACT_STATUS_LABELS)} />
          {showContractor && <FilterSelect name="contractor" value={params.filters.contractor} placeholder="全部承接机构" options={options.contractors.map((c) => ({ value: c.id, label: c.name }))} />}
          <FilterSelect name="station" value={params.filters.station} placeholder="全部服务站点" options={options.stations.map((s) => ({ value: s.id, label: s.name }))} />
          <FilterSelect name="year" value={params.filters.year} placeholder="全部年度" options={options.years.map((y) => ({ value: y, label: `${y} 年` }))} />
        </>
      }
      columns={[
        { key: "code", label: "合同编号", sortable: true, render: (r) => <Link className="font-mono text-brand-700 hover:underline" href={`${basePath}/${r.id}`}>{r.code}</Link> },
        { key: "name", label: "项目名称", sortable: true, render: (r) => <Link className="text-brand-700 hover:underline" href={`${basePath}/${r.id}`}>{r.name}</Link> },
        ...(showContractor ? [{ key: "contractor", label: "承接机构", render: (r: ContractListRow) => r.contractor.name }] : []),
        { key: "stations", label: "服务站点", render: (r) => r.stations.map((s) => s.name).join("、") },
        { key: "startsOn", label: "服务期限", sortable: true, className: "whitespace-nowrap", render: (r) => `${formatCalendarDate(r.startsOn)} 至 ${formatCalendarDate(r.endsOn)}` },
        { key: "amount", label: "项目金额（元）", sortable: true, className: "whitespace-nowrap text-right", render: (r) => <span title={`${formatWan(r.amount)} 万元`}>{formatYuan(r.amount)}</span> },
        { key: "paid", label: "已拨付 / 金额", className: "whitespace-nowrap text-right", render: (r) => `${formatYuan(r.paid)} / ${formatYuan(r.amount)}` },
        { key: "status", label: "状态", sortable: true, render: (r) => <ContractStatusBadge status={r.status} /> },
      ]}
    />
  );
}
