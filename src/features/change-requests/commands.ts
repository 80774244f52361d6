import "server-only";
// 项目变更申请审批表: the contractor files a request for one of its contracts (numbered per contract) and
// edits it while it is a draft or returned. Submitting, the supervisor's opinion and the bureau's decision
// are the generic review steps (src/features/submissions, handler in ./submission.ts).
import { defineCommand } from "@/server/action";
import { AppError } from "@/server/errors";
import { can } from "@/server/permissions";
import { scope } from "@/server/scope";
import { submissionRefusal } from "@/features/submissions/rules";
import { changeRequestSchema } from "./schemas";

export const saveChangeRequestCommand = defineCommand({
  name: "change_request.save",
  schema: changeRequestSchema,
  permission: "report:manage",
  run: async ({ input, actor, tx }) => {
    const { contractId, changeRequestId, version, ...fields } = input;

    if (changeRequestId) {
      const current = await tx.changeRequest.findFirst({
        where: { AND: [{ id: changeRequestId, contractId }, scope.changeRequests(actor, "report:manage")] },
        select: { id: true, number: true, status: true, version: true },
      });
      if (!current) throw new AppError("NOT_FOUND");
      const refusal = submissionRefusal({ kind: "CHANGE_REQUEST", status: current.status }, "edit", (p) => can(actor, p));
      if (refusal) throw new AppError("INVALID_TRANSITION", refusal);
      if (version !== undefined && version !== current.version) throw new AppError("CONFLICT");
      const moved = await tx.changeRequest.updateMany({
        where: { id: current.id, version: current.version, status: current.status },
        data: { ...fields, version: { increment: 1 } },
      });
      if (moved.count !== 1) throw new AppError("CONFLICT");
      return {
        target: { type: "ChangeRequest", id: current.id },
        detail: { contractId, number: current.number },
        message: "项目变更申请已保存",
        redirectTo: `/contractor/contracts/${contractId}/changes/${current.id}`,
      };
    }

    if (version !== undefined) throw new AppError("CONFLICT");
    const contract = await tx.serviceContract.findFirst({
      where: { AND: [{ id: contractId }, scope.contracts(actor, "report:manage")] },
      select: { id: true, districtId: true, status: true },
    });
    if (!contract) throw new AppError("NOT_FOUND");
    if (contract.status !== "ACTIVE") throw new AppError("INVALID_TRANSITION", "只有履行中的服务项目可以申请变更");
    // Numbers are handed out one at a time per contract: the contract row is locked until the transaction ends.
    await tx.$queryRaw`SELECT id FROM service_contract WHERE id = ${contract.id} FOR UPDATE`;
    const last = await tx.changeRequest.aggregate({ where: { contractId: contract.id }, _max: { number: true } });
    const number = (last._max.number ?? 0) + 1;
    const created = await tx.changeRequest.create({
      data: { ...fields, districtId: contract.districtId, contractId: contract.id, number, createdById: actor.userId },
      select: { id: true },
    });
    return {
      target: { type: "ChangeRequest", id: created.id },
      detail: { contractId, number, created: true },
      data: { id: created.id, number },
      message: `项目变更申请（第 ${number} 号）已保存为草稿`,
      redirectTo: `/contractor/contracts/${contractId}/changes/${created.id}`,
    };
  },
});
