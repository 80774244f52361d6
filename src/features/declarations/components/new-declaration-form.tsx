"use client";
// 新建绩效目标申报表: the type (项目支出 or 部门（单位）整体支出), the year (next year by default) and the name; a project
// opened from a department-wide draft carries its parent (and its year). Saving opens the editor of the new draft.
import { useState } from "react";
import { ActionForm, useFieldError, useFieldId } from "@/components/form/action-form";
import { FormGrid, Hidden, TextField } from "@/components/form/fields";
import type { DeclarationKind } from "@/generated/prisma/enums";
import { DECLARATION_KIND_LABELS, optionsOf } from "@/lib/labels";
import { createDeclaration } from "../actions";
import { fieldLabel } from "../doc";

export type NewDeclarationParent = { id: string; name: string; year: number };

function KindSelect({ value, onChange }: { value: DeclarationKind; onChange: (kind: DeclarationKind) => void }) {
  const id = useFieldId("kind");
  const error = useFieldError("kind");
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium text-slate-700">申报表类型<span className="ml-0.5 text-red-600">*</span></label>
      <select id={id} name="kind" value={value} aria-invalid={!!error} aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm aria-[invalid=true]:border-red-500"
        onChange={(e) => onChange(e.target.value as DeclarationKind)}>
        {optionsOf(DECLARATION_KIND_LABELS).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {error && <p id={`${id}-error`} className="mt-1 text-xs text-red-600" data-field-error="kind">{error}</p>}
    </div>
  );
}

/** `unitName` (the declaring unit) is offered as the 预算单位 of a department-wide declaration. */
export function NewDeclarationForm({ defaultYear, unitName = "", parent = null }: { defaultYear: number; unitName?: string; parent?: NewDeclarationParent | null }) {
  const [kind, setKind] = useState<DeclarationKind>("PROJECT");
  if (parent) {
    return (
      <ActionForm action={createDeclaration} submitLabel="新建并填写">
        <Hidden name="kind" value="PROJECT" />
        <Hidden name="parentId" value={parent.id} />
        <p className="text-sm text-slate-600">
          在部门（单位）整体支出绩效目标申报表「{parent.name}」下新建一张{DECLARATION_KIND_LABELS.PROJECT}，年度与之相同：{parent.year}年度。
        </p>
        <Hidden name="year" value={parent.year} />
        <TextField name="name" label={fieldLabel("PROJECT", "name")} required placeholder="如：村（社区）换届工作经费" />
      </ActionForm>
    );
  }
  return (
    <ActionForm action={createDeclaration} submitLabel="新建并填写">
      <FormGrid>
        <KindSelect value={kind} onChange={setKind} />
        <TextField name="year" label={fieldLabel(kind, "year")} type="number" defaultValue={String(defaultYear)} required hint="申报的预算年度，一般为下一年" />
        <TextField key={kind} name="name" label={fieldLabel(kind, "name")} required className="md:col-span-2"
          defaultValue={kind === "DEPARTMENT" ? unitName : ""} placeholder={kind === "PROJECT" ? "如：社会工作发展经费" : undefined}
          hint={kind === "DEPARTMENT" ? "部门整体支出申报表以预算单位为名；建好后可在其下新建各项目的申报表" : undefined} />
      </FormGrid>
    </ActionForm>
  );
}
