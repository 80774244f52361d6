// Shared by the contract, budget, ledger and report tests: a contract of district `d` for its first
// contractor and first station (what contractorAdmin, streetStaff and supervisor reach), and a budget.
import { db } from "@/server/db";
import { createAcceptedBudget, createContract, TYPICAL_BUDGET_LINES } from "../../prisma/seed/factories";
import type { DistrictWorld } from "./world";

export async function newContract(d: DistrictWorld, opts: Partial<Parameters<typeof createContract>[1]> = {}) {
  return createContract(db, { districtId: d.district.id, contractorId: d.contractors[0].id, stationIds: [d.stations[0].id], createdById: d.users.bureauStaff.id, ...opts });
}


export async function acceptedBudget(d: DistrictWorld, contractId: string, lines = TYPICAL_BUDGET_LINES) {
  return createAcceptedBudget(db, { districtId: d.district.id, contractId, createdById: d.users.contractorAdmin.id, lines });
}
