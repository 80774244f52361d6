"use client";
import { useState } from "react";
import { ActionForm } from "@/components/form/action-form";
import { CheckboxField, CheckboxGroupField, FormGrid, Hidden, SelectField, TextareaField, TextField } from "@/components/form/fields";
import type { CertificateLevel, Education, PostType } from "@/generated/prisma/enums";
import {
  CERTIFICATE_LEVEL_LABELS, CONVERTED_FROM_LABELS, EDUCATION_LABELS, GENDER_LABELS, optionsOf, POST_TYPE_LABELS, SERVICE_DOMAIN_LABELS, STATION_POSITION_LABELS,
} from "@/lib/labels";
import { saveStaffProfile } from "../actions";
import { educationWarning } from "../rules";

export type StaffFormProfile = {
  id: string; version: number; stationId: string; contractorId: string | null; name: string; gender: string; birthMonth: string; phone: string | null;
  education: Education; school: string; major: string; employer: string; jobTitle: string; position: string; postType: PostType;
  convertedFrom: string | null; certificateLevel: CertificateLevel; certificateNumber: string | null; serviceDomains: string[];
  startedOn: string; isActive: boolean; remarks: string | null;
};

export type StaffFormStation = { id: string; name: string; operator: string | null; contractorChoosable: boolean; districtId: string };

export function StaffProfileForm({ area, stations, contractors, profile, defaultStationId }: {
  area: "station" | "bureau" | "contractor";
  stations: StaffFormStation[];
  contractors: { id: string; name: string; districtId: string }[];
  profile?: StaffFormProfile;
  defaultStationId?: string;
}) {
  const [stationId, setStationId] = useState(profile?.stationId ?? defaultStationId ?? (stations.length === 1 ? stations[0].id : ""));
  const [postType, setPostType] = useState<string>(profile?.postType ?? "");
  const [education, setEducation] = useState<string>(profile?.education ?? "");
  const [certificateLevel, setCertificateLevel] = useState<string>(profile?.certificateLevel ?? "NONE");
  const station = stations.find((s) => s.id === stationId);
  const warning = postType in POST_TYPE_LABELS && education in EDUCATION_LABELS ? educationWarning({ postType: postType as PostType, education: education as Education }) : null;
  // A contractor's administrator files its own people only; the server forces the organisation too.
  const contractorChoosable = station ? station.contractorChoosable : stations.some((s) => s.contractorChoosable);
  const districtContractors = contractors.filter((c) => !station || c.districtId === station.districtId);

  return (
    <ActionForm action={saveStaffProfile} submitLabel={profile ? "保存修改" : "登记人员"}>
      <Hidden name="area" value={area} />
      {profile && <><Hidden name="id" value={profile.id} /><Hidden name="version" value={profile.version} /></>}
      <div
        className="space-y-6"
        onChange={(event) => {
          const target = event.target as HTMLInputElement | HTMLSelectElement;
          if (target.name === "stationId") setStationId(target.value);
          if (target.name === "postType") setPostType(target.value);
          if (target.name === "education") setEducation(target.value);
          if (target.name === "certificateLevel") setCertificateLevel(target.value);
        }}
      >
        <fieldset className="space-y-4">
          <legend className="mb-2 font-semibold text-slate-700">岗位</legend>
          <FormGrid>
            {stations.length === 1 ? (
              <div>
                <Hidden name="stationId" value={stations[0].id} />
                <p className="mb-1 font-medium text-slate-700">所在社工站</p>
                <p className="py-1.5">{stations[0].name}</p>
              </div>
            ) : (
              <SelectField name="stationId" label="所在社工站" required defaultValue={stationId} options={stations.map((s) => ({ value: s.id, label: s.name }))} />
            )}
            {!contractorChoosable ? (
              <div>
                <p className="mb-1 font-medium text-slate-700">派驻机构</p>
                <p className="py-1.5">{station?.operator ?? "所选社工站的承接机构"}<span className="ml-2 text-xs text-slate-500">（本机构派驻）</span></p>
              </div>
            ) : (
              <SelectField name="contractorId" label="派驻机构" defaultValue={profile?.contractorId} placeholder="无（街道或民政部门在编、聘用人员）" options={districtContractors.map((c) => ({ value: c.id, label: c.name }))} hint="承接机构派驻的人员选择其机构" />
            )}
            <SelectField name="position" label="站内职务" required defaultValue={profile?.position} options={optionsOf(STATION_POSITION_LABELS)} />
            <SelectField name="postType" label="岗位类型" required defaultValue={profile?.postType} options={optionsOf(POST_TYPE_LABELS)} />
            {postType === "TRANSACTIONAL" && (
              <SelectField name="convertedFrom" label="转岗来源" defaultValue={profile?.convertedFrom} placeholder="非转岗" options={optionsOf(CONVERTED_FROM_LABELS)} hint="由社会救助助理员、民政事务员、儿童督导员转为事务性岗位的填写" />
            )}
            <TextField name="employer" label="工作单位" required defaultValue={profile?.employer} placeholder="如：昆明市呈贡区启明社会工作服务中心" />
            <TextField name="jobTitle" label="职务" required defaultValue={profile?.jobTitle} placeholder="如：驻站社工、项目主管" />
            <TextField name="startedOn" label="到岗日期" type="date" defaultValue={profile?.startedOn} />
          </FormGrid>
        </fieldset>

        <fieldset className="space-y-4">
          <legend className="mb-2 font-semibold text-slate-700">基本信息</legend>
          <FormGrid>
            <TextField name="name" label="姓名" required defaultValue={profile?.name} />
            <SelectField name="gender" label="性别" required defaultValue={profile?.gender} options={optionsOf(GENDER_LABELS)} />
            <TextField name="birthMonth" label="出生年月" type="month" required defaultValue={profile?.birthMonth} placeholder="1995-06" hint="格式 YYYY-MM" />
            <TextField name="phone" label="联系电话" defaultValue={profile?.phone} placeholder="11 位手机号或 0871-12345678" />
            <SelectField
              name="education"
              label="学历"
              required
              defaultValue={profile?.education}
              options={optionsOf(EDUCATION_LABELS)}
              hint={warning ? <span className="text-amber-700" data-testid="education-warning">⚠ {warning}（可以保存）</span> : "专业服务岗位要求大专及以上，事务性岗位要求初中及以上"}
            />
            <TextField name="school" label="毕业院校" required defaultValue={profile?.school} />
            <TextField name="major" label="所学专业" required defaultValue={profile?.major} hint="无专业的填“无”" />
          </FormGrid>
        </fieldset>

        <fieldset className="space-y-4">
          <legend className="mb-2 font-semibold text-slate-700">专业资质与服务领域</legend>
          <FormGrid>
            <SelectField name="certificateLevel" label="社会工作者职业水平证书等级" required defaultValue={profile?.certificateLevel ?? "NONE"} placeholder="请选择" options={optionsOf(CERTIFICATE_LEVEL_LABELS)} />
            {certificateLevel !== "NONE" && (
              <TextField name="certificateNumber" label="证书编号" required defaultValue={profile?.certificateNumber} />
            )}
          </FormGrid>
          <CheckboxGroupField name="serviceDomains" label="社会工作服务领域" required defaultValue={profile?.serviceDomains} options={optionsOf(SERVICE_DOMAIN_LABELS)} />
          <TextareaField name="remarks" label="备注" defaultValue={profile?.remarks} rows={2} />
          <CheckboxField name="isActive" label="在岗（离岗人员取消勾选，不再列入基本信息表）" defaultChecked={profile?.isActive ?? true} />
        </fieldset>
      </div>
    </ActionForm>
  );
}
