"use client";
import { ActionForm } from "@/components/form/action-form";
import { Hidden } from "@/components/form/fields";
import type { DocumentKind } from "@/generated/prisma/enums";
import { signDocument } from "../actions";

/** The station head's countersignature on one row of 待签署文书. */
export function CountersignButton({ kind, documentId, version }: { kind: DocumentKind; documentId: string; version: number }) {
  return (
    <ActionForm action={signDocument} submitLabel="签署">
      <Hidden name="kind" value={kind} />
      <Hidden name="documentId" value={documentId} />
      <Hidden name="version" value={version} />
    </ActionForm>
  );
}
