"use client";
import { ActionForm } from "@/components/form/action-form";
import { FormGrid, Hidden, TextField } from "@/components/form/fields";
import { saveStreetOffice } from "../actions";

type Street = { id: string; version: number; name: string; code: string | null; address: string | null; phone: string | null };

export function StreetOfficeForm({ street }: { street?: Street }) {
  return (
    <ActionForm action={saveStreetOffice} submitLabel={street ? "保存修改" : "新增街道"}>
      {street && <><Hidden name="id" value={street.id} /><Hidden name="version" value={street.version} /></>}
      <FormGrid>
        <TextField name="name" label="街道（乡镇）名称" required defaultValue={street?.name} placeholder="如：龙城街道" />
        <TextField name="code" label="区划代码" defaultValue={street?.code} hint="9 位或 12 位统计用区划代码" />
        <TextField name="address" label="办公地址" defaultValue={street?.address} />
        <TextField name="phone" label="联系电话" defaultValue={street?.phone} placeholder="0871-12345678" />
      </FormGrid>
    </ActionForm>
  );
}
