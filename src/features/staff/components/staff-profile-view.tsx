import { Badge, Card, DefinitionList, PageHeader } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import type { StaffProfile } from "@/generated/prisma/client";
import { formatCalendarDate, formatDateTime } from "@/lib/dates";
import {
  CERTIFICATE_LEVEL_LABELS, CONVERTED_FROM_LABELS, EDUCATION_LABELS, GENDER_LABELS, POST_TYPE_LABELS, SERVICE_DOMAIN_LABELS, STATION_POSITION_LABELS,
} from "@/lib/labels";
import { mask } from "@/lib/validators";
import { educationWarning, formatBirthMonth } from "../rules";
import { StaffProfileForm, type StaffFormProfile, type StaffFormStation } from "./staff-profile-form";

type Profile = StaffProfile & { station: { id: string; name: string }; contractor: { id: string; name: string } | null };

export function toStaffFormProfile(p: Profile): StaffFormProfile {
  return {
    id: p.id, version: p.version, stationId: p.stationId, contractorId: p.contractorId, name: p.name, gender: p.gender, birthMonth: p.birthMonth,
    phone: p.phone, education: p.education, school: p.school, major: p.major, employer: p.employer, jobTitle: p.jobTitle, position: p.position,
    postType: p.postType, convertedFrom: p.convertedFrom, certificateLevel: p.certificateLevel, certificateNumber: p.certificateNumber,
    serviceDomains: p.serviceDomains, startedOn: formatCalendarDate(p.startedOn), isActive: p.isActive, remarks: p.remarks,
  };
}

/** Detail page body of one register row: the edit form for managers, a read-only sheet otherwise. */
export function StaffProfileView({ profile, canEdit, area, listHref, options }: {
  profile: Profile;
  canEdit: boolean;
  area: "station" | "bureau" | "contractor";
  listHref: string;
  options: { stations: StaffFormStation[]; contractors: { id: string; name: string; districtId: string }[] };
}) {
  const warning = educationWarning(profile);
  return (
    <>
      <PageHeader
        title={profile.name}
        description={<>{profile.station.name} · {STATION_POSITION_LABELS[profile.position]} · {POST_TYPE_LABELS[profile.postType]} {profile.isActive ? <Badge tone="green">在岗</Badge> : <Badge>离岗</Badge>}</>}
        actions={<ButtonLink href={listHref}>返回列表</ButtonLink>}
      />
      {warning && <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-800" role="status">⚠ {warning}。按指引，专业服务岗位应具备大专及以上学历，事务性岗位应具备初中及以上学历。</p>}
      <Card title={canEdit ? "编辑驻站人员信息" : "驻站人员信息"}>
        {canEdit ? (
          <StaffProfileForm area={area} stations={options.stations} contractors={options.contractors} profile={toStaffFormProfile(profile)} />
        ) : (
          <DefinitionList
            items={[
              { label: "性别", value: GENDER_LABELS[profile.gender] },
              { label: "出生年月", value: formatBirthMonth(profile.birthMonth) },
              { label: "联系电话", value: profile.phone ? mask(profile.phone, 3, 4) : null },
              { label: "学历", value: EDUCATION_LABELS[profile.education] },
              { label: "毕业院校", value: profile.school },
              { label: "所学专业", value: profile.major },
              { label: "工作单位及职务", value: `${profile.employer} ${profile.jobTitle}` },
              { label: "派驻机构", value: profile.contractor?.name },
              { label: "转岗来源", value: profile.convertedFrom ? CONVERTED_FROM_LABELS[profile.convertedFrom] : null },
              { label: "证书", value: profile.certificateLevel === "NONE" ? "无" : `${CERTIFICATE_LEVEL_LABELS[profile.certificateLevel]}（${profile.certificateNumber}）` },
              { label: "服务领域", value: profile.serviceDomains.map((d) => SERVICE_DOMAIN_LABELS[d]).join("、") },
              { label: "到岗日期", value: formatCalendarDate(profile.startedOn) },
              { label: "备注", value: profile.remarks },
            ]}
          />
        )}
        <p className="mt-4 text-xs text-slate-400">最后更新：{formatDateTime(profile.updatedAt)}</p>
      </Card>
    </>
  );
}
