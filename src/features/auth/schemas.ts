import { z } from "zod";
import { newPassword } from "@/lib/fields";

export const changePasswordSchema = z
  .object({
    currentPassword: z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().min(1, "请输入当前密码")),
    newPassword: newPassword(),
    confirmPassword: z.preprocess((v) => (typeof v === "string" ? v : ""), z.string()),
  })
  .superRefine((v, ctx) => {
    if (v.newPassword !== v.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "两次输入的新密码不一致" });
    if (v.newPassword === v.currentPassword) ctx.addIssue({ code: "custom", path: ["newPassword"], message: "新密码不能与当前密码相同" });
  });
