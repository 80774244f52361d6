import "server-only";
import { assertVersion, defineCommand } from "@/server/action";
import { fieldError } from "@/server/errors";
import { scope } from "@/server/scope";
import { checkStationName } from "./rules";
import { stationInfoSchema, stationSchema } from "./schemas";

const uniqueFields = { name: { field: "name", message: "本区已有同名社工站（室）" } };

/**
 * Create (no id) or edit (id + version) a station. The district comes from the chosen street office,
 * which must be one the actor manages; the community and the contractor are checked against it.
 */
export const saveStationCommand = defineCommand({
  name: "station.save",
  schema: stationSchema,
  permission: "org:manage",
  uniqueFields,
  run: async ({ input, actor, tx }) => {
    const { id, version, streetOfficeId, communityId, contractorId, ...data } = input;

    const current = id ? await tx.station.findFirst({ where: { AND: [{ id }, scope.stations(actor, "org:manage")] } }) : null;
    if (id) assertVersion(current, version);

    const street = await tx.streetOffice.findFirst({
      where: { AND: [{ id: streetOfficeId }, scope.streetOffices(actor, "org:manage")] },
      include: { district: { select: { id: true, name: true, cityName: true } } },
    });
    if (!street || (current && street.districtId !== current.districtId)) throw fieldError("streetOfficeId", "所选街道（乡镇）不存在或不在本区");
    const districtId = street.districtId;

    if (communityId) {
      const community = await tx.community.findFirst({ where: { AND: [{ id: communityId, streetOfficeId: street.id, districtId }, scope.communities(actor, "org:manage")] } });
      if (!community) throw fieldError("communityId", "所选村（社区）不属于所选街道（乡镇）");
    }
    if (contractorId) {
      const contractor = await tx.contractor.findFirst({ where: { AND: [{ id: contractorId, districtId }, scope.contractors(actor, "org:manage")] } });
      if (!contractor) throw fieldError("contractorId", "所选承接机构不存在或不在本区");
    }

    const nameCheck = checkStationName({ level: data.level, name: data.name, cityName: street.district.cityName, districtName: street.district.name, streetName: street.name });
    if (!nameCheck.pass) throw fieldError("name", `乡镇（街道）社工站名称应为“${nameCheck.expected}”`);

    const values = { ...data, streetOfficeId: street.id, communityId, contractorId };
    if (current) {
      await tx.station.update({ where: { id: current.id }, data: { ...values, version: { increment: 1 } } });
      return { target: { type: "Station", id: current.id }, message: "社工站信息已保存", redirectTo: `/bureau/stations/${current.id}` };
    }
    const created = await tx.station.create({ data: { ...values, districtId } });
    return { target: { type: "Station", id: created.id }, message: "社工站已新增", redirectTo: `/bureau/stations/${created.id}` };
  },
});

/** Address, opening hours and phone: the station's head and deputy keep these current themselves. */
export const updateStationInfoCommand = defineCommand({
  name: "station.update_info",
  schema: stationInfoSchema,
  permission: "station:edit",
  run: async ({ input, actor, tx }) => {
    const { id, version, ...data } = input;
    const current = await tx.station.findFirst({ where: { AND: [{ id }, scope.stations(actor, "station:edit")] } });
    assertVersion(current, version);
    await tx.station.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
    const atStation = actor.memberships.some((m) => m.stationId === id);
    return {
      target: { type: "Station", id },
      detail: { fields: Object.keys(data) },
      message: "站点基本信息已保存",
      redirectTo: atStation ? `/station?id=${id}` : `/bureau/stations/${id}`,
    };
  },
});
