"use client";
import { ActionForm } from "@/components/form/action-form";
import { FormGrid, Hidden, TextField } from "@/components/form/fields";
import { updateUser } from "../actions";

export function UserEditForm({ user }: { user: { id: string; version: number; name: string; phone: string | null } }) {
  return (
    <ActionForm action={updateUser} submitLabel="保存修改">
      <Hidden name="id" value={user.id} />
      <Hidden name="version" value={user.version} />
      <FormGrid>
        <TextField name="name" label="姓名" required defaultValue={user.name} />
        <TextField name="phone" label="联系电话" defaultValue={user.phone} placeholder="手机号或 0871-12345678" />
      </FormGrid>
    </ActionForm>
  );
}
