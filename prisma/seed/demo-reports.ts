// Demo 中期报告: 启明 has started 龙城's mid-term report — 项目基本情况 and 项目实施情况 are written, the rest is
// still to do (the end-to-end run completes, submits and gets it reviewed). No 结项报告书 yet.
import type { Prisma } from "../../src/generated/prisma/client";
import type { MidtermContent } from "../../src/features/project-reports/content";

type Tx = Prisma.TransactionClient;

export async function seedDemoReports(tx: Tx, opts: { districtId: string; longchengContractId: string; contractorAdminId: string }) {
  const content: MidtermContent = {
    leader: { name: "杨启明", title: null, officePhone: "0871-67481234", mobile: "13987100001", email: "qiming@example.org" },
    contact: { name: "李晓华", title: null, officePhone: null, mobile: "13987100002", email: null },
    implementation: [
      "项目自 2026 年 1 月启动，龙城街道社会工作服务站按照服务协议开展社会救助、养老服务和儿童关爱服务。",
      "一是建立服务对象档案，对辖区困难群众、高龄独居老人开展入户探访；二是开展个案服务，跟进重点对象的照护与安全问题；三是设立来访接待，解答政策咨询并转介相关部门。",
    ].join("\n"),
    effects: null,
    difficulties: null,
    nextPlan: null,
    fundNotes: {},
  };
  return tx.projectReport.create({
    data: { districtId: opts.districtId, contractId: opts.longchengContractId, kind: "MIDTERM", status: "DRAFT", content, createdById: opts.contractorAdminId },
  });
}
