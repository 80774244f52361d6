// Attachments (src/features/files): file.upload and file.delete through the owner's manage scope, the
// type taken from the bytes, size / count limits, photo captions, and readFile (GET /api/files/[id]) through
// the owner's read scope — an expense's vouchers for its contractor and the bureau, nobody else.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { deleteFileCommand, uploadFileCommand } from "@/features/files/commands";
import { MAX_FILE_BYTES } from "@/features/files/owners";
import { filesOf, readFile } from "@/features/files/queries";
import { saveExpenseCommand } from "@/features/ledger/commands";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { createUser } from "../../prisma/seed/factories";
import { acceptedBudget, newContract } from "../support/contracts";
import { actorOf, buildWorld, type World } from "../support/world";

let w: World;
let contractId: string;
let expenseId: string;
/** A second contractor of district a (contractors[1]) and its admin. */
let otherAdmin: Actor;
/** Final reports of the contract: one being drafted, one submitted. */
let draftReportId: string;
let submittedReportId: string;

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);

const file = (bytes: Uint8Array<ArrayBuffer>, name: string, type: string) => new File([bytes], name, { type });

function upload(actor: Actor, overrides: Record<string, unknown> = {}) {
  return uploadFileCommand.execute(actor, { ownerType: "Expense", ownerId: expenseId, kind: "INVOICE", caption: "", file: file(PDF, "发票.pdf", "application/pdf"), ...overrides });
}

/** Uploads and returns the new stored_file row. */
async function uploaded(actor: Actor, overrides: Record<string, unknown> = {}) {
  const before = (await db.storedFile.findMany({ select: { id: true } })).map((f) => f.id);
  const r = await upload(actor, overrides);
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return db.storedFile.findFirstOrThrow({ where: { id: { notIn: before } } });
}

async function newExpense(purpose: string) {
  const items = await db.budgetItem.findMany({ where: { contractId } });
  const r = await saveExpenseCommand.execute(w.a.actors.contractorAdmin, {
    contractId, spentOn: "2026-04-01", itemId: items.find((i) => i.code === "A1")!.id, amount: "100.00", payee: "惠民超市", method: "BANK_TRANSFER", purpose,
  });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return (r.data as { id: string }).id;
}

beforeAll(async () => {
  w = await buildWorld();
  contractId = (await newContract(w.a)).id;
  await acceptedBudget(w.a, contractId);
  expenseId = await newExpense("附件测试");
  const user = await createUser(db, { districtId: w.a.district.id, memberships: [{ role: "CONTRACTOR_ADMIN", contractorId: w.a.contractors[1].id }] });
  otherAdmin = (await actorOf(user.id))!;
  const report = (status: "DRAFT" | "SUBMITTED") => db.projectReport.create({ data: { districtId: w.a.district.id, contractId, kind: status === "DRAFT" ? "FINAL" : "MIDTERM", status, createdById: w.a.users.contractorAdmin.id } });
  draftReportId = (await report("DRAFT")).id;
  submittedReportId = (await report("SUBMITTED")).id;
});

