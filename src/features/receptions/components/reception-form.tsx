"use client";
// 来访接待登记: recorded by the receiving worker at their station; edited by them only.
import { ActionForm } from "@/components/form/action-form";
import { FormGrid, Hidden, SelectField, TextareaField, TextField } from "@/components/form/fields";
import { optionsOf, RECEPTION_MATTER_LABELS, RECEPTION_OUTCOME_LABELS, SERVICE_DOMAIN_LABELS } from "@/lib/labels";
import { saveReception } from "../actions";
import { MAX_VISITORS } from "../helpers";

export type ReceptionFormValues = {
  id: string;
  version: number;
  /** datetime-local value in Beijing time (2026-11-20T14:30). */
  receivedAt: string;
  visitorCount: number;
  serviceDomain: string;
  communityId: string | null;
  matter: string;
  outcome: string;
  summary: string;
};

type StationOption = { id: string; name: string; communities: { id: string; name: string }[] };

export function ReceptionForm({ stations, workerName, reception, defaultReceivedAt }: {
  stations: StationOption[]; workerName: string; reception?: ReceptionFormValues; defaultReceivedAt: string;
}) {
  const several = !reception && stations.length > 1;
  // With several stations the communities are named with their station (the server checks the pair).
  const communities = stations.flatMap((s) => s.communities.map((c) => ({ value: c.id, label: several ? `${s.name} · ${c.name}` : c.name })));
  return (
    <ActionForm action={saveReception} submitLabel={reception ? "保存修改" : "保存登记"}>
      {reception ? <><Hidden name="receptionId" value={reception.id} /><Hidden name="version" value={reception.version} /></> : !several && <Hidden name="stationId" value={stations[0].id} />}
      <FormGrid>
        {several ? (
          <SelectField name="stationId" label="社工站" required options={stations.map((s) => ({ value: s.id, label: s.name }))} />
        ) : (
          <div>
            <div className="mb-1 font-medium text-slate-700">社工站</div>
            <div className="py-1.5">{stations[0].name}</div>
          </div>
        )}
        <div>
          <div className="mb-1 font-medium text-slate-700">接待社工</div>
          <div className="py-1.5">{workerName}</div>
        </div>
        <TextField name="receivedAt" label="接待时间" type="datetime-local" required defaultValue={reception?.receivedAt ?? defaultReceivedAt} hint="北京时间，不能晚于现在" />
        <TextField name="visitorCount" label="来访人数" type="number" required defaultValue={reception ? String(reception.visitorCount) : "1"} hint={`1–${MAX_VISITORS} 人`} />
        <SelectField name="serviceDomain" label="服务领域" required defaultValue={reception?.serviceDomain} options={optionsOf(SERVICE_DOMAIN_LABELS)} />
        <SelectField name="communityId" label="所属村（社区）" defaultValue={reception?.communityId} placeholder="未指定" options={communities} />
        <SelectField name="matter" label="事由类别" required defaultValue={reception?.matter} options={optionsOf(RECEPTION_MATTER_LABELS)} />
        <SelectField name="outcome" label="处理结果" required defaultValue={reception?.outcome} options={optionsOf(RECEPTION_OUTCOME_LABELS)} />
      </FormGrid>
      <TextareaField name="summary" label="来访事由与处理情况" required rows={5} defaultValue={reception?.summary} hint="可能涉及来访人姓名等信息，加密保存，仅接待社工及其督导可见。" />
    </ActionForm>
  );
}
