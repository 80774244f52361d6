import Link from "next/link";
import { Download } from "lucide-react";
import { Badge, Card, DefinitionList } from "@/components/ui/card";
import { formatCalendarDate } from "@/lib/dates";
import {
  CERTIFICATE_LEVEL_LABELS, COMMUNITY_KIND_LABELS, EDUCATION_LABELS, OPERATION_MODE_LABELS, POST_TYPE_LABELS, STATION_LEVEL_LABELS, STATION_POSITION_LABELS,
} from "@/lib/labels";
import type { Area } from "@/lib/navigation";
import type { StationOverviewData } from "../queries";
import { ComplianceBadge, StaffingChecks } from "./compliance";

/** Where the staff register (驻站社工基本信息表) of a station lives in each area of the app. */
function staffRegisterHref(area: Area, stationId: string): string | null {
  switch (area) {
    case "bureau": return `/bureau/staff?station=${stationId}`;
    case "station": return `/station/staff?station=${stationId}`;
    case "contractor": return `/contractor/staff?station=${stationId}`;
    default: return null;
  }
}

/** A station at a glance: basic information, the staffing standard, its people and its communities. */
export function StationOverview({ data, area }: { data: StationOverviewData; area: Area }) {
  const { station, compliance, staff, communities } = data;
  const register = staffRegisterHref(area, station.id);
  const nameCheck = compliance?.nameCheck;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card title="基本信息" className="lg:col-span-2">
        <DefinitionList
          items={[
            { label: "站点名称", value: station.name },
            { label: "站点层级", value: STATION_LEVEL_LABELS[station.level] },
            { label: "所属街道", value: station.streetOffice.name },
            ...(station.community ? [{ label: "所在村（社区）", value: station.community.name }] : []),
            { label: "运营模式", value: OPERATION_MODE_LABELS[station.operationMode] },
            { label: "承接机构", value: station.contractor?.name ?? <span className="text-red-700">未引入承接机构</span> },
            { label: "站点地址", value: station.address },
            { label: "开放时间", value: station.openingHours },
            { label: "联系电话", value: station.phone },
            { label: "建站日期", value: formatCalendarDate(station.establishedOn) },
          ]}
        />
        {nameCheck?.applicable && !nameCheck.pass && (
          <p className="mt-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-800" data-testid="name-check">
            站点名称与标牌格式不一致，标准名称应为“{nameCheck.expected}”。
          </p>
        )}
      </Card>

      <Card title="人员配置标准" actions={compliance && <ComplianceBadge staffing={compliance.staffing} />} className="lg:col-span-2">
        {compliance ? <StaffingChecks staffing={compliance.staffing} /> : <p className="text-slate-400">暂无数据</p>}
      </Card>

      <Card
        title={`驻站人员（${staff.length} 名）`}
        className="lg:col-span-2"
        actions={
          <>
            <a href={`/api/exports/staff-register?stationId=${station.id}`} className="inline-flex items-center gap-1 text-brand-700 hover:underline">
              <Download className="h-4 w-4" />导出驻站社工基本信息表（Excel）
            </a>
            {register && <Link href={register} className="text-brand-700 hover:underline">查看驻站社工基本信息表</Link>}
          </>
        }
      >
        <div className="overflow-x-auto">
          <table className="min-w-full text-left" data-testid="staff-summary">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th className="px-3 py-2 font-medium">姓名</th>
                <th className="px-3 py-2 font-medium">站内职务</th>
                <th className="px-3 py-2 font-medium">岗位类型</th>
                <th className="px-3 py-2 font-medium">学历</th>
                <th className="px-3 py-2 font-medium">职业资格</th>
                <th className="px-3 py-2 font-medium">工作单位及职务</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {staff.map((s) => (
                <tr key={s.id}>
                  <td className="px-3 py-2">{s.name}</td>
                  <td className="px-3 py-2">{STATION_POSITION_LABELS[s.position]}</td>
                  <td className="px-3 py-2">{POST_TYPE_LABELS[s.postType]}</td>
                  <td className="px-3 py-2">{EDUCATION_LABELS[s.education]}</td>
                  <td className="px-3 py-2">{s.certificateLevel === "NONE" ? <span className="text-slate-400">无</span> : <Badge tone="blue">{CERTIFICATE_LEVEL_LABELS[s.certificateLevel]}</Badge>}</td>
                  <td className="px-3 py-2">{s.employer}<span className="ml-1 text-slate-500">{s.jobTitle}</span></td>
                </tr>
              ))}
              {staff.length === 0 && <tr><td colSpan={6} className="px-3 py-6 text-center text-slate-400">暂无在岗人员</td></tr>}
            </tbody>
          </table>
        </div>
      </Card>

      <Card title="志愿者">
        <p>
          在册志愿者 <strong className="text-2xl" data-testid="volunteer-count">{compliance?.staffing.counts.activeVolunteers ?? 0}</strong> 名
          {station.level === "TOWNSHIP" && <span className="ml-2 text-slate-500">（标准为不少于 30 名）</span>}
        </p>
      </Card>

      <Card title={`${station.streetOffice.name}的村（社区）`}>
        <ul className="flex flex-wrap gap-2">
          {communities.map((c) => (
            <li key={c.id}><Badge tone={c.kind === "URBAN" ? "blue" : "green"}>{c.name} · {COMMUNITY_KIND_LABELS[c.kind]}</Badge></li>
          ))}
          {communities.length === 0 && <li className="text-slate-400">暂无村（社区）</li>}
        </ul>
      </Card>
    </div>
  );
}
