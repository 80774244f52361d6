import "server-only";
// Which records can carry files, and who reaches them: a file is read with its owner's read scope and
// changed with its owner's manage scope, so an attachment is never more visible than the record it is for.
import type { FileKind } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { readableProjectReports } from "@/features/project-reports/readable";
import { toFen } from "@/lib/money";
import { PURCHASE_DOCS_FROM } from "@/features/budgets/rules";
import { scope } from "@/server/scope";

export const OWNER_TYPES = ["Expense", "ProjectReport"] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];

type Owner = { districtId: string };

type OwnerRules = {
  kinds: readonly FileKind[];
  /** Content types accepted (checked against the file's own bytes, not the browser's claim). */
  types: readonly SniffedType[];
  maxFiles: number;
  read: (tx: Tx | Db, actor: Actor, id: string) => Promise<Owner | null>;
  /** The owner, if the actor may add or remove its files now (throws INVALID_TRANSITION when it is frozen). */
  manage: (tx: Tx, actor: Actor, id: string) => Promise<Owner | null>;
  /** Why this file cannot be removed now (a document the owner's state depends on), or null. */
  beforeDelete?: (tx: Tx, ownerId: string, kind: FileKind) => Promise<string | null>;
};

export type SniffedType = "application/pdf" | "image/jpeg" | "image/png";

export const OWNERS: Record<OwnerType, OwnerRules> = {
  // 支出凭证: invoices, quote comparisons, purchase contracts, sign-off sheets.
  Expense: {
    kinds: ["INVOICE", "QUOTE_COMPARISON", "PURCHASE_CONTRACT", "RECEIPT_SHEET", "OTHER"],
    types: ["application/pdf", "image/jpeg", "image/png"],
    maxFiles: 20,
    read: (tx, actor, id) => tx.expense.findFirst({ where: { AND: [{ id }, scope.expenses(actor, "ledger:read")] }, select: { districtId: true } }),
    manage: async (tx, actor, id) => {
      const expense = await tx.expense.findFirst({ where: { AND: [{ id }, scope.expenses(actor, "ledger:manage")] }, select: { districtId: true, contract: { select: { status: true } } } });
      if (expense && expense.contract.status !== "ACTIVE") throw new AppError("INVALID_TRANSITION", "服务项目不在履行中，不能再更改支出凭证");
      return expense;
    },
    // An 已入账 purchase of 2000 元 or more rests on its quote comparison and contract (财务管理指引 三（二）2).
    beforeDelete: async (tx, id, kind) => {
      if (kind !== "QUOTE_COMPARISON" && kind !== "PURCHASE_CONTRACT") return null;
      const expense = await tx.expense.findUnique({ where: { id }, select: { status: true, isPurchase: true, amount: true } });
      if (!expense || expense.status !== "COMPLETE" || !expense.isPurchase || toFen(expense.amount) < PURCHASE_DOCS_FROM) return null;
      const same = await tx.storedFile.count({ where: { ownerType: "Expense", ownerId: id, kind } });
      return same <= 1 ? "该支出已入账，须保留询价（比价）资料和采购合同；如需更换，请先上传新文件或将支出改回「待补材料」" : null;
    },
  },
  // 结项报告书 五、图片材料 (3–5 photos, JPG); editable while the report is a draft or returned.
  ProjectReport: {
    kinds: ["PHOTO"],
    types: ["image/jpeg", "image/png"],
    maxFiles: 5,
    // Reviewers never see a draft: its photos are the contractor's until submitted.
    read: (tx, actor, id) => tx.projectReport.findFirst({
      where: { AND: [{ id }, readableProjectReports(actor)] },
      select: { districtId: true },
    }),
    manage: async (tx, actor, id) => {
      const report = await tx.projectReport.findFirst({ where: { AND: [{ id }, scope.projectReports(actor, "report:manage")] }, select: { districtId: true, status: true } });
      if (report && report.status !== "DRAFT" && report.status !== "RETURNED") throw new AppError("INVALID_TRANSITION", "报告已提交，不能再更改图片材料");
      return report;
    },
  },
};

/** The file's real type from its first bytes; null for anything else. */
export function sniffType(bytes: Uint8Array): SniffedType | null {
  if (bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d) return "application/pdf";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return "image/png";
  return null;
}

export const MAX_FILE_BYTES = 8 * 1024 * 1024;
