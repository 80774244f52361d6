import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UserDetail } from "@/features/users/components/user-detail";
import { getUser, membershipUnitOptions } from "@/features/users/queries";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "账号详情" };

export default async function BureauUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const user = await getUser(actor, id);
  if (!user) notFound();
  return <UserDetail actor={actor} user={user} units={await membershipUnitOptions(actor, user.id)} basePath="/bureau/users" />;
}
