import Link from "next/link";
import type { ReactNode } from "react";
import { ArrowDown, ArrowUp, ArrowUpDown, Search } from "lucide-react";
import { hrefWith, type ListParams } from "@/lib/list-params";

export type Column<T> = { key: string; label: string; sortable?: boolean; className?: string; render: (row: T) => ReactNode };

/** Server-rendered table: search, sort and paging are links/GET forms over the URL. */
export function DataTable<T extends { id: string }>({
  rows, columns, total, params, basePath, searchPlaceholder = "搜索", filters, empty = "暂无数据",
}: {
  rows: T[];
  columns: Column<T>[];
  total: number;
  params: ListParams;
  basePath: string;
  searchPlaceholder?: string;
  filters?: ReactNode;
  empty?: string;
}) {
  const pages = Math.max(1, Math.ceil(total / params.pageSize));
  return (
    <div className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <form method="get" action={basePath} className="flex flex-wrap items-center gap-2 border-b border-slate-100 p-3">
        <div className="relative">
          <Search className="pointer-events-none absolute left-2 top-2 h-4 w-4 text-slate-400" />
          <input name="q" defaultValue={params.q} placeholder={searchPlaceholder} aria-label="搜索" className="w-64 rounded-md border border-slate-300 py-1.5 pl-8 pr-2" />
        </div>
        {filters}
        <input type="hidden" name="sort" value={params.sort} />
        <input type="hidden" name="dir" value={params.dir} />
        <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50">查询</button>
        <span className="ml-auto text-slate-500">共 {total} 条</span>
      </form>
      <div className="overflow-x-auto">
        <table className="min-w-full text-left">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" className={`whitespace-nowrap px-3 py-2 font-medium ${c.className ?? ""}`}>
                  {c.sortable ? (
                    <Link
                      href={hrefWith(basePath, params, { sort: c.key, dir: params.sort === c.key && params.dir === "asc" ? "desc" : "asc", page: 1 })}
                      className="inline-flex items-center gap-1 hover:text-slate-900"
                    >
                      {c.label}
                      {params.sort === c.key ? (params.dir === "asc" ? <ArrowUp className="h-3 w-3" /> : <ArrowDown className="h-3 w-3" />) : <ArrowUpDown className="h-3 w-3 opacity-40" />}
                    </Link>
                  ) : c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? (
              <tr><td colSpan={columns.length} className="px-3 py-8 text-center text-slate-400">{empty}</td></tr>
            ) : rows.map((row) => (
              <tr key={row.id} className="hover:bg-slate-50">
                {columns.map((c) => <td key={c.key} className={`px-3 py-2 align-top ${c.className ?? ""}`}>{c.render(row)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label="分页" className="flex items-center justify-end gap-2 border-t border-slate-100 p-3">
          {params.page > 1 && <Link className="rounded border px-2 py-1" href={hrefWith(basePath, params, { page: params.page - 1 })}>上一页</Link>}
          <span>第 {params.page} / {pages} 页</span>
          {params.page < pages && <Link className="rounded border px-2 py-1" href={hrefWith(basePath, params, { page: params.page + 1 })}>下一页</Link>}
        </nav>
      )}
    </div>
  );
}

export function FilterSelect({ name, value, options, placeholder }: { name: string; value?: string; options: { value: string; label: string }[]; placeholder: string }) {
  return (
    <select name={name} defaultValue={value ?? ""} aria-label={placeholder} className="rounded-md border border-slate-300 px-2 py-1.5">
      <option value="">{placeholder}</option>
      {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
    </select>
  );
}
