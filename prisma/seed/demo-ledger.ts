// Demo 支出台账 for 龙城's contract (CGMZ-2026-001), January–November 2026, against its accepted budget
// (items A1…F1, TYPICAL_BUDGET_LINES): salaries and supervision, activities, volunteers, transport, training,
// meetings, management, printing, the venue and taxes. Mostly bank transfers; one 1,200 元 cash payment
// (the bank-transfer advisory shows on it) and one 2,800 元 purchase still 待补材料 (no quote comparison or
// purchase contract yet). Every row satisfies the hard finance rules (tests/integration/ledger.test.ts).
import { createHash } from "node:crypto";
import type { Prisma } from "../../src/generated/prisma/client";
import type { DailyRateKind, ExpenseStatus, FileKind, PaymentMethod } from "../../src/generated/prisma/enums";

type Tx = Prisma.TransactionClient;

type DemoExpense = {
  code: string; on: string; amount: string; payee: string; method: PaymentMethod; invoiceNo?: string; purpose: string;
  isPurchase?: boolean; rate?: { kind: DailyRateKind; daily: string; days: number }; status?: ExpenseStatus; invoicePdf?: boolean;
};

export const DEMO_EXPENSES: DemoExpense[] = [
  // 二、社工、督导劳务和保险费
  { code: "B1", on: "2026-02-27", amount: "27500.00", payee: "驻站社工 3 人（银行代发）", method: "BANK_TRANSFER", purpose: "2026年1–2月驻站社工劳务费及社会保险（附劳务费支付表）" },
  { code: "B1", on: "2026-04-29", amount: "27500.00", payee: "驻站社工 3 人（银行代发）", method: "BANK_TRANSFER", purpose: "2026年3–4月驻站社工劳务费及社会保险（附劳务费支付表）" },
  { code: "B1", on: "2026-06-29", amount: "27500.00", payee: "驻站社工 3 人（银行代发）", method: "BANK_TRANSFER", purpose: "2026年5–6月驻站社工劳务费及社会保险（附劳务费支付表）" },
  { code: "B1", on: "2026-08-28", amount: "27500.00", payee: "驻站社工 3 人（银行代发）", method: "BANK_TRANSFER", purpose: "2026年7–8月驻站社工劳务费及社会保险（附劳务费支付表）" },
  { code: "B1", on: "2026-10-30", amount: "27500.00", payee: "驻站社工 3 人（银行代发）", method: "BANK_TRANSFER", purpose: "2026年9–10月驻站社工劳务费及社会保险（附劳务费支付表）" },
  { code: "B2", on: "2026-03-31", amount: "3500.00", payee: "李督导", method: "BANK_TRANSFER", purpose: "第一季度项目督导费（个案与小组督导 7 次）", rate: { kind: "EXPERT_INTERMEDIATE", daily: "500.00", days: 7 } },
  { code: "B2", on: "2026-06-30", amount: "3500.00", payee: "李督导", method: "BANK_TRANSFER", purpose: "第二季度项目督导费（个案与小组督导 7 次）", rate: { kind: "EXPERT_INTERMEDIATE", daily: "500.00", days: 7 } },
  { code: "B2", on: "2026-09-30", amount: "3500.00", payee: "李督导", method: "BANK_TRANSFER", purpose: "第三季度项目督导费（个案与小组督导 7 次）", rate: { kind: "EXPERT_INTERMEDIATE", daily: "500.00", days: 7 } },
  // 一、社会服务支出
  { code: "A1", on: "2026-02-10", amount: "1860.00", payee: "呈贡区龙城惠民超市", method: "BANK_TRANSFER", invoiceNo: "53012600118842", purpose: "新春走访慰问困难老人活动物资（米、油）", isPurchase: true },
  { code: "A1", on: "2026-05-22", amount: "860.00", payee: "昆明安泳体育用品店", method: "OFFICIAL_CARD", invoiceNo: "53012600301157", purpose: "防溺水安全宣传小组活动材料", isPurchase: true },
  { code: "A1", on: "2026-07-15", amount: "1980.00", payee: "呈贡区学海文具店", method: "BANK_TRANSFER", invoiceNo: "53012600452209", purpose: "“暑期四点半课堂”儿童小组学习用品", isPurchase: true },
  { code: "A1", on: "2026-08-20", amount: "1650.00", payee: "呈贡区甜心烘焙坊", method: "BANK_TRANSFER", invoiceNo: "53012600510376", purpose: "高龄长者集体生日会（第三季度）蛋糕及茶点" },
  { code: "A1", on: "2026-10-16", amount: "2800.00", payee: "呈贡区龙城惠民超市", method: "BANK_TRANSFER", invoiceNo: "53012600688419", purpose: "重阳节敬老活动物资（食用油、大米、保温杯）", isPurchase: true, status: "PENDING" },
  // 三、志愿者补贴、保险
  { code: "C1", on: "2026-04-18", amount: "2000.00", payee: "龙城社区志愿者 25 人次（银行代发）", method: "BANK_TRANSFER", purpose: "“邻里守望”入户探访志愿者补贴（含餐费、交通）", rate: { kind: "VOLUNTEER", daily: "80.00", days: 25 } },
  { code: "C1", on: "2026-10-17", amount: "1200.00", payee: "重阳节活动志愿者 15 人次（现场签领）", method: "CASH", purpose: "重阳节敬老活动志愿者补贴（附签收单）", rate: { kind: "VOLUNTEER", daily: "80.00", days: 15 } },
  // 四、项目执行费用
  { code: "D1", on: "2026-03-31", amount: "680.50", payee: "滴滴出行科技有限公司", method: "MOBILE", invoiceNo: "26532000000112345678", purpose: "第一季度入户探访及个案跟进市内交通费" },
  { code: "D1", on: "2026-06-30", amount: "742.00", payee: "滴滴出行科技有限公司", method: "MOBILE", invoiceNo: "26532000000298765432", purpose: "第二季度入户探访及个案跟进市内交通费" },
  { code: "D1", on: "2026-09-30", amount: "815.30", payee: "滴滴出行科技有限公司", method: "MOBILE", invoiceNo: "26532000000387651234", purpose: "第三季度入户探访及个案跟进市内交通费" },
  { code: "D2", on: "2026-06-12", amount: "4200.00", payee: "昆明市呈贡区社会工作协会", method: "BANK_TRANSFER", invoiceNo: "53012600377120", purpose: "驻站社工专业能力提升培训（场地、讲课费、资料）", invoicePdf: true },
  { code: "D3", on: "2026-01-16", amount: "1850.00", payee: "呈贡区龙城街道综合文化站", method: "BANK_TRANSFER", invoiceNo: "53012600020455", purpose: "项目启动会会议室租用及会议资料印刷" },
  { code: "D3", on: "2026-07-08", amount: "2100.00", payee: "呈贡区龙城街道综合文化站", method: "BANK_TRANSFER", invoiceNo: "53012600431188", purpose: "项目中期总结会会议室租用及会议资料印刷" },
  { code: "D4", on: "2026-06-30", amount: "3000.00", payee: "昆明诚信会计服务有限公司", method: "BANK_TRANSFER", invoiceNo: "53012600399017", purpose: "2026年1–6月项目会计代账费" },
  { code: "D4", on: "2026-09-15", amount: "860.00", payee: "呈贡区学海文具店", method: "OFFICIAL_CARD", invoiceNo: "53012600590231", purpose: "项目办公用品（纸张、墨盒、档案盒）" },
  { code: "D4", on: "2026-09-30", amount: "1500.00", payee: "昆明诚信会计服务有限公司", method: "BANK_TRANSFER", invoiceNo: "53012600602290", purpose: "2026年7–9月项目会计代账费" },
  { code: "D5", on: "2026-03-06", amount: "1580.00", payee: "呈贡区彩虹广告印务部", method: "BANK_TRANSFER", invoiceNo: "53012600160734", purpose: "社工站服务宣传折页印刷 2000 份", isPurchase: true },
  { code: "D5", on: "2026-09-25", amount: "1960.00", payee: "呈贡区彩虹广告印务部", method: "BANK_TRANSFER", invoiceNo: "53012600598812", purpose: "项目服务成效展板制作 6 块", isPurchase: true },
  // 五、社工站服务场所支出
  { code: "E1", on: "2026-07-06", amount: "1420.00", payee: "龙城街道办事处（代收水电费）", method: "BANK_TRANSFER", invoiceNo: "53012600420071", purpose: "社工站活动室 1–6 月水电费" },
  { code: "E1", on: "2026-11-05", amount: "980.00", payee: "龙城街道办事处（代收水电费）", method: "BANK_TRANSFER", invoiceNo: "53012600710046", purpose: "社工站活动室 7–10 月水电费" },
  // 其他费用：税费
  { code: "F1", on: "2026-01-12", amount: "1170.00", payee: "国家税务总局昆明市呈贡区税务局", method: "BANK_TRANSFER", invoiceNo: "53012600010093", purpose: "第一笔项目资金开具发票应缴税费" },
  { code: "F1", on: "2026-08-03", amount: "360.00", payee: "国家税务总局昆明市呈贡区税务局", method: "BANK_TRANSFER", invoiceNo: "53012600480127", purpose: "第二笔项目资金开具发票应缴税费" },
];

