import { z } from "zod";
import { NARRATIVE_MAX, optionalReference, reference, requiredText, version } from "@/lib/fields";
import { CHANGE_REQUEST_FIELDS as F } from "./labels";

/** 项目变更申请审批表: a new one for a contract (contractId, no changeRequestId) or an edit (changeRequestId + version). */
export const changeRequestSchema = z.object({
  contractId: reference("服务项目"),
  changeRequestId: optionalReference(),
  version: version(),
  filer: requiredText(F.filer.label, 50),
  originalContent: requiredText(F.originalContent.label, NARRATIVE_MAX),
  changedContent: requiredText(F.changedContent.label, NARRATIVE_MAX),
  reasons: requiredText(F.reasons.label, NARRATIVE_MAX),
});

export type ChangeRequestInput = z.input<typeof changeRequestSchema>;
