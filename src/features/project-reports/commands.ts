import "server-only";
// project_report.save: the contractor drafts the 中期报告 or 结项报告书 of its own contract — the row is made
// on the first save (one per contract and kind) and edited only while it is a draft or returned.
import type { Prisma } from "@/generated/prisma/client";
import { PROJECT_REPORT_KIND_LABELS } from "@/lib/labels";
import { defineCommand } from "@/server/action";
import { AppError } from "@/server/errors";
import { can } from "@/server/permissions";
import { scope } from "@/server/scope";
import { EDITABLE, submissionRefusal } from "@/features/submissions/rules";
import { SUBMISSION_KIND } from "./labels";
import { contentOf, saveProjectReportSchema } from "./schemas";

export const saveProjectReportCommand = defineCommand({
  name: "project_report.save",
  schema: saveProjectReportSchema,
  permission: "report:manage",
  uniqueFields: {
    contract_id: { field: "_form", message: "该报告已由他人创建，请刷新页面后再保存" },
    contractId: { field: "_form", message: "该报告已由他人创建，请刷新页面后再保存" },
  },
  run: async ({ input, actor, tx }) => {
    const contract = await tx.serviceContract.findFirst({
      where: { AND: [{ id: input.contractId }, scope.contracts(actor, "report:manage")] },
      select: { id: true, districtId: true, status: true },
    });
    if (!contract) throw new AppError("NOT_FOUND");
    if (contract.status === "DRAFT") throw new AppError("INVALID_TRANSITION", "服务项目尚未生效，不能填写报告");
    const content = contentOf(input) as unknown as Prisma.InputJsonValue;
    const existing = await tx.projectReport.findFirst({
      where: { AND: [{ contractId: contract.id, kind: input.kind }, scope.projectReports(actor, "report:manage")] },
      select: { id: true, status: true, version: true },
    });
    let id: string;
    if (existing) {
      const refusal = submissionRefusal({ kind: SUBMISSION_KIND[input.kind], status: existing.status }, "edit", (p) => can(actor, p));
      if (refusal) throw new AppError("INVALID_TRANSITION", refusal);
      if (input.version !== undefined && input.version !== existing.version) throw new AppError("CONFLICT");
      const moved = await tx.projectReport.updateMany({
        where: { id: existing.id, version: existing.version, status: { in: [...EDITABLE] } },
        data: { content, version: { increment: 1 } },
      });
      if (moved.count !== 1) throw new AppError("CONFLICT");
      id = existing.id;
    } else {
      // A version from the page means it showed a saved report that is gone or someone else's.
      if (input.version !== undefined) throw new AppError("CONFLICT");
      id = (await tx.projectReport.create({ data: { districtId: contract.districtId, contractId: contract.id, kind: input.kind, content, createdById: actor.userId }, select: { id: true } })).id;
    }
    return {
      target: { type: "ProjectReport", id },
      detail: { kind: input.kind, contractId: contract.id, created: !existing },
      data: { id },
      message: `${PROJECT_REPORT_KIND_LABELS[input.kind]}已保存`,
    };
  },
});
