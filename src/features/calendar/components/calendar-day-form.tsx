"use client";
import { ActionForm } from "@/components/form/action-form";
import { FormGrid, Hidden, SelectField, TextField } from "@/components/form/fields";
import { ButtonLink } from "@/components/ui/button";
import { CALENDAR_DAY_KIND_LABELS, optionsOf } from "@/lib/labels";
import { saveCalendarDay } from "../actions";

export type CalendarDayFormValues = { date: string; kind: string; name: string };

/** Add a day (no `day`) or change the day being edited. */
export function CalendarDayForm({ day, cancelHref }: { day?: CalendarDayFormValues; cancelHref: string }) {
  return (
    <ActionForm
      action={saveCalendarDay}
      submitLabel={day ? "保存修改" : "添加日期"}
      resetOnSuccess={!day}
      secondary={day && <ButtonLink href={cancelHref}>取消</ButtonLink>}
    >
      {day && <Hidden name="originalDate" value={day.date} />}
      <FormGrid>
        <TextField name="date" label="日期" type="date" required defaultValue={day?.date} />
        <SelectField
          name="kind"
          label="类型"
          required
          defaultValue={day?.kind}
          options={optionsOf(CALENDAR_DAY_KIND_LABELS)}
          hint="“调休上班”只能设在周六或周日；节假日可包含周末"
        />
        <TextField name="name" label="名称" required defaultValue={day?.name} placeholder="如：国庆节、国庆节调休上班" />
      </FormGrid>
    </ActionForm>
  );
}
