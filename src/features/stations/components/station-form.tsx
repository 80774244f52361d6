"use client";
import { useState, type FormEvent } from "react";
import { ActionForm } from "@/components/form/action-form";
import { FormGrid, Hidden, SelectField, TextField } from "@/components/form/fields";
import { formatCalendarDate } from "@/lib/dates";
import { OPERATION_MODE_LABELS, optionsOf, STATION_LEVEL_LABELS } from "@/lib/labels";
import { saveStation } from "../actions";
import { DEFAULT_OPENING_HOURS } from "../schemas";

type Station = {
  id: string; version: number; streetOfficeId: string; level: string; communityId: string | null; operationMode: string;
  contractorId: string | null; name: string; address: string; openingHours: string; phone: string | null; establishedOn: Date | null;
};

export type StationFormOptions = {
  streets: { id: string; name: string; standardName: string }[];
  communities: { id: string; name: string; streetOfficeId: string }[];
  contractors: { id: string; name: string }[];
};

export function StationForm({ station, options }: { station?: Station; options: StationFormOptions }) {
  const [level, setLevel] = useState(station?.level ?? "TOWNSHIP");
  const [streetId, setStreetId] = useState(station?.streetOfficeId ?? "");
  const street = options.streets.find((s) => s.id === streetId);
  const communities = options.communities.filter((c) => c.streetOfficeId === streetId);

  // The selects are uncontrolled (shared fields); follow the two that change the rest of the form.
  function track(event: FormEvent<HTMLDivElement>) {
    const target = event.target as HTMLSelectElement;
    if (target.name === "level") setLevel(target.value);
    if (target.name === "streetOfficeId") setStreetId(target.value);
  }

  function applyStandardName() {
    const input = document.getElementById("f-name") as HTMLInputElement | null;
    if (input && street) input.value = street.standardName;
  }

  const nameHint = level === "TOWNSHIP"
    ? "乡镇（街道）社工站名称须符合标牌格式：昆明市××区××街道（乡镇）社会工作服务站"
    : "如：昆明市呈贡区龙城街道龙街社区社会工作室";

  return (
    <ActionForm action={saveStation} submitLabel={station ? "保存修改" : "新增社工站"}>
      {station && <><Hidden name="id" value={station.id} /><Hidden name="version" value={station.version} /></>}
      <div onChange={track}>
        <FormGrid>
          <SelectField name="streetOfficeId" label="所属街道（乡镇）" required defaultValue={station?.streetOfficeId} options={options.streets.map((s) => ({ value: s.id, label: s.name }))} />
          <SelectField name="level" label="站点层级" required defaultValue={level} options={optionsOf(STATION_LEVEL_LABELS)} />
          {level === "COMMUNITY" && (
            <SelectField
              key={streetId}
              name="communityId"
              label="所在村（社区）"
              required
              defaultValue={station?.streetOfficeId === streetId ? station?.communityId : undefined}
              options={communities.map((c) => ({ value: c.id, label: c.name }))}
              placeholder={streetId ? (communities.length ? "请选择" : "该街道暂无村（社区）") : "请先选择街道"}
            />
          )}
          <SelectField name="operationMode" label="运营模式" required defaultValue={station?.operationMode} options={optionsOf(OPERATION_MODE_LABELS)} />
          <SelectField name="contractorId" label="承接机构" defaultValue={station?.contractorId} options={options.contractors.map((c) => ({ value: c.id, label: c.name }))} placeholder="未引入承接机构" />
          <div className="md:col-span-2">
            <TextField name="name" label="站点名称" required defaultValue={station?.name} hint={nameHint} />
            {level === "TOWNSHIP" && street && (
              <p className="mt-1 text-xs text-slate-600" data-testid="standard-name">
                标准名称：{street.standardName}
                <button type="button" onClick={applyStandardName} className="ml-2 text-brand-700 underline">使用标准名称</button>
              </p>
            )}
          </div>
          <TextField name="address" label="站点地址" required defaultValue={station?.address} className="md:col-span-2" />
          <TextField name="openingHours" label="开放时间" defaultValue={station?.openingHours ?? DEFAULT_OPENING_HOURS} hint={`留空即为默认：${DEFAULT_OPENING_HOURS}`} />
          <TextField name="phone" label="联系电话" defaultValue={station?.phone} placeholder="0871-12345678" />
          <TextField name="establishedOn" label="建站日期" type="date" defaultValue={formatCalendarDate(station?.establishedOn)} />
        </FormGrid>
      </div>
    </ActionForm>
  );
}
