"use client";
import { useState } from "react";
import { ActionForm, useFieldError } from "@/components/form/action-form";
import { FormGrid, Hidden, SelectField, TextareaField, TextField } from "@/components/form/fields";
import { Button } from "@/components/ui/button";
import { saveHousehold } from "../edit-actions";

export type HouseholdMemberValues = { id: string; name: string; relation: string; age: number | null; phoneMasked: string | null; livesTogether: boolean; employer: string | null };
export type HouseholdFormValues = { id: string; version: number; addressMasked: string | null; communityId: string | null; notes: string | null; members: HouseholdMemberValues[] };

const MAX_MEMBERS = 20;
const cell = "w-full rounded-md border border-slate-300 px-2 py-1";

function MemberRow({ index, member }: { index: number; member?: HouseholdMemberValues }) {
  const p = `members.${index}`;
  const errors = [useFieldError(`${p}.name`), useFieldError(`${p}.relation`), useFieldError(`${p}.age`), useFieldError(`${p}.phone`), useFieldError(`${p}.employer`)].filter(Boolean);
  const n = index + 1;
  return (
    <>
      <tr>
        <td className="p-1">
          {member && <Hidden name={`${p}.id`} value={member.id} />}
          <input aria-label={`成员${n}姓名`} name={`${p}.name`} className={cell} defaultValue={member?.name ?? ""} />
        </td>
        <td className="p-1"><input aria-label={`成员${n}关系`} name={`${p}.relation`} className={cell} defaultValue={member?.relation ?? ""} placeholder="如：儿子" /></td>
        <td className="p-1"><input aria-label={`成员${n}年龄`} name={`${p}.age`} inputMode="numeric" className={`${cell} w-16`} defaultValue={member?.age ?? ""} /></td>
        <td className="p-1">
          <input aria-label={`成员${n}联系电话`} name={`${p}.phone`} className={cell} placeholder={member?.phoneMasked ? `当前：${member.phoneMasked}，留空不变` : ""} />
          {member?.phoneMasked && <label className="mt-0.5 inline-flex items-center gap-1 text-xs text-slate-600"><input type="checkbox" name={`${p}.clearPhone`} aria-label={`清空成员${n}联系电话`} />清空</label>}
        </td>
        <td className="p-1 text-center"><input aria-label={`成员${n}是否同住`} type="checkbox" name={`${p}.livesTogether`} defaultChecked={member?.livesTogether ?? true} /></td>
        <td className="p-1"><input aria-label={`成员${n}工作单位`} name={`${p}.employer`} className={cell} defaultValue={member?.employer ?? ""} /></td>
        <td className="p-1 text-center">{member && <input type="checkbox" name="removeMembers" value={member.id} aria-label={`删除成员${n}`} />}</td>
      </tr>
      {errors.length > 0 && <tr><td colSpan={7} className="px-1 text-xs text-red-600" data-field-error={p}>{errors.join("；")}</td></tr>}
    </>
  );
}

function MemberRows({ members }: { members: HouseholdMemberValues[] }) {
  const [rows, setRows] = useState(members.length + 1);
  const error = useFieldError("members");
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 font-medium text-slate-700">家庭主要成员</legend>
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <thead className="text-slate-600">
            <tr><th className="px-1">姓名</th><th className="px-1">关系</th><th className="px-1">年龄</th><th className="px-1">联系电话</th><th className="px-1">是否同住</th><th className="px-1">工作单位</th><th className="px-1">删除</th></tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, i) => <MemberRow key={i} index={i} member={members[i]} />)}
          </tbody>
        </table>
      </div>
      {error && <p className="text-xs text-red-600" data-field-error="members">{error}</p>}
      {rows < MAX_MEMBERS && <Button type="button" variant="secondary" onClick={() => setRows((n) => n + 1)}>添加成员</Button>}
      <p className="text-xs text-slate-500">新增的空行不保存。联系电话加密保存，编辑时不显示原值。</p>
    </fieldset>
  );
}

/** 编辑家庭档案: address (kept unless retyped or cleared), community, notes, members. */
export function HouseholdForm({ household, communities }: { household: HouseholdFormValues; communities: { id: string; name: string }[] }) {
  return (
    <ActionForm action={saveHousehold} submitLabel="保存家庭档案">
      <Hidden name="id" value={household.id} />
      <Hidden name="version" value={household.version} />
      <FormGrid>
        <TextField
          name="address"
          label="家庭住址"
          hint={household.addressMasked
            ? <>当前：{household.addressMasked}。留空则保持不变，<label className="inline-flex items-center gap-1"><input type="checkbox" name="clearAddress" />清空</label></>
            : "未填写"}
        />
        <SelectField name="communityId" label="村（社区）" defaultValue={household.communityId} placeholder="未指定" options={communities.map((c) => ({ value: c.id, label: c.name }))} />
      </FormGrid>
      <TextareaField name="notes" label="备注" rows={2} defaultValue={household.notes} />
      <MemberRows members={household.members} />
    </ActionForm>
  );
}
