"use client";
import { useState, type ChangeEvent } from "react";
import { ActionForm, useFieldError } from "@/components/form/action-form";
import { FormGrid, Hidden, SelectField, TextareaField, TextField } from "@/components/form/fields";
import { Button } from "@/components/ui/button";
import { FOLLOW_UP_KIND_LABELS, optionsOf, SERVICE_DOMAIN_LABELS, VISIT_TYPE_LABELS } from "@/lib/labels";
import { saveVisit } from "../actions";

export type VisitFormValues = {
  id: string;
  version: number;
  target: string;
  serviceDomain: string;
  visitType: string;
  /** datetime-local value in Beijing time (2026-11-20T14:30). */
  visitedAt: string;
  place: string;
  communityId: string | null;
  householdCount: number;
  content: string;
  households: { name: string; householdId: string | null; note: string | null }[];
  situations: { id: string; names: string; description: string; followUp: string; followUpNote: string | null }[];
};

type Community = { id: string; name: string };
type HouseholdOption = { id: string; name: string; label: string };

const MAX_ROWS = 100;
const MAX_SITUATIONS = 20;
const cell = "w-full rounded-md border border-slate-300 px-2 py-1";

function HouseholdRow({ index, households, value }: { index: number; households: HouseholdOption[]; value?: VisitFormValues["households"][number] }) {
  const p = `households.${index}`;
  const errors = [useFieldError(`${p}.name`), useFieldError(`${p}.householdId`), useFieldError(`${p}.note`)].filter(Boolean);
  // Picking a registered household fills in the name when it is still empty.
  const onPick = (event: ChangeEvent<HTMLSelectElement>) => {
    const name = event.currentTarget.form?.elements.namedItem(`${p}.name`) as HTMLInputElement | null;
    const picked = households.find((h) => h.id === event.currentTarget.value);
    if (name && picked && !name.value.trim()) name.value = picked.name;
  };
  return (
    <>
      <tr>
        <td className="p-1 text-slate-500">{index + 1}</td>
        <td className="p-1"><input aria-label={`第${index + 1}户姓名`} name={`${p}.name`} className={cell} defaultValue={value?.name ?? ""} placeholder="户主或被探访人" /></td>
        {households.length > 0 && (
          <td className="p-1">
            <select aria-label={`第${index + 1}户家庭档案`} name={`${p}.householdId`} className={cell} defaultValue={value?.householdId ?? ""} onChange={onPick}>
              <option value="">（未关联家庭档案）</option>
              {households.map((h) => <option key={h.id} value={h.id}>{h.label}</option>)}
            </select>
          </td>
        )}
        <td className="p-1"><input aria-label={`第${index + 1}户备注`} name={`${p}.note`} className={cell} defaultValue={value?.note ?? ""} /></td>
      </tr>
      {errors.length > 0 && <tr><td colSpan={4} className="px-1 text-xs text-red-600" data-field-error={p}>{errors.join("；")}</td></tr>}
    </>
  );
}

function HouseholdRows({ households, initial }: { households: HouseholdOption[]; initial: VisitFormValues["households"] }) {
  const [rows, setRows] = useState(Math.max(initial.length, 2));
  const error = useFieldError("households");
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 font-medium text-slate-700">探访名单<span className="ml-0.5 text-red-600">*</span></legend>
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <thead className="text-slate-600">
            <tr><th className="px-1">序号</th><th className="px-1">姓名</th>{households.length > 0 && <th className="px-1">家庭档案（可选）</th>}<th className="px-1">备注</th></tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, i) => <HouseholdRow key={i} index={i} households={households} value={initial[i]} />)}
          </tbody>
        </table>
      </div>
      {error && <p className="text-xs text-red-600" data-field-error="households">{error}</p>}
      {rows < MAX_ROWS && <Button type="button" variant="secondary" onClick={() => setRows((n) => n + 1)}>添加一户</Button>}
      <p className="text-xs text-slate-500">空行不保存。选择家庭档案可把探访记入该户的一户一档。</p>
    </fieldset>
  );
}

