"use client";
import { useState, type FormEvent } from "react";
import { ActionForm } from "@/components/form/action-form";
import { CheckboxGroupField, FormGrid, Hidden, SelectField, TextareaField, TextField } from "@/components/form/fields";
import { parseCalendarDate } from "@/lib/dates";
import { BUYER_KIND_LABELS, optionsOf, PROCUREMENT_MODE_LABELS } from "@/lib/labels";
import { formatWan, parseYuan } from "@/lib/money";
import { saveContract } from "../actions";
import { periodProblem, periodWarning } from "../rules";
import { TARGET_FIELDS, type TargetField } from "../labels";

/** The values the form starts from (strings as the inputs hold them). */
export type ContractFormValues = {
  id: string;
  version: number;
  code: string;
  name: string;
  buyerKind: string;
  buyerStreetOfficeId: string | null;
  contractorId: string;
  stationIds: string[];
  procurementMode: string;
  startsOn: string;
  endsOn: string;
  signedOn: string;
  amount: string;
  staffDeployed: string;
  supervisorName: string | null;
  notes: string | null;
} & Record<TargetField, string>;

type Options = {
  contractors: { id: string; name: string }[];
  stations: { id: string; name: string; streetOffice: { name: string } }[];
  streets: { id: string; name: string }[];
};

/** 万元 beside the amount as it is typed. */
function wanHint(text: string) {
  const fen = parseYuan(text);
  return fen !== null && fen > 0 ? `合 ${formatWan(fen)} 万元` : "单位：元，可带两位小数";
}

/** The reminder when the period is not one year (a hint, not a refusal). */
function periodHint(starts: string, ends: string) {
  const s = parseCalendarDate(starts);
  const e = parseCalendarDate(ends);
  if (!s || !e || periodProblem(s, e)) return "通常为 1 年；三年周期逐年签订，最长 3 年";
  return periodWarning(s, e) ?? "服务期限 1 年";
}

export function ContractForm({ contract, options }: { contract?: ContractFormValues; options: Options }) {
  const [buyerKind, setBuyerKind] = useState(contract?.buyerKind ?? "BUREAU");
  const [amount, setAmount] = useState(contract?.amount ?? "");
  const [period, setPeriod] = useState({ startsOn: contract?.startsOn ?? "", endsOn: contract?.endsOn ?? "" });

  // The inputs stay uncontrolled (ActionForm keeps what was typed); their changes bubble up here for the hints.
  function onChange(event: FormEvent<HTMLDivElement>) {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === "buyerKind") setBuyerKind(target.value);
    else if (target.name === "amount") setAmount(target.value);
    else if (target.name === "startsOn" || target.name === "endsOn") setPeriod((p) => ({ ...p, [target.name]: target.value }));
  }

  return (
    <ActionForm action={saveContract} submitLabel={contract ? "保存修改" : "新建服务项目"}>
      {contract && <><Hidden name="id" value={contract.id} /><Hidden name="version" value={contract.version} /></>}
      <div onChange={onChange} className="space-y-6">
        <fieldset className="space-y-4">
          <legend className="mb-2 font-semibold text-slate-800">项目基本信息</legend>
          <FormGrid>
            <TextField name="code" label="合同编号" required defaultValue={contract?.code} placeholder="如：CGMZ-2026-001" />
            <TextField name="name" label="项目名称" required defaultValue={contract?.name} placeholder="如：2026年呈贡区龙城街道社会工作服务站运营项目" />
            <SelectField name="buyerKind" label="购买主体" required defaultValue={buyerKind} options={optionsOf(BUYER_KIND_LABELS)} />
            {buyerKind === "STREET_OFFICE" ? (
              <SelectField name="buyerStreetOfficeId" label="购买街道" required defaultValue={contract?.buyerStreetOfficeId} options={options.streets.map((s) => ({ value: s.id, label: s.name }))} />
            ) : <div />}
            <SelectField name="contractorId" label="承接机构" required defaultValue={contract?.contractorId} options={options.contractors.map((c) => ({ value: c.id, label: c.name }))} />
            <SelectField name="procurementMode" label="采购方式" required defaultValue={contract?.procurementMode} options={optionsOf(PROCUREMENT_MODE_LABELS)} />
            <CheckboxGroupField
              name="stationIds"
              label="服务站点"
              required
              className="md:col-span-2"
              defaultValue={contract?.stationIds}
              options={options.stations.map((s) => ({ value: s.id, label: s.name }))}
              hint="可选择一个或多个本区社工站（室）"
            />
          </FormGrid>
        </fieldset>

        <fieldset className="space-y-4">
          <legend className="mb-2 font-semibold text-slate-800">期限与金额</legend>
          <FormGrid>
            <TextField name="startsOn" label="服务期限开始日期" type="date" required defaultValue={contract?.startsOn} />
            <TextField name="endsOn" label="服务期限结束日期" type="date" required defaultValue={contract?.endsOn} hint={<span data-testid="period-hint">{periodHint(period.startsOn, period.endsOn)}</span>} />
            <TextField name="signedOn" label="协议生效日期" type="date" defaultValue={contract?.signedOn} hint="双方最后一方签字之日；生效前可不填" />
            <TextField name="amount" label="项目金额（元）" required defaultValue={contract?.amount} placeholder="如：300000.00" hint={<span data-testid="amount-wan">{wanHint(amount)}</span>} />
            <TextField name="staffDeployed" label="选派工作人员（名）" required defaultValue={contract?.staffDeployed} />
            <TextField name="supervisorName" label="项目督导" defaultValue={contract?.supervisorName} />
          </FormGrid>
        </fieldset>

        <fieldset className="space-y-4">
          <legend className="mb-2 font-semibold text-slate-800">服务指标</legend>
          <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
            {TARGET_FIELDS.map(([key, label]) => (
              <TextField key={key} name={key} label={label} required defaultValue={contract?.[key] ?? ""} placeholder="0" />
            ))}
          </div>
        </fieldset>

        <TextareaField name="notes" label="备注" defaultValue={contract?.notes} />
      </div>
    </ActionForm>
  );
}
