"use client";
import Link from "next/link";
import { startTransition, useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/server/action";
import { checkIdNumber } from "../actions";
import type { IdCheckResult } from "../helpers";
import { ClientForm } from "./client-form";

type Props = Omit<Parameters<typeof ClientForm>[0], "client" | "idNumber">;

/** 先查重后登记: an ID-number check first; the form opens when the number is new (or the client has none). */
export function NewClient(props: Props) {
  const [state, dispatch, pending] = useActionState<ActionState, FormData>(checkIdNumber, null);
  const [typed, setTyped] = useState("");
  const [withoutId, setWithoutId] = useState(false);
  const result = state?.ok ? (state.data as IdCheckResult) : null;
  const checkedNew = result?.status === "none";
  const error = state && !state.ok ? (state.fieldErrors?.idNumber?.[0] ?? state.message) : null;

  if (checkedNew || withoutId) {
    return (
      <div className="space-y-3">
        <p className="text-sm text-slate-600">
          {withoutId ? "登记无身份证号的服务对象。" : <>身份证号 <span className="font-mono">{typed}</span> 在本区尚未登记。</>}
          <button type="button" className="ml-2 text-brand-700 underline" onClick={() => window.location.reload()}>重新查重</button>
        </p>
        <ClientForm {...props} idNumber={withoutId ? undefined : typed} />
      </div>
    );
  }

  return (
    <div className="space-y-3">
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => { event.preventDefault(); const data = new FormData(event.currentTarget); startTransition(() => dispatch(data)); }}
      >
        <div>
          <label htmlFor="check-idNumber" className="mb-1 block font-medium text-slate-700">身份证号查重</label>
          <input id="check-idNumber" name="idNumber" value={typed} onChange={(e) => setTyped(e.target.value.trim().toUpperCase())} className="w-64 rounded-md border border-slate-300 px-2.5 py-1.5 font-mono" placeholder="18 位身份证号" aria-invalid={!!error} />
        </div>
        <Button type="submit" disabled={pending}>{pending ? "查询中…" : "查重"}</Button>
        <Button type="button" variant="secondary" onClick={() => setWithoutId(true)}>无身份证号，直接登记</Button>
      </form>
      {error && <p role="alert" className="text-sm text-red-600" data-field-error="idNumber">{error}</p>}
      {result?.status === "readable" && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2">
          该身份证号已登记为服务对象「{result.name}」，不再重复建档：<Link className="text-brand-700 underline" href={`/station/clients/${result.clientId}`}>打开档案</Link>
        </p>
      )}
      {result?.status === "elsewhere" && <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2">{result.message}</p>}
      <p className="text-xs text-slate-500">登记前先按身份证号查重（一人一档）；查询按加密索引进行，并记入审计日志。</p>
    </div>
  );
}
