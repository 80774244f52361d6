import "server-only";
// One 探访记录表 for printing: the visit through scope.visits (out of scope is null), its households,
// its special situations (decrypted) and its electronic sign-offs. Every print is an audit row visit.print.
import { documentTrails } from "@/features/documents/queries";
import { writeAudit } from "@/server/audit";
import { decryptField } from "@/server/crypto";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";

export async function loadVisitForPrint(actor: Actor, id: string) {
  const visit = await db.visit.findFirst({
    where: { AND: [{ id }, scope.visits(actor, "visit:read")] },
    include: {
      worker: { select: { name: true } },
      station: { select: { name: true } },
      households: { orderBy: { id: "asc" }, select: { name: true, note: true } },
      situations: { orderBy: { id: "asc" } },
    },
  });
  if (!visit) {
    await writeAudit({ actor, action: "visit.print", outcome: "DENIED", targetType: "Visit", targetId: id.slice(0, 64), detail: { reason: "NOT_FOUND" } });
    return null;
  }
  const trail = (await documentTrails([visit.id])).get(visit.id)!;
  await writeAudit({ actor, action: "visit.print", outcome: "SUCCESS", targetType: "Visit", targetId: visit.id, detail: { stationId: visit.stationId } });
  return {
    id: visit.id,
    revision: visit.revision,
    stationName: visit.station.name,
    workerName: visit.worker.name,
    target: visit.target,
    serviceDomain: visit.serviceDomain,
    visitType: visit.visitType,
    visitedAt: visit.visitedAt,
    place: visit.place,
    householdCount: visit.householdCount,
    households: visit.households,
    content: decryptField(visit.contentEnc),
    supervisorOpinion: decryptField(visit.supervisorOpinionEnc),
    situations: visit.situations.map((s) => ({
      names: decryptField(s.namesEnc), description: decryptField(s.descriptionEnc), followUp: s.followUp, followUpNote: s.followUpNote,
    })),
    signoffs: trail.signoffs,
  };
}

export type VisitForPrint = NonNullable<Awaited<ReturnType<typeof loadVisitForPrint>>>;
