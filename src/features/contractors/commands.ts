import "server-only";
import { assertVersion, defineCommand } from "@/server/action";
import { AppError, fieldError } from "@/server/errors";
import { grantingMemberships } from "@/server/permissions";
import { scope } from "@/server/scope";
import { contractorSchema } from "./schemas";

const DUPLICATE_CODE = "本区已登记使用该统一社会信用代码的机构";
const DUPLICATE_NAME = "本区已有同名承接机构";

// Checked explicitly below for a message on the field; these catch the race of two simultaneous saves.
const uniqueFields = {
  creditCode: { field: "creditCode", message: DUPLICATE_CODE },
  credit_code: { field: "creditCode", message: DUPLICATE_CODE },
  name: { field: "name", message: DUPLICATE_NAME },
};

/** Create (no id) or edit (id + version) a contractor (承接机构) in the actor's own district. */
export const saveContractorCommand = defineCommand({
  name: "contractor.save",
  schema: contractorSchema,
  permission: "contractor:manage",
  uniqueFields,
  run: async ({ input, actor, tx }) => {
    const { id, version, ...data } = input;
    let districtId: string;
    if (id) {
      const current = await tx.contractor.findFirst({ where: { AND: [{ id }, scope.contractors(actor, "contractor:manage")] } });
      assertVersion(current, version);
      districtId = current.districtId;
    } else {
      // The district is the one the actor administers, never a value from the form.
      const own = grantingMemberships(actor, "contractor:manage").find((m) => m.districtId)?.districtId;
      if (!own) throw new AppError("FORBIDDEN");
      districtId = own;
    }
    const others = { districtId, ...(id ? { id: { not: id } } : {}) };
    if (await tx.contractor.findFirst({ where: { ...others, creditCode: data.creditCode }, select: { id: true } })) throw fieldError("creditCode", DUPLICATE_CODE);
    if (await tx.contractor.findFirst({ where: { ...others, name: data.name }, select: { id: true } })) throw fieldError("name", DUPLICATE_NAME);

    if (id) {
      await tx.contractor.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
      return { target: { type: "Contractor", id }, message: "承接机构信息已保存", redirectTo: `/bureau/contractors/${id}` };
    }
    const created = await tx.contractor.create({ data: { ...data, districtId } });
    return { target: { type: "Contractor", id: created.id }, message: "承接机构已新增", redirectTo: `/bureau/contractors/${created.id}` };
  },
});
