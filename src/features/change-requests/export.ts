import "server-only";
// 项目变更申请审批表 as a Word document in the seed's layout, for whoever reads the request (report:read; a
// draft only for its contractor). Every export, and every refusal, is an audit row change_request.export_docx.
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { buildCaseDocx } from "@/features/print/docx";
import { changeRequestFormSpec } from "./form-spec";
import { CHANGE_REQUEST_TITLE } from "./labels";
import { readableChangeRequests } from "./queries";

export type ChangeRequestDocx = { filename: string; asciiFilename: string; buffer: Buffer };

export async function exportChangeRequestDocx(actor: Actor, id: string): Promise<ChangeRequestDocx | null> {
  const row = await db.changeRequest.findFirst({
    where: { AND: [{ id }, readableChangeRequests(actor)] },
    include: { contract: { select: { code: true, name: true, startsOn: true, endsOn: true, contractor: { select: { name: true } } } } },
  });
  if (!row) {
    await writeAudit({ actor, action: "change_request.export_docx", outcome: "DENIED", targetType: "ChangeRequest", targetId: id.slice(0, 64), detail: { reason: "NOT_FOUND" } });
    return null;
  }
  const buffer = await buildCaseDocx([changeRequestFormSpec(row)], { title: `${CHANGE_REQUEST_TITLE}（${row.contract.code} 第 ${row.number} 号）` });
  await writeAudit({
    actor, action: "change_request.export_docx", outcome: "SUCCESS", targetType: "ChangeRequest", targetId: row.id,
    districtId: row.districtId, detail: { contractId: row.contractId, number: row.number, status: row.status },
  });
  const code = row.contract.code.replace(/[^A-Za-z0-9-]/g, "");
  return {
    filename: `${CHANGE_REQUEST_TITLE}-${row.contract.code}-${row.number}.docx`,
    asciiFilename: `change-request-${code}-${row.number}.docx`,
    buffer,
  };
}
