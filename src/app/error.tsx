"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const dbDown = /ECONNREFUSED|Can't reach database|connect ECONN|database system is/i.test(error.message);
  return (
    <main className="mx-auto max-w-md p-10 text-center">
      <h1 className="text-xl font-semibold">{dbDown ? "数据库暂时无法连接" : "页面出现错误"}</h1>
      <p className="mt-2 text-slate-500">
        {dbDown ? "系统无法连接数据库，请稍后重试；如持续出现，请联系系统管理员。" : "请稍后重试。如问题持续，请把错误编号告知系统管理员。"}
      </p>
      {error.digest && <p className="mt-2 text-xs text-slate-400">错误编号：{error.digest}</p>}
      <button onClick={reset} className="mt-4 rounded-md border px-3 py-1.5">重试</button>
    </main>
  );
}
