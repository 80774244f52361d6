import "server-only";
import { assertVersion, defineCommand } from "@/server/action";
import { AppError, fieldError } from "@/server/errors";
import { scope } from "@/server/scope";
import { manageableStaffProfiles, ownContractorIds, stationsManagedAsOffice } from "./access";
import { educationWarning } from "./rules";
import { staffProfileSchema } from "./schemas";

export type SavedStaffProfile = { id: string; warning: string | null };

/**
 * Create (no id) or edit (id + version) a row of the 驻站社工基本信息表. The station and the 派驻机构 the
 * browser names are re-checked against scope here; districtId comes from the station row.
 */
export const saveStaffProfileCommand = defineCommand({
  name: "staff.save",
  schema: staffProfileSchema,
  permission: "staff:manage",
  run: async ({ input, actor, tx }) => {
    const { id, version, stationId, contractorId, ...data } = input;

    if (id) {
      const current = await tx.staffProfile.findFirst({ where: { AND: [{ id }, scope.staffProfiles(actor, "staff:manage")] }, select: { version: true } });
      assertVersion(current, version);
      const editable = await tx.staffProfile.findFirst({ where: { AND: [{ id }, manageableStaffProfiles(actor)] }, select: { id: true } });
      if (!editable) throw new AppError("FORBIDDEN", "该人员不是本机构派驻的人员，请由社工站或民政局修改。");
    }

    const station = await tx.station.findFirst({
      where: { AND: [{ id: stationId }, scope.stations(actor, "staff:manage")] },
      select: { id: true, districtId: true, contractorId: true },
    });
    if (!station) throw new AppError("NOT_FOUND");

    let deployedBy: string | null;
    const chosenFreely = await tx.station.findFirst({ where: { AND: [{ id: station.id }, stationsManagedAsOffice(actor)] }, select: { id: true } });
    if (chosenFreely) {
      deployedBy = contractorId;
      if (contractorId) {
        const contractor = await tx.contractor.findFirst({
          where: { AND: [{ id: contractorId }, { districtId: station.districtId }, scope.contractors(actor, "contractor:read")] },
          select: { id: true },
        });
        if (!contractor) throw fieldError("contractorId", "派驻机构应为本站所在区的承接机构");
      }
    } else {
      // A contractor's administrator files only its own people: the organisation is the station's operator.
      deployedBy = station.contractorId;
      if (!deployedBy || !ownContractorIds(actor).includes(deployedBy)) throw new AppError("NOT_FOUND");
    }

    if (!id) {
      const duplicate = await tx.staffProfile.findFirst({
        where: { stationId: station.id, name: data.name, birthMonth: data.birthMonth, isActive: true },
        select: { id: true },
      });
      if (duplicate) throw fieldError("name", "本站已登记同名、同出生年月的在岗人员，请勿重复登记");
    }

    const values = { ...data, stationId: station.id, districtId: station.districtId, contractorId: deployedBy };
    const warning = educationWarning(data);
    const suffix = warning ? `（注意：${warning}）` : "";
    if (id) {
      await tx.staffProfile.update({ where: { id }, data: { ...values, version: { increment: 1 } } });
      return { target: { type: "StaffProfile", id }, data: { id, warning } satisfies SavedStaffProfile, detail: { stationId: station.id }, message: `驻站人员信息已保存${suffix}` };
    }
    const created = await tx.staffProfile.create({ data: values, select: { id: true } });
    return { target: { type: "StaffProfile", id: created.id }, data: { id: created.id, warning } satisfies SavedStaffProfile, detail: { stationId: station.id }, message: `驻站人员已登记${suffix}` };
  },
});
