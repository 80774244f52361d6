import { z } from "zod";
import { choice, optionalCalendarDate, optionalPhone, optionalReference, optionalText, reference, requiredText, version } from "@/lib/fields";
import { OPERATION_MODE_LABELS, STATION_LEVEL_LABELS } from "@/lib/labels";

export const DEFAULT_OPENING_HOURS = "周一至周五 9:00–18:00";

const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().max(64).optional());
const openingHours = optionalText("开放时间", 50).transform((v) => v ?? DEFAULT_OPENING_HOURS);

/** Create or edit a station (民政局管理员). */
export const stationSchema = z
  .object({
    id: optionalId,
    version: version(),
    streetOfficeId: reference("所属街道（乡镇）"),
    level: choice(STATION_LEVEL_LABELS, "站点层级"),
    communityId: optionalReference(),
    operationMode: choice(OPERATION_MODE_LABELS, "运营模式"),
    contractorId: optionalReference(),
    name: requiredText("站点名称", 100),
    address: requiredText("站点地址", 200),
    openingHours,
    phone: optionalPhone("联系电话"),
    establishedOn: optionalCalendarDate("建站日期"),
  })
  .superRefine((v, ctx) => {
    if (v.level === "COMMUNITY" && !v.communityId) ctx.addIssue({ code: "custom", path: ["communityId"], message: "村（社区）社工室须选择所在村（社区）" });
  })
  // A township station belongs to the whole street, not to one community.
  .transform((v) => (v.level === "TOWNSHIP" ? { ...v, communityId: null } : v));
export type StationInput = z.input<typeof stationSchema>;

/** What the station's head and deputy may change themselves. */
export const stationInfoSchema = z.object({
  id: reference("社工站"),
  version: version(),
  address: requiredText("站点地址", 200),
  openingHours,
  phone: optionalPhone("联系电话"),
});
export type StationInfoInput = z.input<typeof stationInfoSchema>;
