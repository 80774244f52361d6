"use client";
import { ActionForm } from "@/components/form/action-form";
import { FormGrid, Hidden, SelectField } from "@/components/form/fields";
import { assignSupervisor } from "../actions";

type Person = { id: string; name: string; username: string };

const option = (p: Person) => ({ value: p.id, label: `${p.name}（${p.username}）` });

export function AssignSupervisorForm({ stationId, workers, supervisors }: { stationId: string; workers: Person[]; supervisors: Person[] }) {
  return (
    <ActionForm action={assignSupervisor} submitLabel="指定督导" resetOnSuccess>
      <Hidden name="stationId" value={stationId} />
      <FormGrid>
        <SelectField name="workerId" label="社工" required options={workers.map(option)} placeholder="选择本站社工" />
        <SelectField name="supervisorId" label="督导" required options={supervisors.map(option)} placeholder="选择本站督导" />
      </FormGrid>
    </ActionForm>
  );
}
