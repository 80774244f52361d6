import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md p-10 text-center">
      <h1 className="text-xl font-semibold">页面不存在或您无权访问</h1>
      <p className="mt-2 text-slate-500">请检查地址，或返回首页。</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">返回首页</Link>
    </main>
  );
}
