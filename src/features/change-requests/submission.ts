import "server-only";
// 项目变更申请审批表 in the generic review workflow: the project supervisor's opinion, then the bureau's decision.
import { scope } from "@/server/scope";
import { AppError, fieldError } from "@/server/errors";
import type { SubmissionHandler } from "@/features/submissions/handler";
import { CHANGE_REQUEST_FIELDS } from "./labels";

const REQUIRED = ["filer", "originalContent", "changedContent", "reasons"] as const;

export const changeRequestSubmission: SubmissionHandler = {
  kind: "CHANGE_REQUEST",
  targetType: "ChangeRequest",
  load: async (tx, actor, id, permission) => {
    const row = await tx.changeRequest.findFirst({
      where: { AND: [{ id }, scope.changeRequests(actor, permission)] },
      select: { id: true, districtId: true, contractId: true, status: true, version: true, number: true, supervisorOpinion: true, contract: { select: { name: true } } },
    });
    if (!row) return null;
    return {
      kind: "CHANGE_REQUEST", id: row.id, districtId: row.districtId, contractId: row.contractId, status: row.status, version: row.version,
      hasOpinion: !!row.supervisorOpinion, title: `「${row.contract.name}」项目变更申请（第 ${row.number} 号）`,
    };
  },
  update: async (tx, s, data) => (await tx.changeRequest.updateMany({ where: { id: s.id, version: s.version, status: s.status }, data })).count,
  // A resubmission after a return is looked at afresh: the supervisor gives a new opinion.
  onSubmit: async (tx, _actor, s, now) => {
    const row = await tx.changeRequest.findUniqueOrThrow({
      where: { id: s.id },
      select: { filer: true, originalContent: true, changedContent: true, reasons: true, contract: { select: { status: true } } },
    });
    if (row.contract.status !== "ACTIVE") throw new AppError("INVALID_TRANSITION", "只有履行中的服务项目可以申请变更");
    for (const key of REQUIRED) if (!row[key].trim()) throw fieldError(key, `提交前请填写${CHANGE_REQUEST_FIELDS[key].label}`);
    return { submittedAt: now, supervisorOpinion: null, supervisorName: null, supervisorAt: null, bureauOpinion: null, bureauName: null, bureauAt: null };
  },
  onOpinion: async (_tx, actor, _s, opinion, now) => ({ supervisorOpinion: opinion, supervisorName: actor.name, supervisorAt: now }),
  // 民政局审核意见 is the decision (批准 / 不予批准); a return is a request for changes, kept in the history only.
  onReview: async (_tx, actor, _s, step, comment, now) => (step === "return" ? {} : { bureauOpinion: comment, bureauName: actor.name, bureauAt: now }),
};
