import "server-only";
import { assertVersion, defineCommand } from "@/server/action";
import { AppError, fieldError } from "@/server/errors";
import { scope } from "@/server/scope";
import { volunteerSchema } from "./schemas";

/** Create (no id) or edit (id + version) a volunteer of a station the actor works at. */
export const saveVolunteerCommand = defineCommand({
  name: "volunteer.save",
  schema: volunteerSchema,
  permission: "volunteer:manage",
  run: async ({ input, actor, tx }) => {
    const { id, version, stationId, communityId, ...data } = input;
    if (id) {
      const current = await tx.volunteer.findFirst({ where: { AND: [{ id }, scope.volunteers(actor, "volunteer:manage")] }, select: { version: true } });
      assertVersion(current, version);
    }

    const station = await tx.station.findFirst({
      where: { AND: [{ id: stationId }, scope.stations(actor, "volunteer:manage")] },
      select: { id: true, districtId: true, streetOfficeId: true },
    });
    if (!station) throw new AppError("NOT_FOUND");

    if (communityId) {
      const community = await tx.community.findFirst({
        where: { AND: [{ id: communityId }, { streetOfficeId: station.streetOfficeId }, scope.communities(actor, "volunteer:manage")] },
        select: { id: true },
      });
      if (!community) throw fieldError("communityId", "请选择本站所在街道（乡镇）的村（社区）");
    }

    if (data.volunteerNumber) {
      const duplicate = await tx.volunteer.findFirst({
        where: { stationId: station.id, volunteerNumber: data.volunteerNumber, ...(id ? { id: { not: id } } : {}) },
        select: { id: true },
      });
      if (duplicate) throw fieldError("volunteerNumber", "本站已有使用该注册编号的志愿者");
    }

    const values = { ...data, communityId, stationId: station.id, districtId: station.districtId };
    if (id) {
      await tx.volunteer.update({ where: { id }, data: { ...values, version: { increment: 1 } } });
      return { target: { type: "Volunteer", id }, detail: { stationId: station.id }, message: "志愿者信息已保存", redirectTo: `/station/volunteers/${id}` };
    }
    const created = await tx.volunteer.create({ data: values, select: { id: true } });
    return { target: { type: "Volunteer", id: created.id }, detail: { stationId: station.id }, message: "志愿者已登记", redirectTo: `/station/volunteers/${created.id}` };
  },
});
