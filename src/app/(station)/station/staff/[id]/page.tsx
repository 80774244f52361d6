import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StaffProfileView } from "@/features/staff/components/staff-profile-view";
import { getStaffProfile, staffFormOptions } from "@/features/staff/queries";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "驻站人员" };

export default async function StationStaffProfilePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const found = await getStaffProfile(actor, id);
  if (!found) notFound();
  const options = found.canEdit ? await staffFormOptions(actor, { area: "station" }) : { stations: [], contractors: [] };
  return <StaffProfileView profile={found.profile} canEdit={found.canEdit && options.stations.some((s) => s.id === found.profile.stationId)} area="station" listHref="/station/staff" options={options} />;
}
