// Server components shared by the bureau's detail page and the contractor's own home page.
import Link from "next/link";
import type { Contractor as ContractorRow } from "@/generated/prisma/client";
import type { AnnualInspection, StationLevel } from "@/generated/prisma/enums";
import { Badge, Card, DefinitionList, Stat } from "@/components/ui/card";
import { formatCalendarDate } from "@/lib/dates";
import { ANNUAL_INSPECTION_LABELS, EVALUATION_GRADE_LABELS, STATION_LEVEL_LABELS } from "@/lib/labels";

/** The contractor's own fields, as the form and the overview show them. */
export type ContractorInfo = Omit<ContractorRow, "id" | "districtId" | "version" | "createdAt" | "updatedAt">;

type StationRow = { id: string; name: string; level: StationLevel; streetOffice: { name: string } };

const INSPECTION_TONE: Record<AnnualInspection, "green" | "amber" | "red" | "slate"> = {
  QUALIFIED: "green",
  BASICALLY_QUALIFIED: "amber",
  UNQUALIFIED: "red",
  NOT_INSPECTED: "slate",
};

export function AnnualInspectionBadge({ value, year }: { value: AnnualInspection; year: number | null }) {
  return <Badge tone={INSPECTION_TONE[value]}>{year ? `${year} 年度 · ` : ""}{ANNUAL_INSPECTION_LABELS[value]}</Badge>;
}

export function ContractorDetails({ contractor }: { contractor: ContractorInfo }) {
  return (
    <DefinitionList
      items={[
        { label: "机构名称", value: contractor.name },
        { label: "统一社会信用代码", value: <span className="font-mono">{contractor.creditCode}</span> },
        { label: "法定代表人", value: contractor.legalRepresentative },
        { label: "登记管理机关", value: contractor.registrationAuthority },
        { label: "登记日期", value: formatCalendarDate(contractor.registeredOn) },
        { label: "年检结论", value: <AnnualInspectionBadge value={contractor.annualInspection} year={contractor.annualInspectionYear} /> },
        { label: "评估等级", value: EVALUATION_GRADE_LABELS[contractor.evaluationGrade] },
        { label: "联系人", value: contractor.contactPerson },
        { label: "联系电话", value: contractor.contactPhone },
        { label: "机构地址", value: contractor.address },
      ]}
    />
  );
}

export function ContractorFigures({ stations, activeStaff, staffHref }: { stations: number; activeStaff: number; staffHref?: string }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Stat label="承接的社工站（室）" value={stations} />
      <Stat
        label="在岗派驻人员"
        value={activeStaff}
        hint={staffHref ? <Link href={staffHref} className="text-brand-700 hover:underline">查看派驻人员</Link> : undefined}
      />
    </div>
  );
}

export function ContractorStations({ stations, basePath }: { stations: StationRow[]; basePath: string }) {
  return (
    <Card title="承接的社工站（室）">
      <ul className="divide-y divide-slate-100">
        {stations.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <Link href={`${basePath}/${s.id}`} className="text-brand-700 hover:underline">{s.name}</Link>
            <span className="flex gap-1"><Badge>{STATION_LEVEL_LABELS[s.level]}</Badge><Badge tone="blue">{s.streetOffice.name}</Badge></span>
          </li>
        ))}
        {stations.length === 0 && <li className="py-2 text-slate-400">暂未承接社工站</li>}
      </ul>
    </Card>
  );
}
