"use client";
import { useCallback, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/server/action";

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

function temporaryPasswordOf(state: ActionState): string | null {
  if (!state?.ok || typeof state.data !== "object" || state.data === null) return null;
  const value = (state.data as { temporaryPassword?: unknown }).temporaryPassword;
  return typeof value === "string" ? value : null;
}

/**
 * Wraps a server action so the result's one-time secret stays in this component's memory only (never in
 * the URL, a toast or the page's server data). `confirmText` asks before sending.
 */
export function useOneTimeResult<T = Record<string, unknown>>(action: ServerAction, confirmText?: string) {
  const [result, setResult] = useState<{ temporaryPassword: string; data: T } | null>(null);
  const wrapped = useCallback<ServerAction>(
    async (prev, formData) => {
      if (confirmText && !window.confirm(confirmText)) return prev;
      setResult(null);
      const state = await action(prev, formData);
      const temporaryPassword = temporaryPasswordOf(state);
      if (state?.ok && temporaryPassword) setResult({ temporaryPassword, data: state.data as T });
      return state;
    },
    [action, confirmText],
  );
  return { action: wrapped, result, clear: () => setResult(null) };
}

export function TemporaryPasswordNotice({ password, children, onClose }: { password: string; children?: ReactNode; onClose: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">
      <p className="font-medium">临时密码（只显示这一次，关闭或离开本页后无法再次查看）：</p>
      <div className="flex flex-wrap items-center gap-2">
        <code data-testid="temporary-password" className="select-all rounded bg-white px-2 py-1 font-mono text-base tracking-wider ring-1 ring-amber-200">{password}</code>
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(password).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? "已复制" : "复制"}
        </Button>
        <Button type="button" variant="ghost" onClick={onClose}>我已告知本人，关闭</Button>
      </div>
      <p className="text-xs">请当面或通过安全渠道告知本人。本人首次登录时须立即修改密码。</p>
      {children}
    </div>
  );
}
