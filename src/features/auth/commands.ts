import "server-only";
import { defineCommand } from "@/server/action";
import { hashPassword, verifyPassword } from "@/server/crypto";
import { AppError, fieldError } from "@/server/errors";
import { homeOf } from "@/lib/navigation";
import { changePasswordSchema } from "./schemas";

export const changePasswordCommand = defineCommand({
  name: "auth.password_changed",
  schema: changePasswordSchema,
  permission: "self:password",
  allowDuringPasswordChange: true,
  run: async ({ input, actor, tx }) => {
    const user = await tx.user.findUnique({ where: { id: actor.userId } });
    if (!user) throw new AppError("NOT_FOUND");
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw fieldError("currentPassword", "当前密码不正确");
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, passwordChangedAt: new Date(), version: { increment: 1 } },
    });
    return { target: { type: "User", id: user.id }, message: "密码已修改", redirectTo: homeOf(actor.memberships.map((m) => m.role)) };
  },
});
