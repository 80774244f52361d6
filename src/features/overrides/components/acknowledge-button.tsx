"use client";
import { ActionForm } from "@/components/form/action-form";
import { Hidden } from "@/components/form/fields";
import { acknowledgeOverride } from "../actions";

/** 已知悉: the supervisor acknowledges one override. */
export function AcknowledgeButton({ overrideId }: { overrideId: string }) {
  return (
    <ActionForm action={acknowledgeOverride} submitLabel="已知悉">
      <Hidden name="overrideId" value={overrideId} />
    </ActionForm>
  );
}
