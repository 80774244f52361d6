import "server-only";
import { defineCommand } from "@/server/action";
import { decryptField } from "@/server/crypto";
import { AppError, fieldError } from "@/server/errors";
import { scope } from "@/server/scope";
import { revealHouseholdSchema } from "../clients/schemas";

/** 查看完整信息 on a household page (address or a member's phone), with a written reason (audit household.view). */
export const revealHouseholdFieldCommand = defineCommand({
  name: "household.view",
  schema: revealHouseholdSchema,
  permission: "client:read",
  run: async ({ input, actor, tx }) => {
    const household = await tx.household.findFirst({ where: { AND: [{ id: input.householdId }, scope.households(actor)] }, select: { id: true, addressEnc: true } });
    if (!household) throw new AppError("NOT_FOUND");
    let value: string | null;
    if (input.field === "address") {
      value = decryptField(household.addressEnc);
    } else {
      if (!input.memberId) throw fieldError("memberId", "请选择家庭成员");
      const member = await tx.householdMember.findFirst({ where: { id: input.memberId, householdId: household.id }, select: { phoneEnc: true } });
      if (!member) throw new AppError("NOT_FOUND");
      value = decryptField(member.phoneEnc);
    }
    return {
      target: { type: "Household", id: household.id },
      detail: { reveal: true, field: input.field, ...(input.memberId ? { memberId: input.memberId } : {}), reason: input.reason },
      data: { value },
    };
  },
});
