import { z } from "zod";
import { optionalReference, reference } from "@/lib/fields";

/**
 * Assign a supervisor (督导) to a social worker of a station the actor runs. The station is derived from
 * the worker's membership among the actor's own stations; stationId only narrows the choice when the
 * actor runs several stations, and is checked against scope like any id.
 */
export const assignSupervisorSchema = z
  .object({
    stationId: optionalReference(),
    workerId: reference("社工"),
    supervisorId: reference("督导"),
  })
  .superRefine((v, ctx) => {
    if (v.workerId && v.workerId === v.supervisorId) {
      ctx.addIssue({ code: "custom", path: ["supervisorId"], message: "社工本人不能担任自己的督导" });
    }
  });
export type AssignSupervisorInput = z.input<typeof assignSupervisorSchema>;

export const removeSupervisorAssignmentSchema = z.object({ id: reference("督导关系") });
