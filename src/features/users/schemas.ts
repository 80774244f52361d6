import { z } from "zod";
import { checkbox, choice, optionalPhone, optionalReference, reference, requiredText, username, version } from "@/lib/fields";
import { ROLE_LABELS } from "@/lib/labels";

const userId = () => reference("用户");

export const createUserSchema = z.object({
  username: username(),
  name: requiredText("姓名", 50),
  phone: optionalPhone("联系电话"),
  /** Only the system administrator chooses; empty = a deployment-wide account. Ignored for bureau administrators. */
  districtId: optionalReference(),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z.object({
  id: userId(),
  version: version(),
  name: requiredText("姓名", 50),
  phone: optionalPhone("联系电话"),
});

export const userTargetSchema = z.object({ id: userId() });

export const setUserActiveSchema = z.object({ id: userId(), active: checkbox() });

export const addMembershipSchema = z.object({
  userId: userId(),
  role: choice(ROLE_LABELS, "角色"),
  /** The bureau, street office, station or contractor, by the role's level; none for 系统管理员. */
  unitId: optionalReference(),
});

export const removeMembershipSchema = z.object({ id: reference("角色") });
