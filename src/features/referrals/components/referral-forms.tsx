"use client";
import { useState } from "react";
import { ActionForm, useFieldError, useFieldId } from "@/components/form/action-form";
import { CheckboxField, FormGrid, Hidden, SelectField, TextareaField, TextField } from "@/components/form/fields";
import { CONSENT_SIGNER_LABELS, EXTERNAL_DECISION_LABELS, optionsOf, REFERRAL_REASON_LABELS, REFERRAL_TARGET_LABELS } from "@/lib/labels";
import { cancelReferral, recordExternalDecision, saveReferral, saveReferralConsent, sendReferral } from "../actions";
import { REFERRAL_NARRATIVE_LABELS, REFERRAL_NARRATIVES, type ReferralNarrative, type ReferralTarget } from "../schemas";

const inputClass = "block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600 aria-[invalid=true]:border-red-500";

/** A select whose value the form follows (station → its workers); same look and error slot as SelectField. */
function ControlledSelect({ name, label, value, onChange, options, placeholder = "请选择" }: {
  name: string; label: string; value: string; onChange: (v: string) => void; options: { value: string; label: string }[]; placeholder?: string;
}) {
  const id = useFieldId(name);
  const error = useFieldError(name);
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium text-slate-700">{label}<span className="ml-0.5 text-red-600">*</span></label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={!!error} className={inputClass}>
        <option value="">{placeholder}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {error && <p id={`${id}-error`} className="mt-1 text-xs text-red-600" data-field-error={name}>{error}</p>}
    </div>
  );
}

export type ReferralTargetOption = { id: string; name: string; workers: { id: string; name: string }[] };

export type ReferralValues = {
  id: string; version: number; target: ReferralTarget;
  toStationId: string | null; toWorkerId: string | null; toOrganization: string | null; toWorkerName: string | null; toContact: string | null;
  fromContact: string | null; reason: string; reasonNote: string | null;
} & Record<ReferralNarrative, string | null>;

/** 个案工作转介表: drafted, then edited while a draft and unsigned. */
export function ReferralForm({ caseId, referral, targets }: { caseId: string; referral: ReferralValues | null; targets: ReferralTargetOption[] }) {
  const [target, setTarget] = useState<ReferralTarget>(referral?.target ?? "STATION");
  const [stationId, setStationId] = useState(referral?.toStationId ?? "");
  const [workerId, setWorkerId] = useState(referral?.toWorkerId ?? "");
  const workers = targets.find((s) => s.id === stationId)?.workers ?? [];
  return (
    <ActionForm action={saveReferral} submitLabel={referral ? "保存转介表" : "创建转介表"}>
      <Hidden name="caseId" value={caseId} />
      {referral && <Hidden name="referralId" value={referral.id} />}
      {referral && <Hidden name="version" value={referral.version} />}
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-1 font-medium text-slate-700">转介去向<span className="ml-0.5 text-red-600">*</span></legend>
        {(Object.keys(REFERRAL_TARGET_LABELS) as ReferralTarget[]).map((t) => (
          <label key={t} className="inline-flex items-center gap-1.5">
            <input type="radio" name="target" value={t} checked={target === t} onChange={() => setTarget(t)} />
            {REFERRAL_TARGET_LABELS[t]}
          </label>
        ))}
      </fieldset>
      {target === "STATION" ? (
        <FormGrid>
          <ControlledSelect
            name="toStationId" label="转入社工站" value={stationId}
            onChange={(v) => { setStationId(v); setWorkerId(""); }}
            options={targets.map((s) => ({ value: s.id, label: s.name }))}
          />
          <ControlledSelect
            name="toWorkerId" label="转入社工" value={workerId} onChange={setWorkerId}
            placeholder={stationId ? (workers.length ? "请选择" : "该站暂无驻站社工账号") : "请先选择社工站"}
            options={workers.map((u) => ({ value: u.id, label: u.name }))}
          />
          <TextField name="toContact" label="转入社工联系方式" defaultValue={referral?.toContact} />
        </FormGrid>
      ) : (
        <FormGrid>
          <TextField name="toOrganization" label="转入机构名称" required defaultValue={referral?.toOrganization} />
          <TextField name="toWorkerName" label="转入机构负责社工" defaultValue={referral?.toWorkerName} />
          <TextField name="toContact" label="转入机构联系方式" defaultValue={referral?.toContact} />
        </FormGrid>
      )}
      <FormGrid>
        <TextField name="fromContact" label="转出社工联系方式" defaultValue={referral?.fromContact} />
        <SelectField name="reason" label="转介原因" required defaultValue={referral?.reason} options={optionsOf(REFERRAL_REASON_LABELS)} />
        <TextField name="reasonNote" label="转介原因说明" defaultValue={referral?.reasonNote} hint="转介原因为“其他”时必填" />
      </FormGrid>
      {REFERRAL_NARRATIVES.map((k) => (
        <TextareaField key={k} name={k} label={REFERRAL_NARRATIVE_LABELS[k]} rows={3} required={k !== "measures"} defaultValue={referral?.[k]} />
      ))}
      <p className="text-xs text-slate-500">
        服务对象的姓名、性别、年龄、联系电话等基本信息取自服务对象档案，经服务对象同意后随转介表一并转出；叙述内容加密保存。
      </p>
    </ActionForm>
  );
}

