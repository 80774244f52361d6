"use client";
// The bureau's forms on a contract's overview (contract:manage): payments, evaluation dates, the tranche
// schedule and the status. The server decides; these only render what it would accept.
import type { ContractStatus } from "@/generated/prisma/enums";
import { ActionForm } from "@/components/form/action-form";
import { FormGrid, Hidden, SelectField, TextareaField, TextField } from "@/components/form/fields";
import { formatYuan, percentOf, toDecimalString, type Fen } from "@/lib/money";
import { recordEvaluation, recordPayment, saveTranches, setContractStatus } from "../actions";
import { firstTrancheRange, SECOND_TRANCHE_PERCENT, trancheName } from "../rules";

/** What the forms need of the contract (plain values, passed from the server page). */
export type ManagedContract = {
  id: string;
  version: number;
  status: ContractStatus;
  amount: Fen;
  signedOn: string;
  midtermPassedOn: string;
  finalPassedOn: string;
  tranches: { id: string; seq: number; amount: Fen; paid: Fen; remaining: Fen; opened: boolean }[];
};

function Ids({ c }: { c: ManagedContract }) {
  return <><Hidden name="id" value={c.id} /><Hidden name="version" value={c.version} /></>;
}

export function PaymentForm({ contract }: { contract: ManagedContract }) {
  const open = contract.tranches.filter((t) => t.remaining > 0);
  if (contract.status === "DRAFT") return <p className="text-slate-500">服务项目生效后可记录拨付。</p>;
  if (contract.status === "TERMINATED") return <p className="text-slate-500">服务项目已终止。</p>;
  if (open.length === 0) return <p className="text-slate-500">拨付计划已全部拨付。</p>;
  return (
    <ActionForm action={recordPayment} submitLabel="记录拨付" resetOnSuccess>
      <Ids c={contract} />
      <FormGrid>
        <SelectField
          name="trancheId"
          label="拨付批次"
          required
          defaultValue={open.find((t) => t.opened)?.id ?? open[0].id}
          options={open.map((t) => ({ value: t.id, label: `${trancheName(t.seq)} · 尚未拨付 ${formatYuan(t.remaining)} 元${t.opened ? "" : "（条件未达成）"}` }))}
        />
        <TextField name="paidOn" label="拨付日期" type="date" required />
        <TextField name="amount" label="拨付金额（元）" required placeholder="如：195000.00" />
        <TextField name="voucherNo" label="凭证号" placeholder="如：记-2026-0012" />
        <TextField name="note" label="备注" className="md:col-span-2" />
      </FormGrid>
    </ActionForm>
  );
}

export function EvaluationForm({ contract }: { contract: ManagedContract }) {
  if (contract.status !== "ACTIVE") return <p className="text-slate-500">服务项目履行中时可记录评估通过日期。</p>;
  return (
    <ActionForm action={recordEvaluation} submitLabel="保存评估日期">
      <Ids c={contract} />
      <FormGrid>
        <TextField name="midtermPassedOn" label="中期评估通过日期" type="date" defaultValue={contract.midtermPassedOn} hint="通过后第二笔在 10 个工作日内拨付" />
        <TextField name="finalPassedOn" label="末期评估通过日期" type="date" defaultValue={contract.finalPassedOn} hint="须在中期评估之后；通过后拨付其余款项" />
      </FormGrid>
    </ActionForm>
  );
}

export function TrancheScheduleForm({ contract }: { contract: ManagedContract }) {
  if (contract.status !== "DRAFT" && contract.status !== "ACTIVE") return <p className="text-slate-500">已结项或已终止的服务项目不能调整拨付计划。</p>;
  const { min, max } = firstTrancheRange(contract.amount);
  const hints = [
    `项目金额的 60%–70%（${formatYuan(min)}–${formatYuan(max)} 元）`,
    `项目金额的 ${SECOND_TRANCHE_PERCENT}%（${formatYuan(percentOf(contract.amount, SECOND_TRANCHE_PERCENT))} 元）`,
    "其余款项；三笔合计应等于项目金额",
  ];
  return (
    <ActionForm action={saveTranches} submitLabel="保存拨付计划">
      <Ids c={contract} />
      <p className="text-sm text-slate-600">项目金额 {formatYuan(contract.amount)} 元。已有拨付记录的批次金额不能修改。</p>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        {contract.tranches.map((t, i) =>
          t.paid > 0 ? (
            <div key={t.id}>
              <Hidden name={`tranche${t.seq}`} value={toDecimalString(t.amount)} />
              <p className="mb-1 font-medium text-slate-700">{trancheName(t.seq)}（元）</p>
              <p className="py-1.5">{formatYuan(t.amount)} <span className="text-xs text-slate-500">（已有拨付，不能修改）</span></p>
            </div>
          ) : (
            <TextField key={t.id} name={`tranche${t.seq}`} label={`${trancheName(t.seq)}（元）`} required defaultValue={toDecimalString(t.amount)} hint={hints[i]} />
          ),
        )}
      </div>
    </ActionForm>
  );
}

export function StatusForms({ contract }: { contract: ManagedContract }) {
  if (contract.status === "COMPLETED" || contract.status === "TERMINATED") {
    return <p className="text-slate-500">服务项目已{contract.status === "COMPLETED" ? "结项" : "终止"}，状态不能再变更。</p>;
  }
  return (
    <div className="space-y-6">
      {contract.status === "DRAFT" && (
        <ActionForm action={setContractStatus} submitLabel="确认生效">
          <Ids c={contract} />
          <Hidden name="status" value="ACTIVE" />
          <p className="text-sm text-slate-600">协议自双方最后一方签字之日起生效；生效后第一笔在 10 个工作日内拨付。</p>
          <TextField name="signedOn" label="协议生效日期" type="date" required defaultValue={contract.signedOn} />
        </ActionForm>
      )}
      {contract.status === "ACTIVE" && (
        <ActionForm action={setContractStatus} submitLabel="结项">
          <Ids c={contract} />
          <Hidden name="status" value="COMPLETED" />
          <p className="text-sm text-slate-600">{contract.finalPassedOn ? `末期评估已于 ${contract.finalPassedOn} 通过，可以结项。` : "末期评估通过后才能结项。"}</p>
        </ActionForm>
      )}
      <ActionForm action={setContractStatus} submitLabel="终止服务项目">
        <Ids c={contract} />
        <Hidden name="status" value="TERMINATED" />
        <TextareaField name="reason" label="终止原因" required rows={2} hint="终止后不能恢复；原因与日期记入备注" />
      </ActionForm>
    </div>
  );
}

