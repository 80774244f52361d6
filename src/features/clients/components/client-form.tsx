"use client";
import Link from "next/link";
import { useState } from "react";
import { ActionForm, useFieldError } from "@/components/form/action-form";
import { CheckboxGroupField, FormGrid, Hidden, SelectField, TextareaField, TextField } from "@/components/form/fields";
import { Button } from "@/components/ui/button";
import { CLIENT_CATEGORY_LABELS, GENDER_LABELS, optionsOf, RISK_LEVEL_LABELS, SERVICE_DOMAIN_LABELS } from "@/lib/labels";
import { saveClient } from "../actions";
import { CLIENT_SENSITIVE_LABELS, type ClientSensitiveField } from "../helpers";

export type ClientFormValues = {
  id: string; version: number; name: string; gender: string; birthDate: string; imContact: string | null; communityId: string | null;
  policiesReceived: string | null; categories: string[]; riskLevel: string; serviceDomain: string;
  /** Masked values (or "已填写") of the sensitive fields: the edit form never holds the plain value. */
  current: Partial<Record<ClientSensitiveField, string | null>>;
};

type Station = { id: string; name: string; streetOfficeId: string };
type Community = { id: string; name: string; streetOfficeId: string };
type Household = { id: string; stationId: string; label: string };

/** Shown when the server finds the ID number on a client the actor already reads. */
function DuplicateLink() {
  const id = useFieldError("duplicateOf");
  if (!id) return null;
  return <p className="text-sm"><Link className="text-brand-700 underline" href={`/station/clients/${id}`}>打开已有档案</Link></p>;
}

function MemberRows() {
  const [rows, setRows] = useState(2);
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 font-medium text-slate-700">家庭主要成员</legend>
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <thead className="text-slate-600">
            <tr><th className="px-1">姓名</th><th className="px-1">关系</th><th className="px-1">年龄</th><th className="px-1">联系电话</th><th className="px-1">是否同住</th><th className="px-1">工作单位</th></tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, i) => <MemberRow key={i} index={i} />)}
          </tbody>
        </table>
      </div>
      {rows < 20 && <Button type="button" variant="secondary" onClick={() => setRows((n) => n + 1)}>添加成员</Button>}
      <p className="text-xs text-slate-500">空行不保存。</p>
    </fieldset>
  );
}

function MemberRow({ index }: { index: number }) {
  const p = `members.${index}`;
  const errors = [useFieldError(`${p}.name`), useFieldError(`${p}.relation`), useFieldError(`${p}.age`), useFieldError(`${p}.phone`), useFieldError(`${p}.employer`)].filter(Boolean);
  const cell = "w-full rounded-md border border-slate-300 px-2 py-1";
  return (
    <>
      <tr>
        <td className="p-1"><input aria-label={`成员${index + 1}姓名`} name={`${p}.name`} className={cell} /></td>
        <td className="p-1"><input aria-label={`成员${index + 1}关系`} name={`${p}.relation`} className={cell} placeholder="如：儿子" /></td>
        <td className="p-1"><input aria-label={`成员${index + 1}年龄`} name={`${p}.age`} inputMode="numeric" className={`${cell} w-16`} /></td>
        <td className="p-1"><input aria-label={`成员${index + 1}联系电话`} name={`${p}.phone`} className={cell} /></td>
        <td className="p-1 text-center"><input aria-label={`成员${index + 1}是否同住`} type="checkbox" name={`${p}.livesTogether`} defaultChecked /></td>
        <td className="p-1"><input aria-label={`成员${index + 1}工作单位`} name={`${p}.employer`} className={cell} /></td>
      </tr>
      {errors.length > 0 && <tr><td colSpan={6} className="px-1 text-xs text-red-600" data-field-error={`${p}`}>{errors.join("；")}</td></tr>}
    </>
  );
}

