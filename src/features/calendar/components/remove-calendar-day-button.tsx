"use client";
import { ActionForm } from "@/components/form/action-form";
import { Hidden } from "@/components/form/fields";
import { removeCalendarDay } from "../actions";

export function RemoveCalendarDayButton({ date, name }: { date: string; name: string }) {
  return (
    <ActionForm
      action={async (prev, formData) => (window.confirm(`确定从工作日历中删除 ${date}（${name}）吗？删除后该日按普通工作日或周末计算。`) ? removeCalendarDay(prev, formData) : prev)}
      submitLabel="删除"
      className="flex items-center gap-2"
    >
      <Hidden name="date" value={date} />
    </ActionForm>
  );
}
