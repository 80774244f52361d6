import "server-only";
// 绩效运行监控与自评设置: the bureau administrator sets the district's monitoring curve (checkpoint months and the
// budget execution expected by each) and the self-evaluation's points (预算执行 / 产出 / 效益 / 满意度, adding up
// to 100); "恢复默认" clears both (25/40/60/80% by the end of Apr/Jun/Aug/Oct; 10/50/30/10). Declarations already
// being monitored or evaluated keep the checkpoints and points they were opened with.
import { Prisma } from "@/generated/prisma/client";
import { defineCommand } from "@/server/action";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { grantingMemberships, type Actor } from "@/server/permissions";
import { describeCurve, isDefaultCurve, readCurve, type CurvePoint } from "./curve";
import type { CategoryWeights } from "./scoring";
import { performanceSettingsSchema } from "./schemas";
import { describeWeights, isDefaultWeights, readWeights } from "./weights";

export type PerformanceSettings = { curve: CurvePoint[]; weights: CategoryWeights; curveIsDefault: boolean; weightsAreDefault: boolean };

/** The settings in force for a district (defaults where none are stored). */
export function settingsOf(district: { monitoringCurve: unknown; evaluationWeights: unknown }): PerformanceSettings {
  const curve = readCurve(district.monitoringCurve);
  const weights = readWeights(district.evaluationWeights);
  return { curve, weights, curveIsDefault: isDefaultCurve(curve), weightsAreDefault: isDefaultWeights(weights) };
}

/** What the form carries back to detect a concurrent change: the stored values, as stored. */
export function settingsStamp(district: { monitoringCurve: unknown; evaluationWeights: unknown }): string {
  return JSON.stringify({ curve: district.monitoringCurve ?? null, weights: district.evaluationWeights ?? null });
}

/** The settings form of the district the actor administers (district:settings); null for anyone else. */
export async function getPerformanceSettings(actor: Actor) {
  const districtId = grantingMemberships(actor, "district:settings").find((m) => m.districtId)?.districtId;
  if (!districtId) return null;
  const district = await db.district.findUnique({ where: { id: districtId }, select: { id: true, name: true, monitoringCurve: true, evaluationWeights: true } });
  if (!district) return null;
  return { id: district.id, name: district.name, stamp: settingsStamp(district), ...settingsOf(district) };
}

export const savePerformanceSettingsCommand = defineCommand({
  name: "district.performance_settings",
  schema: performanceSettingsSchema,
  permission: "district:settings",
  run: async ({ input, actor, tx }) => {
    const own = grantingMemberships(actor, "district:settings").some((m) => m.districtId === input.districtId);
    const district = own ? await tx.district.findUnique({ where: { id: input.districtId }, select: { id: true, monitoringCurve: true, evaluationWeights: true } }) : null;
    if (!district) throw new AppError("NOT_FOUND");
    const stale = () => new AppError("CONFLICT", "本区设置已被他人修改，请刷新后重试。");
    if (input.previous !== settingsStamp(district)) throw stale();

    const curve = input.action === "reset" ? null : input.curve.filter((p): p is CurvePoint => p !== null);
    const weights = input.action === "reset" ? null : { EXECUTION: input.EXECUTION!, OUTPUT: input.OUTPUT!, BENEFIT: input.BENEFIT!, SATISFACTION: input.SATISFACTION! };
    // Lock the row, then compare what is stored with what the form was opened with.
    await tx.$queryRaw`SELECT id FROM district WHERE id = ${district.id} FOR UPDATE`;
    const now = await tx.district.findUniqueOrThrow({ where: { id: district.id }, select: { monitoringCurve: true, evaluationWeights: true } });
    if (settingsStamp(now) !== settingsStamp(district)) throw stale();
    await tx.district.update({
      where: { id: district.id },
      data: { monitoringCurve: curve ?? Prisma.DbNull, evaluationWeights: weights ?? Prisma.DbNull },
    });
    const after = settingsOf({ monitoringCurve: curve, evaluationWeights: weights });
    return {
      target: { type: "District", id: district.id },
      districtId: district.id,
      detail: {
        action: input.action,
        curve: { from: (district.monitoringCurve ?? null) as Prisma.InputJsonValue, to: curve },
        weights: { from: (district.evaluationWeights ?? null) as Prisma.InputJsonValue, to: weights },
      },
      message: input.action === "reset"
        ? "已恢复默认设置"
        : `绩效设置已保存：监控节点 ${describeCurve(after.curve)}；自评分值 ${describeWeights(after.weights)}`,
    };
  },
});
