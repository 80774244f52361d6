import "server-only";
// Editing a household (一户一档): address (encrypted, with its masked copy), community, notes and the
// members (phones encrypted, with masked copies). Only someone who manages a client of the household
// (its responsible worker) may edit it; out of scope is "not found". Sensitive values are never sent back
// to the form: a blank address or phone is kept unless cleared.
import { z } from "zod";
import { assertVersion, defineCommand } from "@/server/action";
import { writeAudit } from "@/server/audit";
import { encryptField } from "@/server/crypto";
import { db } from "@/server/db";
import { AppError, fieldError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { checkbox, optionalReference, optionalText, reference, version } from "@/lib/fields";
import { maskAddress, maskPhone } from "@/features/clients/helpers";
import { memberFields, memberRows, memberRowSchema } from "@/features/clients/schemas";

export const MAX_HOUSEHOLD_MEMBERS = 20;

const memberRow = memberRowSchema(
  {
    ...memberFields,
    /** An existing member (else a new one). */
    id: optionalReference(),
    /** Blank keeps an existing member's phone (the form never shows it) unless clearPhone. */
    clearPhone: checkbox(),
  },
  ["id", "name", "relation", "age", "phone", "employer"],
);

const ids = z.preprocess((v) => (Array.isArray(v) ? v : v ? [v] : []), z.array(z.string().max(64)).max(MAX_HOUSEHOLD_MEMBERS));

/** The form's member rows; rows of members ticked for removal are left out. */
function keptMemberRows(raw: Record<string, unknown>): unknown[] {
  const removed = new Set((Array.isArray(raw.removeMembers) ? raw.removeMembers : raw.removeMembers ? [raw.removeMembers] : []).map(String));
  return memberRows(raw).map((r) => (r && !(r.id && removed.has(String(r.id))) ? r : null));
}

export const householdSchema = z.preprocess(
  (raw) => (raw && typeof raw === "object" ? { ...(raw as Record<string, unknown>), members: keptMemberRows(raw as Record<string, unknown>) } : raw),
  z
    .object({
      id: reference("家庭档案"),
      version: version(),
      address: optionalText("家庭住址", 200),
      clearAddress: checkbox(),
      communityId: optionalReference(),
      notes: optionalText("备注", 1000),
      members: z.array(memberRow).max(MAX_HOUSEHOLD_MEMBERS, `家庭主要成员最多 ${MAX_HOUSEHOLD_MEMBERS} 人`),
      removeMembers: ids,
    })
    .transform((v) => ({ ...v, members: v.members.flatMap((m, index) => (m ? [{ ...m, index }] : [])) })),
);

export type HouseholdInput = z.input<typeof householdSchema>;

/** 编辑家庭档案: by the responsible worker of a client of the household, with the version the form was loaded with. */
export const saveHouseholdCommand = defineCommand({
  name: "household.save",
  schema: householdSchema,
  permission: "client:manage",
  run: async ({ input, actor, tx }) => {
    const household = await tx.household.findFirst({
      where: { AND: [{ id: input.id }, scope.households(actor, "client:manage")] },
      select: { id: true, version: true, districtId: true, stationId: true, station: { select: { streetOfficeId: true } }, members: { select: { id: true } } },
    });
    assertVersion(household, input.version);
    const found = household!;

    if (input.communityId) {
      const community = await tx.community.findFirst({ where: { id: input.communityId, streetOfficeId: found.station.streetOfficeId, districtId: found.districtId }, select: { id: true } });
      if (!community) throw fieldError("communityId", "请选择本站所在街道（乡镇）的村（社区）");
    }
    const existing = new Set(found.members.map((m) => m.id));
    // A row or a removal naming a member this household does not have (any more): someone changed it meanwhile.
    if (input.members.some((m) => m.id && !existing.has(m.id)) || input.removeMembers.some((id) => !existing.has(id))) throw new AppError("CONFLICT");
    const kept = found.members.length - input.removeMembers.length;
    const added = input.members.filter((m) => !m.id);
    if (kept + added.length > MAX_HOUSEHOLD_MEMBERS) throw fieldError("members", `家庭主要成员最多 ${MAX_HOUSEHOLD_MEMBERS} 人`);

    const address = input.address ? "changed" : input.clearAddress ? "cleared" : "kept";
    const moved = await tx.household.updateMany({
      where: { id: found.id, version: found.version },
      data: {
        communityId: input.communityId,
        notes: input.notes,
        ...(input.address
          ? { addressEnc: encryptField(input.address), addressMasked: maskAddress(input.address) }
          : input.clearAddress ? { addressEnc: null, addressMasked: null } : {}),
        version: { increment: 1 },
      },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT");

    if (input.removeMembers.length) await tx.householdMember.deleteMany({ where: { householdId: found.id, id: { in: input.removeMembers } } });
    const plain = (m: (typeof input.members)[number]) => ({ name: m.name, relation: m.relation, age: m.age, livesTogether: m.livesTogether, employer: m.employer });
    const phone = (value: string | null) => ({ phoneEnc: encryptField(value), phoneMasked: value ? maskPhone(value) : null });
    for (const m of input.members) {
      if (!m.id) continue;
      await tx.householdMember.update({
        where: { id: m.id },
        data: { ...plain(m), ...(m.phone ? phone(m.phone) : m.clearPhone ? phone(null) : {}) },
      });
    }
    if (added.length) {
      await tx.householdMember.createMany({ data: added.map((m) => ({ ...plain(m), ...phone(m.phone), districtId: found.districtId, householdId: found.id })) });
    }
    return {
      target: { type: "Household", id: found.id },
      detail: { stationId: found.stationId, address, members: { added: added.length, updated: input.members.length - added.length, removed: input.removeMembers.length } },
      message: "家庭档案已保存",
      redirectTo: `/station/households/${found.id}`,
    };
  },
});

/** Whether the actor may edit the household (manages a client of it). */
export async function canEditHousehold(actor: Actor, id: string): Promise<boolean> {
  return (await db.household.count({ where: { AND: [{ id }, scope.households(actor, "client:manage")] } })) > 0;
}

/**
 * The edit page: the household as the form needs it (masked values only) and its street's communities,
 * for someone who may edit it (else null). A load is an audit row household.view ({ edit: true }).
 */
export async function getHouseholdForEdit(actor: Actor, id: string) {
  const household = await db.household.findFirst({
    where: { AND: [{ id }, scope.households(actor, "client:manage")] },
    select: {
      id: true, version: true, addressMasked: true, communityId: true, notes: true,
      station: { select: { name: true, streetOfficeId: true } },
      members: { orderBy: { createdAt: "asc" }, select: { id: true, name: true, relation: true, age: true, phoneMasked: true, livesTogether: true, employer: true } },
    },
  });
  if (!household) return null;
  const communities = await db.community.findMany({ where: { streetOfficeId: household.station.streetOfficeId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  await writeAudit({ actor, action: "household.view", outcome: "SUCCESS", targetType: "Household", targetId: household.id, detail: { edit: true } });
  return { household, communities };
}
