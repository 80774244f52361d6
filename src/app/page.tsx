import { redirect } from "next/navigation";
import { requireActor } from "@/server/auth";
import { homeOf } from "@/lib/navigation";

export default async function Home() {
  const actor = await requireActor();
  redirect(homeOf(actor.memberships.map((m) => m.role)));
}
