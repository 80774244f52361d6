"use client";
// 从 Excel 导入: the workbook (as 导出 Excel gives it, filled in) replaces the draft's content. A refused workbook
// lists every problem with its sheet, row and column; nothing is imported until all are corrected.
import { useCallback, useState } from "react";
import { ActionForm, useFieldError, useFieldId } from "@/components/form/action-form";
import { Hidden } from "@/components/form/fields";
import type { ActionState } from "@/server/action";
import { importDeclaration } from "../import-actions";

function WorkbookInput({ problems }: { problems: readonly string[] }) {
  const id = useFieldId("file");
  const error = useFieldError("file");
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium text-slate-700">
        Excel 文件（.xlsx）<span className="ml-0.5 text-red-600">*</span>
      </label>
      <input
        id={id}
        name="file"
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-problems` : undefined}
        className="block w-full text-sm text-slate-700 file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 file:text-sm"
      />
      {error ? (
        <ul id={`${id}-problems`} data-testid="import-problems" className="mt-2 max-h-72 list-disc space-y-1 overflow-y-auto pl-5 text-xs text-red-700">
          {(problems.length ? problems : [error]).map((p, i) => <li key={i}>{p}</li>)}
        </ul>
      ) : (
        <p className="mt-1 text-xs text-slate-500">不超过 2 MB。导入会替换申报表的全部内容（部门整体支出申报表连同各项目）。</p>
      )}
    </div>
  );
}

export function DeclarationImportForm({ id, version }: { id: string; version: number }) {
  const [problems, setProblems] = useState<string[]>([]);
  const action = useCallback(async (prev: ActionState, formData: FormData): Promise<ActionState> => {
    const state = await importDeclaration(prev, formData);
    setProblems(state && !state.ok ? state.fieldErrors?.file ?? [] : []);
    return state;
  }, []);
  return (
    <div className="space-y-3 text-sm">
      <p className="text-slate-600">
        先<a className="text-blue-700 hover:underline" href={`/api/exports/declarations/${id}`}>导出 Excel</a>，在表中填写或修改后导入；可以增加指标行，合并的一级、二级指标单元格沿用上方的内容。
      </p>
      <ActionForm action={action} submitLabel="导入" successMessage="已从 Excel 导入">
        <Hidden name="id" value={id} />
        <Hidden name="version" value={version} />
        <WorkbookInput problems={problems} />
      </ActionForm>
    </div>
  );
}
