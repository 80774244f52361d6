"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-md p-10 text-center">
      <h1 className="text-xl font-semibold">页面出现错误</h1>
      <p className="mt-2 text-slate-500">请稍后重试。如问题持续，请把错误编号告知系统管理员。</p>
      {error.digest && <p className="mt-2 text-xs text-slate-400">错误编号：{error.digest}</p>}
      <button onClick={reset} className="mt-4 rounded-md border px-3 py-1.5">重试</button>
    </main>
  );
}
