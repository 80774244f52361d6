import "server-only";
import { assertVersion, defineCommand } from "@/server/action";
import { AppError } from "@/server/errors";
import { scope } from "@/server/scope";
import { streetOfficeSchema } from "./schemas";

const uniqueFields = { name: { field: "name", message: "本区已有同名街道（乡镇）" } };

/** Create (no id) or edit (id + version) a street office in the actor's own district. */
export const saveStreetOfficeCommand = defineCommand({
  name: "street.save",
  schema: streetOfficeSchema,
  permission: "org:manage",
  uniqueFields,
  run: async ({ input, actor, tx }) => {
    const { id, version, ...data } = input;
    if (id) {
      const current = await tx.streetOffice.findFirst({ where: { AND: [{ id }, scope.streetOffices(actor, "org:manage")] } });
      assertVersion(current, version);
      await tx.streetOffice.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
      return { target: { type: "StreetOffice", id }, message: "街道信息已保存", redirectTo: `/bureau/streets/${id}` };
    }
    const districtId = actor.memberships.find((m) => m.role === "BUREAU_ADMIN")?.districtId;
    if (!districtId) throw new AppError("FORBIDDEN");
    const created = await tx.streetOffice.create({ data: { ...data, districtId } });
    return { target: { type: "StreetOffice", id: created.id }, message: "街道已新增", redirectTo: `/bureau/streets/${created.id}` };
  },
});