describe("file.upload", () => {
  it("stores the bytes with the sniffed type, size and hash; audited", async () => {
    const stored = await uploaded(w.a.actors.contractorAdmin);
    expect(stored).toMatchObject({ districtId: w.a.district.id, ownerType: "Expense", ownerId: expenseId, kind: "INVOICE", filename: "发票.pdf", contentType: "application/pdf", size: PDF.length, caption: null });
    expect(stored.sha256).toBe(createHash("sha256").update(PDF).digest("hex"));
    expect(Buffer.from(stored.data).equals(Buffer.from(PDF))).toBe(true);
    expect(await db.auditLog.findFirst({ where: { action: "file.upload", targetId: stored.id } })).toMatchObject({ outcome: "SUCCESS", detail: { ownerType: "Expense", ownerId: expenseId, kind: "INVOICE", size: PDF.length } });
    const listed = (await filesOf("Expense", [expenseId])).get(expenseId)!;
    expect(listed.map((f) => f.id)).toContain(stored.id);
    expect(listed[0]).not.toHaveProperty("data");
  });

  it("takes the type from the bytes, not the name or the browser's claim", async () => {
    // A PNG named .pdf and claimed as PDF is stored as a PNG.
    const png = await uploaded(w.a.actors.contractorAdmin, { kind: "RECEIPT_SHEET", file: file(PNG, "签收单.pdf", "application/pdf") });
    expect(png.contentType).toBe("image/png");
    const jpg = await uploaded(w.a.actors.contractorAdmin, { kind: "OTHER", file: file(JPEG, "photo.bin", "application/octet-stream") });
    expect(jpg.contentType).toBe("image/jpeg");
    // Text, HTML or an executable dressed as a PDF: refused on the file field.
    for (const bytes of [new TextEncoder().encode("hello, not a pdf"), new TextEncoder().encode("<html><script>alert(1)</script></html>"), Uint8Array.from([0x4d, 0x5a, 0x90, 0x00])]) {
      expect(await upload(w.a.actors.contractorAdmin, { file: file(bytes, "x.pdf", "application/pdf") })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { file: ["文件格式应为 PDF / JPG / PNG"] } });
    }
    // "%PDF" without the dash is not a PDF header.
    expect(await upload(w.a.actors.contractorAdmin, { file: file(new TextEncoder().encode("%PDF1.4"), "x.pdf", "application/pdf") })).toMatchObject({ ok: false, fieldErrors: { file: expect.any(Array) } });
  });

  it("size limits: an empty file and one above 8 MB are refused; exactly 8 MB is accepted", async () => {
    expect(await upload(w.a.actors.contractorAdmin, { file: file(new Uint8Array(0), "x.pdf", "application/pdf") })).toMatchObject({ ok: false, fieldErrors: { file: ["请选择要上传的文件"] } });
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(PDF);
    expect(await upload(w.a.actors.contractorAdmin, { file: file(big, "big.pdf", "application/pdf") })).toMatchObject({ ok: false, fieldErrors: { file: ["单个文件不能超过 8 MB"] } });
    expect(await upload(w.a.actors.contractorAdmin, { file: "not a file" })).toMatchObject({ ok: false, fieldErrors: { file: ["请选择要上传的文件"] } });
    const exact = await uploaded(w.a.actors.contractorAdmin, { file: file(big.subarray(0, MAX_FILE_BYTES), "exact.pdf", "application/pdf") });
    expect(exact.size).toBe(MAX_FILE_BYTES);
    await db.storedFile.delete({ where: { id: exact.id } });
  });

  it("count limits: 20 files for an expense, 5 photos for a report", async () => {
    const id = await newExpense("二十个附件");
    for (let i = 0; i < 20; i++) {
      expect(await upload(w.a.actors.contractorAdmin, { ownerId: id, file: file(PDF, `凭证${i + 1}.pdf`, "application/pdf") }), `#${i + 1}`).toMatchObject({ ok: true });
    }
    expect(await upload(w.a.actors.contractorAdmin, { ownerId: id })).toMatchObject({ ok: false, fieldErrors: { file: ["最多上传 20 个文件"] } });
    expect(await db.storedFile.count({ where: { ownerType: "Expense", ownerId: id } })).toBe(20);

    const photo = (n: number) => ({ ownerType: "ProjectReport", ownerId: draftReportId, kind: "PHOTO", caption: `2026年9月${n}日 龙城社区 重阳节活动`, file: file(JPEG, `p${n}.jpg`, "image/jpeg") });
    for (let n = 1; n <= 5; n++) expect(await upload(w.a.actors.contractorAdmin, photo(n))).toMatchObject({ ok: true });
    expect(await upload(w.a.actors.contractorAdmin, photo(6))).toMatchObject({ ok: false, fieldErrors: { file: ["最多上传 5 个文件"] } });
  });

  it("a photo needs its caption; a report takes JPG/PNG photos only; an expense takes no photos", async () => {
    const ownerId = draftReportId;
    await db.storedFile.deleteMany({ where: { ownerId } });
    const base = { ownerType: "ProjectReport", ownerId, kind: "PHOTO" };
    expect(await upload(w.a.actors.contractorAdmin, { ...base, caption: "", file: file(PNG, "a.png", "image/png") })).toMatchObject({ ok: false, fieldErrors: { caption: ["请填写图片说明（时间、地点、人物、场景）"] } });
    expect(await upload(w.a.actors.contractorAdmin, { ...base, caption: "  ", file: file(PNG, "a.png", "image/png") })).toMatchObject({ ok: false, fieldErrors: { caption: expect.any(Array) } });
    expect(await upload(w.a.actors.contractorAdmin, { ...base, caption: "活动现场", file: file(PDF, "a.pdf", "application/pdf") })).toMatchObject({ ok: false, fieldErrors: { file: ["文件格式应为 JPG / PNG"] } });
    expect(await upload(w.a.actors.contractorAdmin, { ...base, kind: "INVOICE", caption: "活动现场", file: file(PNG, "a.png", "image/png") })).toMatchObject({ ok: false, fieldErrors: { kind: [expect.stringContaining("不能上传")] } });
    const ok = await uploaded(w.a.actors.contractorAdmin, { ...base, caption: "2026年10月 龙城社区 长者生日会", file: file(PNG, "a.png", "image/png") });
    expect(ok).toMatchObject({ kind: "PHOTO", caption: "2026年10月 龙城社区 长者生日会", contentType: "image/png" });
    expect(await upload(w.a.actors.contractorAdmin, { kind: "PHOTO", caption: "照片", file: file(JPEG, "a.jpg", "image/jpeg") })).toMatchObject({ ok: false, fieldErrors: { kind: [expect.stringContaining("不能上传")] } });
    expect(await upload(w.a.actors.contractorAdmin, { ownerType: "Client" })).toMatchObject({ ok: false, fieldErrors: { ownerType: expect.any(Array) } });
  });

  it("a submitted report's photos are frozen", async () => {
    expect(await upload(w.a.actors.contractorAdmin, { ownerType: "ProjectReport", ownerId: submittedReportId, kind: "PHOTO", caption: "活动现场", file: file(JPEG, "a.jpg", "image/jpeg") })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
  });

  it("only the owner's contractor uploads: other roles, another contractor and another district are refused", async () => {
    for (const key of ["bureauAdmin", "bureauStaff", "bureauReviewer", "streetStaff", "stationHead", "socialWorker", "supervisor", "evaluator", "auditor"] as const) {
      expect(await upload(w.a.actors[key]), key).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await upload(w.systemAdmin)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await upload(otherAdmin)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await upload(w.b.actors.contractorAdmin)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await upload(otherAdmin, { ownerType: "ProjectReport", ownerId: draftReportId, kind: "PHOTO", caption: "x", file: file(JPEG, "a.jpg", "image/jpeg") })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await upload(w.a.actors.contractorAdmin, { ownerId: "no-such-expense" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.auditLog.findFirst({ where: { action: "file.upload", outcome: "DENIED", actorUserId: otherAdmin.userId } })).not.toBeNull();
  });
});

describe("file.delete", () => {
  it("the owner's contractor removes a file; others cannot", async () => {
    const stored = await uploaded(w.a.actors.contractorAdmin, { file: file(PDF, "待删除.pdf", "application/pdf") });
    for (const key of ["bureauAdmin", "bureauReviewer", "streetStaff", "socialWorker"] as const) {
      expect(await deleteFileCommand.execute(w.a.actors[key], { id: stored.id }), key).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await deleteFileCommand.execute(otherAdmin, { id: stored.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deleteFileCommand.execute(w.b.actors.contractorAdmin, { id: stored.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deleteFileCommand.execute(w.a.actors.contractorAdmin, { id: "no-such-file" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deleteFileCommand.execute(w.a.actors.contractorAdmin, { id: stored.id })).toMatchObject({ ok: true, message: "已删除：待删除.pdf" });
    expect(await db.storedFile.findUnique({ where: { id: stored.id } })).toBeNull();
    expect(await db.auditLog.findFirst({ where: { action: "file.delete", targetId: stored.id } })).toMatchObject({ outcome: "SUCCESS", detail: { ownerType: "Expense", ownerId: expenseId } });
  });
});

describe("file.delete of an 已入账 purchase's documents", () => {
  it("keeps the last quote comparison and contract of a completed purchase of 2000 元 or more", async () => {
    const items = await db.budgetItem.findMany({ where: { contractId } });
    const created = await saveExpenseCommand.execute(w.a.actors.contractorAdmin, {
      contractId, spentOn: "2026-05-06", itemId: items.find((i) => i.code === "A1")!.id, amount: "2500.00", payee: "昆明文印社", method: "BANK_TRANSFER", purpose: "活动物资采购", isPurchase: "on",
    });
    if (!created.ok) throw new Error(created.message);
    const id = created.data!.id;
    const quote = await uploaded(w.a.actors.contractorAdmin, { ownerId: id, kind: "QUOTE_COMPARISON" });
    const contract = await uploaded(w.a.actors.contractorAdmin, { ownerId: id, kind: "PURCHASE_CONTRACT" });
    await db.expense.update({ where: { id }, data: { status: "COMPLETE" } });
    for (const f of [quote, contract]) {
      expect(await deleteFileCommand.execute(w.a.actors.contractorAdmin, { id: f.id })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    }
    // A second quote can replace the first.
    await uploaded(w.a.actors.contractorAdmin, { ownerId: id, kind: "QUOTE_COMPARISON" });
    expect(await deleteFileCommand.execute(w.a.actors.contractorAdmin, { id: quote.id })).toMatchObject({ ok: true });
  });
});

describe("readFile (GET /api/files/[id])", () => {
  let invoiceId: string;
  let photoId: string;

  beforeAll(async () => {
    invoiceId = (await uploaded(w.a.actors.contractorAdmin, { file: file(PDF, "下载测试.pdf", "application/pdf") })).id;
    // A photo of the submitted report (uploaded while it was a draft).
    await db.projectReport.update({ where: { id: submittedReportId }, data: { status: "DRAFT" } });
    photoId = (await uploaded(w.a.actors.contractorAdmin, { ownerType: "ProjectReport", ownerId: submittedReportId, kind: "PHOTO", caption: "活动现场", file: file(JPEG, "a.jpg", "image/jpeg") })).id;
    await db.projectReport.update({ where: { id: submittedReportId }, data: { status: "SUBMITTED" } });
  });

  it("an expense's voucher: its contractor and the district's bureau read it, with an audit row", async () => {
    for (const actor of [w.a.actors.contractorAdmin, w.a.actors.bureauAdmin, w.a.actors.bureauStaff, w.a.actors.bureauReviewer]) {
      const got = await readFile(actor, invoiceId);
      expect(got, actor.username).toMatchObject({ id: invoiceId, filename: "下载测试.pdf", contentType: "application/pdf", ownerType: "Expense" });
      expect(Buffer.from(got!.data).equals(Buffer.from(PDF))).toBe(true);
    }
    expect(await db.auditLog.findFirst({ where: { action: "file.download", targetId: invoiceId, actorUserId: w.a.users.bureauReviewer.id } })).toMatchObject({ outcome: "SUCCESS", districtId: w.a.district.id, detail: { ownerType: "Expense", ownerId: expenseId } });
  });

  it("nobody else: street office, station roles, the supervisor, evaluator, auditor, another contractor, another district", async () => {
    const outsiders: [string, Actor][] = [
      ["streetStaff", w.a.actors.streetStaff], ["otherStreetStaff", w.a.actors.otherStreetStaff], ["stationHead", w.a.actors.stationHead],
      ["deputyHead", w.a.actors.deputyHead], ["socialWorker", w.a.actors.socialWorker], ["otherWorker", w.a.actors.otherWorker],
      ["supervisor", w.a.actors.supervisor], ["evaluator", w.a.actors.evaluator], ["auditor", w.a.actors.auditor], ["systemAdmin", w.systemAdmin],
      ["otherContractor", otherAdmin], ["b.bureauAdmin", w.b.actors.bureauAdmin], ["b.bureauReviewer", w.b.actors.bureauReviewer], ["b.contractorAdmin", w.b.actors.contractorAdmin],
    ];
    for (const [name, actor] of outsiders) expect(await readFile(actor, invoiceId), name).toBeNull();
    expect(await db.auditLog.findFirst({ where: { action: "file.download", outcome: "DENIED", targetId: invoiceId, actorUserId: w.a.users.streetStaff.id } })).toMatchObject({ detail: { reason: "NOT_FOUND" } });
    expect(await readFile(w.a.actors.contractorAdmin, "no-such-file")).toBeNull();
  });

  it("a report's photo follows the report's read scope (report:read)", async () => {
    expect(await readFile(w.a.actors.contractorAdmin, photoId)).toMatchObject({ contentType: "image/jpeg" });
    expect(await readFile(w.a.actors.bureauReviewer, photoId)).not.toBeNull();
    for (const actor of [w.a.actors.streetStaff, w.a.actors.socialWorker, otherAdmin, w.b.actors.bureauReviewer]) {
      expect(await readFile(actor, photoId), actor.username).toBeNull();
    }
  });

  it("a draft report's photos stay the contractor's: reviewers read them only once it is submitted", async () => {
    const draftPhoto = (await db.storedFile.findFirstOrThrow({ where: { ownerType: "ProjectReport", ownerId: draftReportId } })).id;
    expect(await readFile(w.a.actors.contractorAdmin, draftPhoto)).not.toBeNull();
    for (const actor of [w.a.actors.bureauReviewer, w.a.actors.bureauAdmin, w.a.actors.supervisor]) expect(await readFile(actor, draftPhoto), actor.username).toBeNull();
  });

  it("a file whose owner is gone is not served", async () => {
    const id = await newExpense("将被删除");
    const orphan = await uploaded(w.a.actors.contractorAdmin, { ownerId: id });
    await db.expense.delete({ where: { id } });
    expect(await readFile(w.a.actors.contractorAdmin, orphan.id)).toBeNull();
  });
});
