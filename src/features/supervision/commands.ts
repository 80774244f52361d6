import "server-only";
import { defineCommand } from "@/server/action";
import { AppError, fieldError } from "@/server/errors";
import { scope } from "@/server/scope";
import { assignSupervisorSchema, removeSupervisorAssignmentSchema } from "./schemas";

const DUPLICATE = "该督导已在督导这名社工";

/**
 * 指定督导: the worker must hold SOCIAL_WORKER and the supervisor SUPERVISOR at the same station, a station
 * the actor runs (head or deputy). Both memberships are read inside the transaction.
 */
export const assignSupervisorCommand = defineCommand({
  name: "supervision.save",
  schema: assignSupervisorSchema,
  permission: "supervision:manage",
  uniqueFields: {
    supervisorId: { field: "supervisorId", message: DUPLICATE },
    supervisor_id: { field: "supervisorId", message: DUPLICATE },
  },
  run: async ({ input, actor, tx }) => {
    const stations = await tx.station.findMany({
      where: { AND: [scope.stations(actor, "supervision:manage"), input.stationId ? { id: input.stationId } : {}] },
      select: { id: true, districtId: true },
    });
    if (stations.length === 0) throw new AppError("NOT_FOUND");

    const workerAt = await tx.membership.findMany({
      where: { userId: input.workerId, role: "SOCIAL_WORKER", stationId: { in: stations.map((s) => s.id) } },
      select: { stationId: true, user: { select: { name: true, isActive: true } } },
    });
    if (workerAt.length === 0) throw new AppError("NOT_FOUND");
    if (workerAt.length > 1) throw fieldError("workerId", "该社工在您负责的多个社工站任职，请先选择社工站");
    const [{ stationId, user: worker }] = workerAt;
    if (!worker.isActive) throw fieldError("workerId", "该社工的账号已停用，不能指定督导");
    const station = stations.find((s) => s.id === stationId)!;

    const supervisor = await tx.membership.findFirst({
      where: { userId: input.supervisorId, role: "SUPERVISOR", stationId: station.id, user: { isActive: true } },
      select: { user: { select: { name: true } } },
    });
    if (!supervisor) throw fieldError("supervisorId", "请选择本站在岗的督导");

    const existing = await tx.supervisorAssignment.findFirst({
      where: { stationId: station.id, supervisorId: input.supervisorId, workerId: input.workerId },
      select: { id: true },
    });
    if (existing) throw fieldError("supervisorId", DUPLICATE);

    const created = await tx.supervisorAssignment.create({
      data: { districtId: station.districtId, stationId: station.id, supervisorId: input.supervisorId, workerId: input.workerId },
      select: { id: true },
    });
    return {
      target: { type: "SupervisorAssignment", id: created.id },
      detail: { stationId: station.id, supervisorId: input.supervisorId, workerId: input.workerId },
      message: `已指定${supervisor.user.name}督导${worker.name}`,
    };
  },
});

/** 解除督导关系 of the actor's own station. */
export const removeSupervisorAssignmentCommand = defineCommand({
  name: "supervision.remove",
  schema: removeSupervisorAssignmentSchema,
  permission: "supervision:manage",
  run: async ({ input, actor, tx }) => {
    const current = await tx.supervisorAssignment.findFirst({
      where: { AND: [{ id: input.id }, scope.supervisorAssignments(actor, "supervision:manage")] },
      select: { id: true, stationId: true, supervisorId: true, workerId: true, supervisor: { select: { name: true } }, worker: { select: { name: true } } },
    });
    if (!current) throw new AppError("NOT_FOUND");
    await tx.supervisorAssignment.delete({ where: { id: current.id } });
    return {
      target: { type: "SupervisorAssignment", id: current.id },
      detail: { stationId: current.stationId, supervisorId: current.supervisorId, workerId: current.workerId },
      message: `已解除${current.supervisor.name}对${current.worker.name}的督导关系`,
    };
  },
});
