"use client";
import { useState } from "react";
import { ActionForm } from "@/components/form/action-form";
import { CheckboxField, FormGrid, Hidden, SelectField, TextareaField, TextField } from "@/components/form/fields";
import { GENDER_LABELS, optionsOf } from "@/lib/labels";
import { saveVolunteer } from "../actions";

export type VolunteerFormValues = {
  id: string; version: number; stationId: string; communityId: string | null; name: string; gender: string; phone: string | null;
  volunteerNumber: string | null; skills: string | null; registeredOn: string; isActive: boolean;
};

type Station = { id: string; name: string; streetOfficeId: string };
type Community = { id: string; name: string; streetOfficeId: string };

export function VolunteerForm({ stations, communities, volunteer, defaultStationId, today }: {
  stations: Station[]; communities: Community[]; volunteer?: VolunteerFormValues; defaultStationId?: string; today: string;
}) {
  const [stationId, setStationId] = useState(volunteer?.stationId ?? defaultStationId ?? stations[0]?.id ?? "");
  const station = stations.find((s) => s.id === stationId);
  const choices = communities.filter((c) => c.streetOfficeId === station?.streetOfficeId);
  return (
    <ActionForm action={saveVolunteer} submitLabel={volunteer ? "保存修改" : "登记志愿者"}>
      {volunteer && <><Hidden name="id" value={volunteer.id} /><Hidden name="version" value={volunteer.version} /></>}
      <FormGrid>
        {stations.length === 1 ? (
          <div>
            <Hidden name="stationId" value={stations[0].id} />
            <p className="mb-1 font-medium text-slate-700">所属社工站</p>
            <p className="py-1.5">{stations[0].name}</p>
          </div>
        ) : (
          <div
            onChange={(event) => {
              const target = event.target as HTMLInputElement | HTMLSelectElement;
              if (target.name === "stationId") setStationId(target.value);
            }}
          >
            <SelectField name="stationId" label="所属社工站" required defaultValue={stationId} options={stations.map((s) => ({ value: s.id, label: s.name }))} />
          </div>
        )}
        <SelectField key={station?.streetOfficeId} name="communityId" label="所在村（社区）" defaultValue={volunteer?.communityId} placeholder="未指定" options={choices.map((c) => ({ value: c.id, label: c.name }))} hint="本站所在街道（乡镇）的村（社区）" />
        <TextField name="name" label="姓名" required defaultValue={volunteer?.name} />
        <SelectField name="gender" label="性别" required defaultValue={volunteer?.gender} options={optionsOf(GENDER_LABELS)} />
        <TextField name="phone" label="手机号" defaultValue={volunteer?.phone} placeholder="11 位手机号" />
        <TextField name="volunteerNumber" label="志愿者注册编号" defaultValue={volunteer?.volunteerNumber} hint="全国志愿服务信息系统注册编号，未注册的可不填" />
        <TextField name="registeredOn" label="注册日期" type="date" required defaultValue={volunteer?.registeredOn ?? today} />
      </FormGrid>
      <TextareaField name="skills" label="特长技能" defaultValue={volunteer?.skills} rows={2} hint="如：助老陪伴、课业辅导、政策宣传" />
      <CheckboxField name="isActive" label="在册（退出的志愿者取消勾选）" defaultChecked={volunteer?.isActive ?? true} />
    </ActionForm>
  );
}
