"use client";
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import { useFieldError, useFieldId } from "./action-form";

const inputClass = "block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600 aria-[invalid=true]:border-red-500";

function FieldShell({ name, label, required, hint, children, className }: { name: string; label: string; required?: boolean; hint?: ReactNode; children: ReactNode; className?: string }) {
  const error = useFieldError(name);
  const id = useFieldId(name);
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block font-medium text-slate-700">
        {label}
        {required && <span className="ml-0.5 text-red-600">*</span>}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-xs text-red-600" data-field-error={name}>{error}</p>
      ) : hint ? (
        <p className="mt-1 text-xs text-slate-500">{hint}</p>
      ) : null}
    </div>
  );
}

type Common = { name: string; label: string; required?: boolean; hint?: ReactNode; className?: string };

export function TextField({ name, label, required, hint, className, defaultValue, type = "text", placeholder, autoComplete }: Common & { defaultValue?: string | null; type?: string; placeholder?: string; autoComplete?: string }) {
  const error = useFieldError(name);
  const id = useFieldId(name);
  return (
    <FieldShell name={name} label={label} required={required} hint={hint} className={className}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue ?? ""}
        placeholder={placeholder}
        autoComplete={autoComplete}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        className={inputClass}
      />
    </FieldShell>
  );
}

export function TextareaField({ name, label, required, hint, className, defaultValue, rows = 3 }: Common & { defaultValue?: string | null; rows?: number }) {
  const error = useFieldError(name);
  const id = useFieldId(name);
  return (
    <FieldShell name={name} label={label} required={required} hint={hint} className={className}>
      <textarea id={id} name={name} rows={rows} defaultValue={defaultValue ?? ""} aria-invalid={!!error} className={inputClass} />
    </FieldShell>
  );
}

export function SelectField({ name, label, required, hint, className, defaultValue, options, placeholder = "请选择" }: Common & { defaultValue?: string | null; options: { value: string; label: string }[]; placeholder?: string }) {
  const error = useFieldError(name);
  const id = useFieldId(name);
  return (
    <FieldShell name={name} label={label} required={required} hint={hint} className={className}>
      <select id={id} name={name} defaultValue={defaultValue ?? ""} aria-invalid={!!error} className={inputClass}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxGroupField({ name, label, required, hint, className, defaultValue = [], options }: Common & { defaultValue?: string[]; options: { value: string; label: string }[] }) {
  return (
    <FieldShell name={name} label={label} required={required} hint={hint} className={className}>
      <div id={useFieldId(name)} className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((o) => (
          <label key={o.value} className="inline-flex items-center gap-1.5">
            <input type="checkbox" name={name} value={o.value} defaultChecked={defaultValue.includes(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
    </FieldShell>
  );
}

export function CheckboxField({ name, label, defaultChecked, className }: { name: string; label: string; defaultChecked?: boolean; className?: string }) {
  return (
    <label className={cn("inline-flex items-center gap-1.5", className)}>
      <input type="checkbox" name={name} defaultChecked={defaultChecked} />
      {label}
    </label>
  );
}

export function Hidden({ name, value }: { name: string; value: string | number }) {
  return <input type="hidden" name={name} value={value} />;
}

export function FormGrid({ children }: { children: ReactNode }) {
  return <div className="grid grid-cols-1 gap-4 md:grid-cols-2">{children}</div>;
}

export function FileField({ name, label, required, hint, className, accept }: Common & { accept?: string }) {
  const error = useFieldError(name);
  const id = useFieldId(name);
  return (
    <FieldShell name={name} label={label} required={required} hint={hint} className={className}>
      <input id={id} name={name} type="file" accept={accept} aria-invalid={!!error} aria-describedby={error ? `${id}-error` : undefined} className="block w-full text-sm text-slate-700 file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 file:text-sm" />
    </FieldShell>
  );
}
