import "server-only";
// 生命第一: a station head (or deputy) opens one case file of their station with a written reason. The
// opening lasts OVERRIDE_HOURS, is an audit row, and is listed to the supervisor of the case's worker until
// they acknowledge it (已知悉). Reading goes through scope.caseFiles, which admits the head's own unexpired
// override; nothing else changes.
import { defineCommand } from "@/server/action";
import { encryptField } from "@/server/crypto";
import { AppError } from "@/server/errors";
import { scope } from "@/server/scope";
import { formatDateTime } from "@/lib/dates";
import { acknowledgeOverrideSchema, OVERRIDE_HOURS, openOverrideSchema } from "./schemas";

export const openOverrideCommand = defineCommand({
  name: "case.override",
  schema: openOverrideSchema,
  permission: "case:override",
  run: async ({ input, actor, tx }) => {
    const found = await tx.caseFile.findFirst({
      where: { AND: [{ id: input.caseId }, scope.caseFiles(actor, "case:override")] },
      select: { id: true, number: true, districtId: true, stationId: true },
    });
    if (!found) throw new AppError("NOT_FOUND");
    // One open override per person and case: a second one while the first runs would only blur the record.
    await tx.$queryRaw`SELECT id FROM case_file WHERE id = ${found.id} FOR UPDATE`;
    const active = await tx.caseAccessOverride.findFirst({ where: { caseFileId: found.id, userId: actor.userId, expiresAt: { gt: new Date() } }, select: { expiresAt: true } });
    if (active) throw new AppError("INVALID_TRANSITION", `您对该个案的紧急查阅仍然有效（至 ${formatDateTime(active.expiresAt)}），无需重复开启`);
    const openedAt = new Date();
    const expiresAt = new Date(openedAt.getTime() + OVERRIDE_HOURS * 3_600_000);
    const created = await tx.caseAccessOverride.create({
      data: {
        districtId: found.districtId, stationId: found.stationId, caseFileId: found.id, userId: actor.userId, userName: actor.name,
        reasonEnc: encryptField(input.reason), openedAt, expiresAt,
      },
      select: { id: true },
    });
    return {
      target: { type: "CaseFile", id: found.id },
      detail: { stationId: found.stationId, number: found.number, overrideId: created.id, expiresAt: expiresAt.toISOString() },
      data: { overrideId: created.id },
      message: `已开启生命第一紧急查阅（${OVERRIDE_HOURS} 小时内有效），已记录并将告知负责督导`,
      redirectTo: `/station/cases/${found.id}`,
    };
  },
});

/** 已知悉: the supervisor of the case's worker acknowledges an override. */
export const acknowledgeOverrideCommand = defineCommand({
  name: "case.override_review",
  schema: acknowledgeOverrideSchema,
  permission: "case:read",
  run: async ({ input, actor, tx }) => {
    const found = await tx.caseAccessOverride.findFirst({
      where: { AND: [{ id: input.overrideId }, scope.accessOverrides(actor, "case:read")] },
      select: { id: true, caseFileId: true, stationId: true, reviewedAt: true },
    });
    if (!found) throw new AppError("NOT_FOUND");
    if (found.reviewedAt) throw new AppError("INVALID_TRANSITION", "该紧急查阅记录已确认知悉");
    const moved = await tx.caseAccessOverride.updateMany({
      where: { id: found.id, reviewedAt: null },
      data: { reviewedAt: new Date(), reviewedById: actor.userId, reviewedByName: actor.name },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    return {
      target: { type: "CaseFile", id: found.caseFileId },
      detail: { stationId: found.stationId, overrideId: found.id },
      message: "已确认知悉",
    };
  },
});
