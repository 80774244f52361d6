import "server-only";
// 项目变更申请审批表 in the generic review workflow: the project supervisor's opinion, then the bureau's decision.
import { scope } from "@/server/scope";
import type { SubmissionHandler } from "@/features/submissions/handler";

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
  onSubmit: async (_tx, _actor, _s, now) => ({ submittedAt: now, supervisorOpinion: null, supervisorName: null, supervisorAt: null, bureauOpinion: null, bureauName: null, bureauAt: null }),
  onOpinion: async (_tx, actor, _s, opinion, now) => ({ supervisorOpinion: opinion, supervisorName: actor.name, supervisorAt: now }),
  onReview: async (_tx, actor, _s, _step, comment, now) => ({ bureauOpinion: comment, bureauName: actor.name, bureauAt: now }),
};
