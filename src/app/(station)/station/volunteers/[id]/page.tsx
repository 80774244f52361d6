import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card, DefinitionList, PageHeader } from "@/components/ui/card";
import { VolunteerForm } from "@/features/volunteers/components/volunteer-form";
import { getVolunteer, volunteerFormOptions } from "@/features/volunteers/queries";
import { requireActor } from "@/server/auth";
import { formatCalendarDate, formatDate } from "@/lib/dates";
import { GENDER_LABELS } from "@/lib/labels";
import { mask } from "@/lib/validators";

export const metadata: Metadata = { title: "志愿者" };

export default async function VolunteerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const found = await getVolunteer(actor, id);
  if (!found) notFound();
  const { volunteer } = found;
  const options = found.canEdit ? await volunteerFormOptions(actor) : { stations: [], communities: [] };
  const canEdit = found.canEdit && options.stations.some((s) => s.id === volunteer.stationId);
  return (
    <>
      <PageHeader
        title={volunteer.name}
        description={<>{volunteer.station.name} {volunteer.isActive ? <Badge tone="green">在册</Badge> : <Badge>已退出</Badge>}</>}
        actions={<ButtonLink href="/station/volunteers">返回列表</ButtonLink>}
      />
      <Card title={canEdit ? "编辑志愿者信息" : "志愿者信息"}>
        {canEdit ? (
          <VolunteerForm
            stations={options.stations}
            communities={options.communities}
            today={formatDate(new Date())}
            volunteer={{
              id: volunteer.id, version: volunteer.version, stationId: volunteer.stationId, communityId: volunteer.communityId, name: volunteer.name,
              gender: volunteer.gender, phone: volunteer.phone, volunteerNumber: volunteer.volunteerNumber, skills: volunteer.skills,
              registeredOn: formatCalendarDate(volunteer.registeredOn), isActive: volunteer.isActive,
            }}
          />
        ) : (
          <DefinitionList
            items={[
              { label: "性别", value: GENDER_LABELS[volunteer.gender] },
              { label: "手机号", value: volunteer.phone ? mask(volunteer.phone, 3, 4) : null },
              { label: "注册编号", value: volunteer.volunteerNumber },
              { label: "村（社区）", value: volunteer.community?.name },
              { label: "特长技能", value: volunteer.skills },
              { label: "注册日期", value: formatCalendarDate(volunteer.registeredOn) },
            ]}
          />
        )}
      </Card>
    </>
  );
}
