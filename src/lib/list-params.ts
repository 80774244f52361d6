// Search, sort and paging of every list live in the URL (?q=&sort=&dir=&page=), so a view can be
// bookmarked, shared and reloaded.
export type SearchParams = Record<string, string | string[] | undefined>;

export type ListParams<S extends string = string> = {
  q: string;
  sort: S;
  dir: "asc" | "desc";
  page: number;
  pageSize: number;
  filters: Record<string, string>;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export function parseListParams<S extends string>(
  sp: SearchParams,
  { sortable, defaultSort, defaultDir = "asc", pageSize = 20, filters = [] }: { sortable: readonly S[]; defaultSort: S; defaultDir?: "asc" | "desc"; pageSize?: number; filters?: readonly string[] },
): ListParams<S> {
  const sort = sortable.includes(first(sp.sort) as S) ? (first(sp.sort) as S) : defaultSort;
  const dir = first(sp.dir) === "desc" ? "desc" : first(sp.dir) === "asc" ? "asc" : defaultDir;
  const page = Math.max(1, Math.floor(Number(first(sp.page))) || 1);
  return {
    q: first(sp.q).trim().slice(0, 50),
    sort,
    dir,
    page,
    pageSize,
    filters: Object.fromEntries(filters.map((f) => [f, first(sp[f]).slice(0, 64)]).filter(([, v]) => v !== "")),
  };
}

export function hrefWith(basePath: string, params: ListParams, change: Partial<Pick<ListParams, "sort" | "dir" | "page">>): string {
  const next = { ...params, ...change };
  const usp = new URLSearchParams();
  if (next.q) usp.set("q", next.q);
  for (const [k, v] of Object.entries(next.filters)) usp.set(k, v);
  usp.set("sort", next.sort);
  usp.set("dir", next.dir);
  if (next.page > 1) usp.set("page", String(next.page));
  return `${basePath}?${usp.toString()}`;
}

export const skipTake = (p: ListParams) => ({ skip: (p.page - 1) * p.pageSize, take: p.pageSize });