export type ReferralConsentValues = { consentedOn: string | null; consentSigner: string | null; consentGuardianName: string | null };

/** 个案转介同意书: recorded on a draft referral (the client signed the paper form). */
export function ReferralConsentForm({ referralId, version, consent, today }: { referralId: string; version: number; consent: ReferralConsentValues; today: string }) {
  return (
    <ActionForm action={saveReferralConsent} submitLabel="保存转介同意书">
      <Hidden name="referralId" value={referralId} />
      <Hidden name="version" value={version} />
      <CheckboxField name="agreed" label="服务对象（或其监护人）已阅读并同意转介，并在纸质转介同意书上签字" defaultChecked={!!consent.consentedOn} />
      <FormGrid>
        <TextField name="consentedOn" label="签署日期" type="date" required defaultValue={consent.consentedOn ?? today} />
        <SelectField name="consentSigner" label="签字方式" required defaultValue={consent.consentSigner ?? "CLIENT"} options={optionsOf(CONSENT_SIGNER_LABELS)} />
        <TextField name="consentGuardianName" label="监护人姓名" defaultValue={consent.consentGuardianName} hint="监护人签字时必填" />
      </FormGrid>
    </ActionForm>
  );
}

function Step({ referralId, version }: { referralId: string; version: number }) {
  return (
    <>
      <Hidden name="referralId" value={referralId} />
      <Hidden name="version" value={version} />
    </>
  );
}

/** 发送转介 (refused without the client's consent or the worker's signature). */
export function SendReferralButton(props: { referralId: string; version: number }) {
  return <ActionForm action={sendReferral} submitLabel="发送转介"><Step {...props} /></ActionForm>;
}

/** 撤回 a pending referral, or discard a draft. */
export function CancelReferralButton({ draft, ...props }: { referralId: string; version: number; draft: boolean }) {
  return <ActionForm action={cancelReferral} submitLabel={draft ? "作废草稿" : "撤回转介"}><Step {...props} /></ActionForm>;
}

/** The answer of another organisation, recorded by the sender. */
export function ExternalDecisionForm({ today, ...props }: { referralId: string; version: number; today: string }) {
  return (
    <ActionForm action={recordExternalDecision} submitLabel="记录接收结果">
      <Step {...props} />
      <FormGrid>
        <SelectField name="decision" label="接收结果" required options={optionsOf(EXTERNAL_DECISION_LABELS)} />
        <TextField name="decidedOn" label="答复日期" type="date" required defaultValue={today} />
      </FormGrid>
      <TextareaField name="note" label="说明" rows={2} />
    </ActionForm>
  );
}
