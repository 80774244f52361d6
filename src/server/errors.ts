export type AppErrorCode = "UNAUTHENTICATED" | "NOT_FOUND" | "FORBIDDEN" | "INVALID_TRANSITION" | "CONFLICT" | "VALIDATION" | "LOCKED";

export type FieldErrors = Record<string, string[]>;

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: "登录已失效，请重新登录。",
  NOT_FOUND: "记录不存在或您无权访问。",
  FORBIDDEN: "您没有执行此操作的权限。",
  INVALID_TRANSITION: "当前状态下不能执行此操作。",
  CONFLICT: "该记录已被他人修改，请刷新后重试。",
  VALIDATION: "提交的内容有误，请按提示修改。",
  LOCKED: "账户已锁定。",
};

/** An expected failure, shown to the user in Chinese (on the field where `fieldErrors` names one). */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldErrors;

  constructor(code: AppErrorCode, message?: string, fieldErrors?: FieldErrors) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export const notFound = () => new AppError("NOT_FOUND");
export const fieldError = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });

/** PostgreSQL unique violation surfaced by Prisma (P2002), with the columns it names. */
export function uniqueViolationFields(error: unknown): string[] | null {
  if (typeof error !== "object" || error === null) return null;
  const e = error as { code?: string; meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } };
  if (e.code !== "P2002") return null;
  const target = e.meta?.target;
  if (Array.isArray(target)) return target.map(String);
  const fields = e.meta?.driverAdapterError?.cause?.constraint?.fields;
  return Array.isArray(fields) ? fields.map((f) => f.replaceAll('"', "")) : [];
}

/** True when the error means PostgreSQL cannot be reached (down, restarting, refusing connections). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message} ${String((error as { code?: unknown }).code ?? "")} ${String(error.cause ?? "")}` : String(error);
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|57P01|57P03|the database system is (starting up|shutting down)|Can't reach database|DatabaseNotReachable|connection terminated/i.test(text);
}
