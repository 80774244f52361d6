import "server-only";
// 本区设置: the bureau administrator sets the district's 月度工作简报报送日 (the day of the following month a
// brief is due; 1–28, default 5).
import { defineCommand } from "@/server/action";
import { AppError } from "@/server/errors";
import { grantingMemberships } from "@/server/permissions";
import { briefDueExplanation, districtSettingsSchema } from "./schemas";

export const saveDistrictSettingsCommand = defineCommand({
  name: "district.settings",
  schema: districtSettingsSchema,
  permission: "district:settings",
  run: async ({ input, actor, tx }) => {
    // Only a district the actor administers (through the membership that grants district:settings).
    const own = grantingMemberships(actor, "district:settings").some((m) => m.districtId === input.districtId);
    const district = own ? await tx.district.findUnique({ where: { id: input.districtId }, select: { id: true, briefDueDay: true } }) : null;
    if (!district) throw new AppError("NOT_FOUND");
    if (input.previousBriefDueDay !== undefined && input.previousBriefDueDay !== district.briefDueDay) {
      throw new AppError("CONFLICT", "本区设置已被他人修改，请刷新后重试。");
    }
    const moved = await tx.district.updateMany({ where: { id: district.id, briefDueDay: district.briefDueDay }, data: { briefDueDay: input.briefDueDay } });
    if (moved.count !== 1) throw new AppError("CONFLICT", "本区设置已被他人修改，请刷新后重试。");
    return {
      target: { type: "District", id: district.id },
      districtId: district.id,
      detail: { briefDueDay: { from: district.briefDueDay, to: input.briefDueDay } },
      message: `本区设置已保存：${briefDueExplanation(input.briefDueDay)}`,
    };
  },
});
