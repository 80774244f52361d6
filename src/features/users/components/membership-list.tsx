"use client";
import { ActionForm } from "@/components/form/action-form";
import { Hidden } from "@/components/form/fields";
import { Badge } from "@/components/ui/card";
import type { Role } from "@/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/labels";
import { removeMembership } from "../actions";

export type MembershipRow = { id: string; role: Role; unitName: string | null; removable: boolean };

export function MembershipList({ memberships }: { memberships: MembershipRow[] }) {
  if (memberships.length === 0) return <p className="text-slate-400">尚未授予任何角色，该账号登录后无法使用任何功能。</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {memberships.map((m) => (
        <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <span className="flex items-center gap-2">
            <Badge tone="blue">{ROLE_LABELS[m.role]}</Badge>
            <span>{m.unitName ?? "全平台"}</span>
          </span>
          {m.removable && (
            <ActionForm
              action={async (prev, formData) => (window.confirm(`确定撤销“${ROLE_LABELS[m.role]}”角色吗？`) ? removeMembership(prev, formData) : prev)}
              submitLabel="撤销"
              className="flex items-center gap-2"
            >
              <Hidden name="id" value={m.id} />
            </ActionForm>
          )}
        </li>
      ))}
    </ul>
  );
}