function SensitiveField({ field, label, current, multiline }: { field: ClientSensitiveField; label: string; current?: string | null; multiline?: boolean }) {
  const editing = current !== undefined;
  const hint = editing ? (current ? <>当前：{current}。留空则保持不变，<label className="inline-flex items-center gap-1"><input type="checkbox" name="clear" value={field} />清空</label></> : "未填写") : undefined;
  return multiline
    ? <TextareaField name={field} label={label} rows={3} hint={hint} />
    : <TextField name={field} label={label} hint={hint} />;
}

export function ClientForm({ stations, communities, households, client, idNumber }: {
  stations: Station[]; communities: Community[]; households: Household[]; client?: ClientFormValues; idNumber?: string;
}) {
  const station = stations[0];
  const [householdId, setHouseholdId] = useState("");
  const choices = communities.filter((c) => c.streetOfficeId === station?.streetOfficeId);
  const current = client?.current;
  return (
    <ActionForm action={saveClient} submitLabel={client ? "保存修改" : "登记服务对象"}>
      {client ? <><Hidden name="id" value={client.id} /><Hidden name="version" value={client.version} /></> : station && <Hidden name="stationId" value={station.id} />}
      <FormGrid>
        <TextField name="name" label="姓名" required defaultValue={client?.name} />
        <SelectField name="gender" label="性别" required defaultValue={client?.gender} options={optionsOf(GENDER_LABELS)} />
        {client ? (
          <SensitiveField field="idNumber" label="身份证号" current={current?.idNumber} />
        ) : (
          <TextField name="idNumber" label="身份证号" defaultValue={idNumber} hint="18 位；填写后出生日期与性别按身份证号核对。无身份证号的儿童可不填" />
        )}
        <TextField name="birthDate" label="出生日期" type="date" defaultValue={client?.birthDate} hint="有身份证号时可不填（自动取自身份证号）" />
        <SensitiveField field="phone" label="联系电话" current={current?.phone} />
        <TextField name="imContact" label="微信/QQ" defaultValue={client?.imContact} />
        <SelectField name="communityId" label="所在村（社区）" defaultValue={client?.communityId} placeholder="未指定" options={choices.map((c) => ({ value: c.id, label: c.name }))} />
        <SensitiveField field="address" label="家庭住址" current={current?.address} />
        <SelectField name="riskLevel" label="危机因素" required defaultValue={client?.riskLevel ?? "NONE"} options={optionsOf(RISK_LEVEL_LABELS)} />
        <SelectField name="serviceDomain" label="服务领域" required defaultValue={client?.serviceDomain} options={optionsOf(SERVICE_DOMAIN_LABELS)} />
      </FormGrid>
      <DuplicateLink />
      <CheckboxGroupField name="categories" label="服务对象类别" required defaultValue={client?.categories} options={optionsOf(CLIENT_CATEGORY_LABELS)} />
      <SensitiveField field="health" label="健康状况" current={current?.health} multiline />
      <SensitiveField field="situation" label="服务对象情况（家庭状况、健康状况、学习/工作情况、社会关系）" current={current?.situation} multiline />
      <TextareaField name="policiesReceived" label="已享受的政策 / 曾接受的服务" defaultValue={client?.policiesReceived} rows={2} />
      {!client && (
        <>
          <div onChange={(event) => { const t = event.target as unknown as HTMLSelectElement; if (t.name === "householdId") setHouseholdId(t.value); }}>
            <SelectField
              name="householdId"
              label="家庭档案（一户一档）"
              placeholder="新建家庭档案"
              options={households.filter((h) => h.stationId === station?.id).map((h) => ({ value: h.id, label: h.label }))}
              hint="同一家庭的服务对象归入同一档案"
            />
          </div>
          {!householdId && <TextField name="householdAddress" label="家庭住址（户）" hint="留空则使用服务对象的家庭住址" />}
          <MemberRows />
        </>
      )}
      {client && <p className="text-xs text-slate-500">{Object.entries(CLIENT_SENSITIVE_LABELS).map(([, l]) => l).join("、")}加密保存，编辑时不显示原值。</p>}
    </ActionForm>
  );
}
