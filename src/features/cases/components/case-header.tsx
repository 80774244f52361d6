import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Badge, PageHeader } from "@/components/ui/card";
import { CASE_STATUS_LABELS } from "@/lib/labels";
import type { CaseHeader } from "../queries";
import { DeadlineBadge } from "./deadline-badge";

/** The pages of one case file, in the professional order (intake → … → closure, referral), and print. */
export const CASE_SECTIONS = [
  { key: "overview", suffix: "", label: "接案与预估" },
  { key: "plan", suffix: "/plan", label: "计划表" },
  { key: "sessions", suffix: "/sessions", label: "过程记录" },
  { key: "evaluation", suffix: "/evaluation", label: "评估表" },
  { key: "closure", suffix: "/closure", label: "结案表" },
  { key: "referrals", suffix: "/referrals", label: "转介" },
  { key: "print", suffix: "/print", label: "打印与导出" },
] as const;

export type CaseSection = (typeof CASE_SECTIONS)[number]["key"];

/** Title, client link (for those who may read the client), status, deadline and the section tabs. */
export function CaseHeaderView({ header, section }: { header: CaseHeader; section: CaseSection }) {
  const { caseFile, role } = header;
  const base = `/station/cases/${caseFile.id}`;
  return (
    <>
      <PageHeader
        title={`个案 ${caseFile.number}`}
        description={
          <>
            {caseFile.station.name} · 服务对象{" "}
            {role === "owner" || role === "supervisor"
              ? <Link className="text-brand-700 underline" href={`/station/clients/${caseFile.client.id}`}>{caseFile.client.name}</Link>
              : caseFile.client.name}
            {" "}· 负责社工 {caseFile.owner.name}{" "}
            <Badge tone={caseFile.status === "OPEN" ? "blue" : "slate"}>{CASE_STATUS_LABELS[caseFile.status]}</Badge>{" "}
            <DeadlineBadge deadline={caseFile.deadline} dueOn={caseFile.assessmentDueOn} />
          </>
        }
        actions={<ButtonLink href="/station/cases">返回列表</ButtonLink>}
      />
      {role === "head" && (
        <p className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800" role="alert">
          您正在以“生命第一”紧急查阅本档案。每次查阅均已记录，并将告知负责督导。
        </p>
      )}
      {role === "other" && (
        <p className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-800">您经转介接收本个案，可查阅转出社工站共享的档案（只读）。</p>
      )}
      <nav aria-label="个案档案" className="mb-4 flex flex-wrap gap-1 border-b border-slate-200">
        {CASE_SECTIONS.map((s) => (
          <Link
            key={s.key}
            href={`${base}${s.suffix}`}
            aria-current={s.key === section ? "page" : undefined}
            className={`-mb-px rounded-t border px-3 py-1.5 text-sm ${s.key === section ? "border-slate-200 border-b-white bg-white font-medium text-brand-700" : "border-transparent text-slate-600 hover:text-brand-700"}`}
          >
            {s.label}
          </Link>
        ))}
      </nav>
    </>
  );
}