/** A one-page PDF (ASCII text; offsets computed so readers accept it). */
export function demoPdf(text: string): Uint8Array<ArrayBuffer> {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    (() => { const s = `BT /F1 14 Tf 72 770 Td (${text.replace(/[()\\]/g, "")}) Tj ET`; return `<< /Length ${s.length} >>\nstream\n${s}\nendstream`; })(),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(new TextEncoder().encode(body));
}

export async function seedDemoLedger(tx: Tx, opts: { districtId: string; contractId: string; contractorAdminId: string }) {
  const version = await tx.budgetVersion.findFirst({
    where: { contractId: opts.contractId, status: "ACCEPTED" }, orderBy: { number: "desc" },
    select: { allocations: { select: { item: { select: { id: true, code: true } } } } },
  });
  if (!version) throw new Error("seedDemoLedger: the contract has no accepted budget");
  const itemId = new Map(version.allocations.map((a) => [a.item.code, a.item.id]));
  const created: { id: string; code: string }[] = [];
  for (const e of DEMO_EXPENSES) {
    const id = itemId.get(e.code);
    if (!id) throw new Error(`seedDemoLedger: no budget item ${e.code}`);
    const spentOn = new Date(`${e.on}T00:00:00Z`);
    const row = await tx.expense.create({
      data: {
        districtId: opts.districtId, contractId: opts.contractId, itemId: id, spentOn, amount: e.amount, payee: e.payee, method: e.method,
        invoiceNo: e.invoiceNo ?? null, purpose: e.purpose, isPurchase: e.isPurchase ?? false,
        rateKind: e.rate?.kind ?? null, dailyRate: e.rate?.daily ?? null, personDays: e.rate?.days ?? null,
        status: e.status ?? "COMPLETE", recordedById: opts.contractorAdminId,
        // Recorded a few days after the payment, in Beijing office hours.
        createdAt: new Date(spentOn.getTime() + 2 * 86_400_000 + 2 * 3_600_000),
      },
      select: { id: true },
    });
    created.push({ id: row.id, code: e.code });
    if (e.invoicePdf) {
      const data = demoPdf(`Demo invoice ${e.invoiceNo ?? ""} - ${e.amount} CNY`);
      const kind: FileKind = "INVOICE";
      await tx.storedFile.create({
        data: {
          districtId: opts.districtId, ownerType: "Expense", ownerId: row.id, kind, filename: `培训费发票-${e.invoiceNo}.pdf`, contentType: "application/pdf",
          size: data.length, sha256: createHash("sha256").update(data).digest("hex"), data, uploadedById: opts.contractorAdminId,
        },
      });
    }
  }
  return { expenses: created };
}
