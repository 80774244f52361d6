"use client";
import { ActionForm } from "@/components/form/action-form";
import { FormGrid, Hidden, SelectField, TextField } from "@/components/form/fields";
import { formatCalendarDate } from "@/lib/dates";
import { ANNUAL_INSPECTION_LABELS, EVALUATION_GRADE_LABELS, optionsOf } from "@/lib/labels";
import { saveContractor } from "../actions";
import type { ContractorInfo } from "./contractor-overview";

type Contractor = ContractorInfo & { id: string; version: number };

export function ContractorForm({ contractor }: { contractor?: Contractor }) {
  return (
    <ActionForm action={saveContractor} submitLabel={contractor ? "保存修改" : "新增承接机构"}>
      {contractor && <><Hidden name="id" value={contractor.id} /><Hidden name="version" value={contractor.version} /></>}
      <FormGrid>
        <TextField name="name" label="机构名称" required defaultValue={contractor?.name} placeholder="如：昆明市呈贡区启明社会工作服务中心" />
        <TextField name="creditCode" label="统一社会信用代码" required defaultValue={contractor?.creditCode} hint="18 位，见登记证书" />
        <TextField name="legalRepresentative" label="法定代表人" required defaultValue={contractor?.legalRepresentative} />
        <TextField name="registrationAuthority" label="登记管理机关" required defaultValue={contractor?.registrationAuthority} placeholder="如：昆明市呈贡区民政局" />
        <TextField name="registeredOn" label="登记日期" type="date" required defaultValue={contractor ? formatCalendarDate(contractor.registeredOn) : ""} />
        <SelectField name="evaluationGrade" label="社会组织评估等级" required defaultValue={contractor?.evaluationGrade ?? "NONE"} options={optionsOf(EVALUATION_GRADE_LABELS)} />
        <SelectField name="annualInspection" label="年检结论" required defaultValue={contractor?.annualInspection ?? "NOT_INSPECTED"} options={optionsOf(ANNUAL_INSPECTION_LABELS)} />
        <TextField name="annualInspectionYear" label="年检年度" defaultValue={contractor?.annualInspectionYear?.toString()} placeholder="如：2025" hint="有年检结论时必填" />
        <TextField name="address" label="机构地址" defaultValue={contractor?.address} className="md:col-span-2" />
        <TextField name="contactPerson" label="联系人" defaultValue={contractor?.contactPerson} />
        <TextField name="contactPhone" label="联系电话" defaultValue={contractor?.contactPhone} placeholder="手机号或 0871-12345678" />
      </FormGrid>
    </ActionForm>
  );
}
