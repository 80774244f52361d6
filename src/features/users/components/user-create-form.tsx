"use client";
import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { FormGrid, SelectField, TextField } from "@/components/form/fields";
import { createUser } from "../actions";
import { TemporaryPasswordNotice, useOneTimeResult } from "./temporary-password";

/** `districts` is given to the system administrator only; a bureau administrator creates accounts of their own district. */
export function UserCreateForm({ basePath, districts }: { basePath: string; districts?: { id: string; name: string; cityName: string }[] }) {
  const { action, result, clear } = useOneTimeResult<{ id: string }>(createUser);
  return (
    <div className="space-y-4">
      {result && (
        <TemporaryPasswordNotice password={result.temporaryPassword} onClose={clear}>
          <p>
            下一步：<Link href={`${basePath}/${result.data.id}`} className="font-medium text-brand-700 underline">前往账号详情，为其授予角色</Link>
          </p>
        </TemporaryPasswordNotice>
      )}
      <ActionForm action={action} submitLabel="创建账号" resetOnSuccess>
        <FormGrid>
          <TextField name="username" label="用户名" required autoComplete="off" hint="3–32 位字母、数字、下划线、点或连字符，创建后不能修改" />
          <TextField name="name" label="姓名" required autoComplete="off" />
          <TextField name="phone" label="联系电话" placeholder="手机号或 0871-12345678" />
          {districts && (
            <SelectField
              name="districtId"
              label="所属区（县）"
              placeholder="不属于任何区县（平台账号，仅可授予系统管理员）"
              options={districts.map((d) => ({ value: d.id, label: `${d.cityName}${d.name}` }))}
            />
          )}
        </FormGrid>
        <p className="text-xs text-slate-500">系统将生成符合密码策略的临时密码，本人首次登录后须修改。</p>
      </ActionForm>
    </div>
  );
}