function SituationRow({ index, value }: { index: number; value?: VisitFormValues["situations"][number] }) {
  const p = `situations.${index}`;
  const errors = {
    names: useFieldError(`${p}.names`),
    description: useFieldError(`${p}.description`),
    followUp: useFieldError(`${p}.followUp`),
    followUpNote: useFieldError(`${p}.followUpNote`),
  };
  const area = `${cell} block`;
  const err = (k: keyof typeof errors) => errors[k] && <p className="mt-1 text-xs text-red-600" data-field-error={`${p}.${k}`}>{errors[k]}</p>;
  return (
    <div className="space-y-2 rounded border border-slate-200 p-3">
      {value && <Hidden name={`${p}.id`} value={value.id} />}
      <div className="font-medium text-slate-700">特殊情况 {index + 1}</div>
      <label className="block">
        <span className="mb-1 block text-slate-700">特殊情况的名单</span>
        <textarea aria-label={`特殊情况${index + 1}的名单`} name={`${p}.names`} rows={1} className={area} defaultValue={value?.names ?? ""} />
        {err("names")}
      </label>
      <label className="block">
        <span className="mb-1 block text-slate-700">特殊情况描述</span>
        <textarea aria-label={`特殊情况${index + 1}描述`} name={`${p}.description`} rows={2} className={area} defaultValue={value?.description ?? ""} />
        {err("description")}
      </label>
      <div className="grid gap-2 md:grid-cols-2">
        <label className="block">
          <span className="mb-1 block text-slate-700">特殊情况跟进形式</span>
          <select aria-label={`特殊情况${index + 1}跟进形式`} name={`${p}.followUp`} className={cell} defaultValue={value?.followUp ?? ""}>
            <option value="">请选择</option>
            {optionsOf(FOLLOW_UP_KIND_LABELS).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
          {err("followUp")}
        </label>
        <label className="block">
          <span className="mb-1 block text-slate-700">跟进形式说明</span>
          <input aria-label={`特殊情况${index + 1}跟进形式说明`} name={`${p}.followUpNote`} className={cell} defaultValue={value?.followUpNote ?? ""} placeholder="选择“其他”时必填" />
          {err("followUpNote")}
        </label>
      </div>
    </div>
  );
}

function SituationRows({ initial }: { initial: VisitFormValues["situations"] }) {
  const [rows, setRows] = useState(Math.max(initial.length, 1));
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 font-medium text-slate-700">特殊情况跟进（根据实际情况填写，无则留空）</legend>
      {Array.from({ length: rows }, (_, i) => <SituationRow key={i} index={i} value={initial[i]} />)}
      {rows < MAX_SITUATIONS && <Button type="button" variant="secondary" onClick={() => setRows((n) => n + 1)}>添加特殊情况</Button>}
      <p className="text-xs text-slate-500">特殊情况的名单与描述加密保存。清空一条的全部内容即删除该条。跟进形式为“个案”的，开案后可在本记录页关联个案。</p>
    </fieldset>
  );
}

/** 探访记录表: recorded by the worker, edited while unsigned (a signed one is corrected as a new revision). */
export function VisitForm({ stationId, workerName, communities, households, visit, defaultVisitedAt }: {
  stationId?: string; workerName: string; communities: Community[]; households: HouseholdOption[]; visit?: VisitFormValues; defaultVisitedAt: string;
}) {
  return (
    <ActionForm action={saveVisit} submitLabel={visit ? "保存修改" : "保存探访记录"}>
      {visit ? <><Hidden name="visitId" value={visit.id} /><Hidden name="version" value={visit.version} /></> : stationId && <Hidden name="stationId" value={stationId} />}
      <FormGrid>
        <TextField name="target" label="服务对象" required defaultValue={visit?.target} placeholder="如：辖区高龄独居老人" hint="探访的人群" />
        <div>
          <div className="mb-1 font-medium text-slate-700">负责社工</div>
          <div className="py-1.5">{workerName}</div>
        </div>
        <SelectField name="serviceDomain" label="服务领域" required defaultValue={visit?.serviceDomain} options={optionsOf(SERVICE_DOMAIN_LABELS)} />
        <SelectField name="visitType" label="服务类型" required defaultValue={visit?.visitType ?? "HOME"} options={optionsOf(VISIT_TYPE_LABELS)} />
        <TextField name="visitedAt" label="日期及时间" type="datetime-local" required defaultValue={visit?.visitedAt ?? defaultVisitedAt} hint="北京时间，不能晚于现在" />
        <TextField name="place" label="地点" required defaultValue={visit?.place} />
        <SelectField name="communityId" label="村（社区）" defaultValue={visit?.communityId} placeholder="未指定" options={communities.map((c) => ({ value: c.id, label: c.name }))} />
        <TextField name="householdCount" label="探访总户数" type="number" defaultValue={visit ? String(visit.householdCount) : ""} hint="共探访几户；留空则按探访名单的户数计" />
      </FormGrid>
      <HouseholdRows households={households} initial={visit?.households ?? []} />
      <TextareaField name="content" label="具体探访工作内容" required rows={6} defaultValue={visit?.content} hint="包含探访提纲、探访总体情况。内容加密保存。" />
      <SituationRows initial={visit?.situations ?? []} />
    </ActionForm>
  );
}
