import Link from "next/link";
import type { ReactNode } from "react";
import { DataTable, FilterSelect, type Column } from "@/components/data-table";
import { Badge } from "@/components/ui/card";
import type { CertificateLevel, Education, Gender, PostType, ServiceDomain, StationPosition } from "@/generated/prisma/enums";
import { CERTIFICATE_LEVEL_LABELS, EDUCATION_LABELS, GENDER_LABELS, optionsOf, POST_TYPE_LABELS, SERVICE_DOMAIN_LABELS, STATION_POSITION_LABELS } from "@/lib/labels";
import type { ListParams } from "@/lib/list-params";
import { mask } from "@/lib/validators";
import { educationWarning, formatBirthMonth } from "../rules";

export type StaffListRow = {
  id: string; name: string; gender: Gender; birthMonth: string; phone: string | null; education: Education; school: string; position: StationPosition;
  postType: PostType; certificateLevel: CertificateLevel; serviceDomains: ServiceDomain[]; isActive: boolean;
  station: { name: string; streetOffice: { name: string } }; contractor: { name: string } | null;
};

const CERT_FILTER_OPTIONS = [{ value: "CERTIFIED", label: "持证（任一等级）" }, ...optionsOf(CERTIFICATE_LEVEL_LABELS).map((o) => (o.value === "NONE" ? { value: "NONE", label: "无证书" } : o))];

/** The register list shared by the station, bureau and contractor pages. */
export function StaffTable({ rows, total, params, basePath, showStation, extraFilters }: {
  rows: StaffListRow[]; total: number; params: ListParams; basePath: string; showStation: boolean; extraFilters?: ReactNode;
}) {
  const columns: Column<StaffListRow>[] = [
    { key: "name", label: "姓名", sortable: true, render: (r) => <Link className="text-brand-700 hover:underline" href={`${basePath}/${r.id}`}>{r.name}</Link> },
    { key: "gender", label: "性别", render: (r) => GENDER_LABELS[r.gender] },
    { key: "birthMonth", label: "出生年月", sortable: true, render: (r) => formatBirthMonth(r.birthMonth) },
    ...(showStation ? [{ key: "station", label: "社工站", sortable: true, render: (r: StaffListRow) => <span title={r.station.name}>{r.station.streetOffice.name}</span> }] : []),
    { key: "position", label: "职务 / 岗位", sortable: true, render: (r) => <>{STATION_POSITION_LABELS[r.position]}<div className="text-xs text-slate-500">{POST_TYPE_LABELS[r.postType]}</div></> },
    { key: "contractor", label: "派驻机构", render: (r) => r.contractor?.name ?? <span className="text-slate-400">—</span> },
    {
      key: "education", label: "学历 / 毕业院校",
      render: (r) => {
        const warning = educationWarning(r);
        return (
          <>
            {EDUCATION_LABELS[r.education]} {warning && <span title={warning}><Badge tone="amber">学历未达岗位要求</Badge></span>}
            <div className="text-xs text-slate-500">{r.school}</div>
          </>
        );
      },
    },
    { key: "certificateLevel", label: "证书", sortable: true, className: "whitespace-nowrap", render: (r) => (r.certificateLevel === "NONE" ? <span className="text-slate-400">无</span> : <Badge tone="blue">{CERTIFICATE_LEVEL_LABELS[r.certificateLevel]}</Badge>) },
    { key: "domains", label: "服务领域", render: (r) => r.serviceDomains.map((d) => SERVICE_DOMAIN_LABELS[d]).join("、") },
    { key: "phone", label: "联系电话", render: (r) => (r.phone ? <span className="font-mono text-xs">{mask(r.phone, 3, 4)}</span> : "") },
    { key: "isActive", label: "状态", className: "whitespace-nowrap", render: (r) => (r.isActive ? <Badge tone="green">在岗</Badge> : <Badge>离岗</Badge>) },
  ];
  return (
    <DataTable
      basePath={basePath}
      params={params}
      total={total}
      rows={rows}
      columns={columns}
      searchPlaceholder="姓名或毕业院校"
      empty="暂无驻站人员"
      filters={
        <>
          {extraFilters}
          <FilterSelect name="postType" value={params.filters.postType} placeholder="全部岗位类型" options={optionsOf(POST_TYPE_LABELS)} />
          <FilterSelect name="cert" value={params.filters.cert} placeholder="全部证书等级" options={CERT_FILTER_OPTIONS} />
          <FilterSelect name="active" value={params.filters.active} placeholder="在岗与离岗" options={[{ value: "1", label: "在岗" }, { value: "0", label: "离岗" }]} />
        </>
      }
    />
  );
}
