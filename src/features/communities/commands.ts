import "server-only";
import { assertVersion, defineCommand } from "@/server/action";
import { fieldError } from "@/server/errors";
import { scope } from "@/server/scope";
import { communitySchema } from "./schemas";

const uniqueFields = { name: { field: "name", message: "该街道（乡镇）已有同名村（社区）" } };

/** Create (no id) or edit (id + version) a village/community under a street office the actor manages. */
export const saveCommunityCommand = defineCommand({
  name: "community.save",
  schema: communitySchema,
  permission: "org:manage",
  uniqueFields,
  run: async ({ input, actor, tx }) => {
    const { id, version, streetOfficeId, ...data } = input;

    const current = id ? await tx.community.findFirst({ where: { AND: [{ id }, scope.communities(actor, "org:manage")] } }) : null;
    if (id) assertVersion(current, version);

    const street = await tx.streetOffice.findFirst({ where: { AND: [{ id: streetOfficeId }, scope.streetOffices(actor, "org:manage")] } });
    if (!street || (current && street.districtId !== current.districtId)) throw fieldError("streetOfficeId", "所选街道（乡镇）不存在或不在本区");

    if (current) {
      // A community room (村/社区社工室) must stay in the street of its community.
      if (street.id !== current.streetOfficeId && (await tx.station.count({ where: { communityId: current.id } })) > 0) {
        throw fieldError("streetOfficeId", "该村（社区）已设有社工室，不能改到其他街道（乡镇）");
      }
      await tx.community.update({ where: { id: current.id }, data: { ...data, streetOfficeId: street.id, version: { increment: 1 } } });
      return { target: { type: "Community", id: current.id }, message: "村（社区）信息已保存", redirectTo: `/bureau/communities/${current.id}` };
    }
    const created = await tx.community.create({ data: { ...data, streetOfficeId: street.id, districtId: street.districtId } });
    return { target: { type: "Community", id: created.id }, message: "村（社区）已新增", redirectTo: `/bureau/communities/${created.id}` };
  },
});
