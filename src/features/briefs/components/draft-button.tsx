import { ActionForm } from "@/components/form/action-form";
import { Hidden } from "@/components/form/fields";
import { saveBrief } from "../actions";

/** 起草: creates the month's brief (no prose yet) and opens it. */
export function DraftBriefButton({ contractId, stationId, month }: { contractId: string; stationId: string; month: string }) {
  return (
    <ActionForm action={saveBrief} submitLabel="起草" className="inline-block">
      <Hidden name="contractId" value={contractId} />
      <Hidden name="stationId" value={stationId} />
      <Hidden name="month" value={month} />
    </ActionForm>
  );
}
