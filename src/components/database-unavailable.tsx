export function DatabaseUnavailable() {
  return (
    <main className="mx-auto max-w-md p-10 text-center">
      <h1 className="text-xl font-semibold">数据库暂时无法连接</h1>
      <p className="mt-2 text-slate-500">系统无法连接数据库，您的数据没有丢失。请稍后刷新重试；如持续出现，请联系系统管理员检查数据库服务。</p>
    </main>
  );
}
