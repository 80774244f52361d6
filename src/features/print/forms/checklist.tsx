// 个案咨询资料清单: which forms the file holds (完成“√”); 页码 is left for the paper file.
import type { CaseFileForPrint } from "../case-file";
import { PrintForm } from "../components";
import { label, value, type Cell, type FormSpec } from "../layout";

/** The seed's row names (a few differ from the app's short names). */
const ROW_LABELS: Record<string, string> = {
  sessions: "个案工作过程记录表\n（第   次）",
  other: "其他文件\n（具体文件请说明）",
};

export function checklistForm(file: CaseFileForPrint): FormSpec {
  const rows: Cell[][] = file.checklist.map((row) => {
    const name = row.key === "sessions" && row.count ? `个案工作过程记录表\n（第 1${row.count > 1 ? `–${row.count}` : ""} 次）` : (ROW_LABELS[row.key] ?? row.label);
    const remark = row.key === "sessions" && row.count ? `共 ${row.count} 次` : row.key === "other" ? "例：与案主的信件，案主的画、心理报告、评估报告等" : "";
    return [label(name), value(row.done ? "√" : "", { align: "center" }), value(""), value(remark)];
  });
  return {
    key: "checklist",
    title: "个案咨询资料清单",
    blank: false,
    blocks: [
      {
        kind: "table",
        widths: [34, 16, 14, 36],
        rows: [
          [label("个案工作编号"), value(file.caseFile.number), label("负责社工"), value(file.caseFile.ownerName)],
          [label("表格"), label("完成“√”"), label("页码"), label("备注")],
          ...rows.map((r) => r.map((c) => ({ ...c, height: 9 }))),
        ],
      },
    ],
  };
}

export function ChecklistPrint({ file }: { file: CaseFileForPrint }) {
  return <PrintForm spec={checklistForm(file)} />;
}
