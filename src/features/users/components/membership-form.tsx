"use client";
import { useState } from "react";
import { ActionForm, useFieldError } from "@/components/form/action-form";
import { Hidden } from "@/components/form/fields";
import type { Role } from "@/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/labels";
import { addMembership } from "../actions";
import { ROLE_UNIT, type UnitKind } from "../rules";

type UnitOptions = Record<UnitKind, { value: string; label: string }[]>;

const UNIT_LABEL: Record<UnitKind, string> = { bureau: "民政局", streetOffice: "街道（乡镇）", station: "社工站（室）", contractor: "承接机构" };
const selectClass = "block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm aria-[invalid=true]:border-red-500";

function ErrorText({ name }: { name: string }) {
  const error = useFieldError(name);
  return error ? <p id={`f-${name}-error`} className="mt-1 text-xs text-red-600" data-field-error={name}>{error}</p> : null;
}

/** The unit picker follows the role's level: bureau roles → the bureau, 街道分管人员 → a street office, station roles → a station, 机构负责人 → a contractor. */
function RoleUnitFields({ roles, units, role, setRole }: { roles: Role[]; units: UnitOptions; role: Role | ""; setRole: (role: Role | "") => void }) {
  const kind = role ? ROLE_UNIT[role] : null;
  const unitOptions = kind ? units[kind] : [];
  const roleError = useFieldError("role");
  const unitError = useFieldError("unitId");
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <div>
        <label htmlFor="f-role" className="mb-1 block font-medium text-slate-700">角色<span className="ml-0.5 text-red-600">*</span></label>
        <select id="f-role" name="role" value={role} onChange={(e) => setRole(e.target.value as Role | "")} aria-invalid={!!roleError} className={selectClass}>
          <option value="">请选择角色</option>
          {roles.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
        </select>
        <ErrorText name="role" />
      </div>
      {kind ? (
        <div>
          <label htmlFor="f-unitId" className="mb-1 block font-medium text-slate-700">所在{UNIT_LABEL[kind]}<span className="ml-0.5 text-red-600">*</span></label>
          <select key={kind} id="f-unitId" name="unitId" defaultValue={unitOptions.length === 1 ? unitOptions[0].value : ""} aria-invalid={!!unitError} className={selectClass}>
            <option value="">请选择{UNIT_LABEL[kind]}</option>
            {unitOptions.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
          <ErrorText name="unitId" />
        </div>
      ) : (
        role && <p className="self-end pb-2 text-slate-500">系统管理员为平台级角色，不隶属于任何单位。</p>
      )}
    </div>
  );
}

export function MembershipForm({ userId, roles, units }: { userId: string; roles: Role[]; units: UnitOptions }) {
  const [role, setRole] = useState<Role | "">("");
  if (roles.length === 0) return <p className="text-slate-500">此账号不能再授予其他角色。</p>;
  return (
    <ActionForm action={addMembership} submitLabel="授予角色" onSuccess={() => setRole("")}>
      <Hidden name="userId" value={userId} />
      <RoleUnitFields roles={roles} units={units} role={role} setRole={setRole} />
    </ActionForm>
  );
}
