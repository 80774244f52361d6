import "server-only";
// 来访接待登记: the receiving worker records a reception at their station and alone edits it afterwards. The
// summary (来访事由与处理情况) may name visitors: it is stored encrypted and never written to the audit log.
import { defineCommand } from "@/server/action";
import { encryptField } from "@/server/crypto";
import type { Tx } from "@/server/db";
import { AppError, fieldError } from "@/server/errors";
import { scope } from "@/server/scope";
import { receptionStationIds } from "./helpers";
import { receptionSchema } from "./schemas";

type Station = { id: string; districtId: string; streetOfficeId: string };

/** 所属村（社区）: optional, one of the communities of the station's street. */
async function checkCommunity(tx: Tx, station: Station, communityId: string | null) {
  if (!communityId) return;
  const found = await tx.community.findFirst({ where: { id: communityId, streetOfficeId: station.streetOfficeId, districtId: station.districtId }, select: { id: true } });
  if (!found) throw fieldError("communityId", "请选择本站所在街道（乡镇）的村（社区）");
}

export const saveReceptionCommand = defineCommand({
  name: "reception.save",
  schema: receptionSchema,
  permission: "reception:manage",
  run: async ({ input, actor, tx }) => {
    const { receptionId, version, stationId: requested, summary, ...plain } = input;
    const detail = { visitorCount: plain.visitorCount, serviceDomain: plain.serviceDomain, matter: plain.matter, outcome: plain.outcome };

    if (receptionId) {
      const current = await tx.reception.findFirst({
        where: { AND: [{ id: receptionId }, scope.receptions(actor, "reception:manage")] },
        select: { id: true, version: true, station: { select: { id: true, districtId: true, streetOfficeId: true } } },
      });
      if (!current) throw new AppError("NOT_FOUND");
      if (version !== undefined && version !== current.version) throw new AppError("CONFLICT");
      await checkCommunity(tx, current.station, plain.communityId);
      const moved = await tx.reception.updateMany({
        where: { id: current.id, version: current.version },
        data: { ...plain, summaryEnc: encryptField(summary), version: { increment: 1 } },
      });
      if (moved.count !== 1) throw new AppError("CONFLICT");
      return {
        target: { type: "Reception", id: current.id },
        detail: { stationId: current.station.id, ...detail },
        message: "来访接待登记已保存",
        redirectTo: `/station/receptions/${current.id}`,
      };
    }

    if (version !== undefined) throw new AppError("CONFLICT");
    const own = receptionStationIds(actor);
    const chosen = requested ?? (own.length === 1 ? own[0] : null);
    if (!chosen) throw fieldError("stationId", "请选择社工站");
    const station = own.includes(chosen)
      ? await tx.station.findFirst({ where: { AND: [{ id: chosen }, scope.stations(actor, "reception:manage")] }, select: { id: true, districtId: true, streetOfficeId: true } })
      : null;
    if (!station) throw new AppError("NOT_FOUND");
    await checkCommunity(tx, station, plain.communityId);
    const created = await tx.reception.create({
      data: { ...plain, districtId: station.districtId, stationId: station.id, workerId: actor.userId, summaryEnc: encryptField(summary) },
      select: { id: true },
    });
    return {
      target: { type: "Reception", id: created.id },
      detail: { stationId: station.id, created: true, ...detail },
      data: { id: created.id },
      message: "来访接待登记已保存",
      redirectTo: `/station/receptions/${created.id}`,
    };
  },
});
