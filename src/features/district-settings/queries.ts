import "server-only";
import type { Tx } from "@/server/db";
import { db } from "@/server/db";
import { grantingMemberships, type Actor } from "@/server/permissions";
import { DEFAULT_BRIEF_DUE_DAY } from "./schemas";

/** The day of the following month a district's monthly briefs are due (1–28; 5 unless the bureau changed it). */
export async function briefDueDay(districtId: string, client: Tx | typeof db = db): Promise<number> {
  const district = await client.district.findUnique({ where: { id: districtId }, select: { briefDueDay: true } });
  return district?.briefDueDay ?? DEFAULT_BRIEF_DUE_DAY;
}

/** The settings form of the district the actor administers; null for anyone else. */
export async function getDistrictSettings(actor: Actor) {
  const districtId = grantingMemberships(actor, "district:settings").find((m) => m.districtId)?.districtId;
  if (!districtId) return null;
  return db.district.findUnique({ where: { id: districtId }, select: { id: true, name: true, briefDueDay: true } });
}
