// Shared by the case-work integration tests: a new client of the worker and a case opened for it.
import { expect } from "vitest";
import { openCaseCommand } from "@/features/cases/commands";
import { saveClientCommand } from "@/features/clients/commands";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { uniq } from "../../prisma/seed/factories";

/** Registers a client for `actor` and opens a case (first contact 2026-11-02 unless given); the case id. */
export async function newCase(actor: Actor, { firstContactOn = "2026-11-02", label = "个案对象" }: { firstContactOn?: string; label?: string } = {}) {
  const name = `${label}${uniq()}`;
  const client = await saveClientCommand.execute(actor, { name, gender: "FEMALE", categories: ["ADVANCED_AGE"], riskLevel: "LOW", serviceDomain: "ELDERLY", "members.0.name": "" });
  expect(client, JSON.stringify(client)).toMatchObject({ ok: true });
  const { id: clientId } = await db.client.findFirstOrThrow({ where: { name } });
  const opened = await openCaseCommand.execute(actor, { clientId, firstContactOn, intakeDate: "", source: "SELF", sourceNote: "", situation: "情况", servicesBefore: "", crisisRisk: "NONE", crisisIntervention: "" });
  if (!opened.ok) throw new Error(JSON.stringify(opened));
  return opened.data!.id;
}
