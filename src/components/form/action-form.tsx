"use client";
import { createContext, useActionState, useContext, useEffect, useId, useRef, useTransition, type ReactNode } from "react";
import { usePageForm } from "./page-refresh";
import { toast } from "sonner";
import type { ActionState } from "@/server/action";
import { Button } from "@/components/ui/button";

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

const FormStateContext = createContext<{ state: ActionState; pending: boolean; idPrefix: string }>({ state: null, pending: false, idPrefix: "f" });

/** Element id for a field: unique per form, so two forms on one page never share an id. */
export function useFieldId(name: string): string {
  return `${useContext(FormStateContext).idPrefix}-${name}`;
}

export function useFieldError(name: string): string | undefined {
  const { state } = useContext(FormStateContext);
  if (!state || state.ok) return undefined;
  return state.fieldErrors?.[name]?.[0];
}

/**
 * A form bound to a server action. Submitting keeps what the user typed (no reset on error); field
 * errors from the server's zod schema appear under their fields, other errors above the buttons.
 */
export function ActionForm({
  action, children, submitLabel = "保存", successMessage, resetOnSuccess = false, className, onSuccess, secondary,
}: {
  action: ServerAction;
  children: ReactNode;
  submitLabel?: string;
  successMessage?: string;
  resetOnSuccess?: boolean;
  className?: string;
  onSuccess?: () => void;
  secondary?: ReactNode;
}) {
  const [state, dispatch, pending] = useActionState(action, null);
  const idPrefix = `f${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const [, startTransition] = useTransition();
  const { busy, post, answered } = usePageForm();
  const formRef = useRef<HTMLFormElement>(null);
  const handled = useRef<number | null>(null);

  useEffect(() => {
    if (!state || handled.current === state.at) return;
    handled.current = state.at;
    answered(state);
    if (state.ok) {
      toast.success(state.message ?? successMessage ?? "已保存");
      if (resetOnSuccess) formRef.current?.reset();
      onSuccess?.();
    } else if (!state.fieldErrors || Object.keys(state.fieldErrors).length === 0) {
      toast.error(state.message);
    }
  }, [state, answered, successMessage, resetOnSuccess, onSuccess]);

  return (
    <FormStateContext.Provider value={{ state, pending, idPrefix }}>
      <form
        ref={formRef}
        noValidate
        className={className ?? "space-y-4"}
        onSubmit={(event) => {
          event.preventDefault();
          if (busy) return;
          const formData = new FormData(event.currentTarget);
          post();
          startTransition(() => dispatch(formData));
        }}
      >
        {children}
        {state && !state.ok && (
          <p role="alert" data-testid="form-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-700">
            {state.message}
          </p>
        )}
        <div className="flex gap-2">
          <Button type="submit" disabled={pending || busy}>{pending ? "提交中…" : submitLabel}</Button>
          {secondary}
        </div>
      </form>
    </FormStateContext.Provider>
  );
}
