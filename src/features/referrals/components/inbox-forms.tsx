"use client";
import { ActionForm } from "@/components/form/action-form";
import { Hidden, TextareaField } from "@/components/form/fields";
import { acceptReferral, declineReferral } from "../actions";

function Step({ referralId, version }: { referralId: string; version: number }) {
  return (
    <>
      <Hidden name="referralId" value={referralId} />
      <Hidden name="version" value={version} />
    </>
  );
}

/** 接收: opens a case for the client at the receiver's station. */
export function AcceptReferralButton(props: { referralId: string; version: number }) {
  return (
    <ActionForm action={acceptReferral} submitLabel="接收并开案">
      <Step {...props} />
      <p className="text-xs text-slate-500">接收后将在本站为该服务对象开案（来源：转介），由您负责；转出个案转为“已转介”，您可查阅转出社工站共享的档案。</p>
    </ActionForm>
  );
}

/** 拒绝: with the reason the sender reads. */
export function DeclineReferralForm(props: { referralId: string; version: number }) {
  return (
    <ActionForm action={declineReferral} submitLabel="拒绝接收">
      <Step {...props} />
      <TextareaField name="note" label="拒绝理由" required rows={2} />
    </ActionForm>
  );
}
