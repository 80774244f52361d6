import { Stat } from "@/components/ui/card";

/** 指引 第一部分 二: 站长 1 名、副站长 1 名、驻站社工不少于 2 名；至少 1 名持证社工. */
export function StaffStandards({ head, deputy, staff, certified }: { head: number; deputy: number; staff: number; certified: number }) {
  const mark = (ok: boolean) => (ok ? <span className="text-green-700">达标</span> : <span className="text-amber-700">未达标</span>);
  return (
    <div className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-4">
      <Stat label="站长" value={head} hint={<>标准 1 名 · {mark(head === 1)}</>} />
      <Stat label="副站长" value={deputy} hint={<>标准 1 名 · {mark(deputy === 1)}</>} />
      <Stat label="驻站社工" value={staff} hint={<>标准不少于 2 名 · {mark(staff >= 2)}</>} />
      <Stat label="持证社工" value={certified} hint={<>标准不少于 1 名 · {mark(certified >= 1)}</>} />
    </div>
  );
}
