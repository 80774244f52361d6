"use client";
import { ActionForm } from "@/components/form/action-form";
import { Hidden } from "@/components/form/fields";
import { removeSupervisorAssignment } from "../actions";

export function RemoveAssignmentButton({ id, supervisorName, workerName }: { id: string; supervisorName: string; workerName: string }) {
  return (
    <ActionForm
      action={async (prev, formData) =>
        window.confirm(`确定解除${supervisorName}对${workerName}的督导关系吗？解除后该督导不再能查阅${workerName}负责的服务对象档案。`) ? removeSupervisorAssignment(prev, formData) : prev
      }
      submitLabel="解除"
      className="flex items-center gap-2"
    >
      <Hidden name="id" value={id} />
    </ActionForm>
  );
}
