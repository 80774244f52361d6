// The 项目经费预算 tab of a contract, for the contractor (drafts, the live editor, submitting, adjustments)
// and for the bureau (what was submitted, the findings, the review steps). Both see the budget in force,
// every version they may see and a version compared with the budget it adjusts.
import { ActionForm } from "@/components/form/action-form";
import { Hidden, TextareaField } from "@/components/form/fields";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/dates";
import { formatPercent, toDecimalString } from "@/lib/money";
import { ContractTabs } from "@/features/contracts/components/contract-tabs";
import type { ContractHeader } from "@/features/contracts/header";
import { ReturnNotice, SubmissionHistory, SubmissionSteps } from "@/features/submissions/components/submission-panel";
import type { SubmissionViewData } from "@/features/submissions/queries";
import { saveBudget, startBudgetAdjustment } from "../actions";
import { SHIFT_BAND_TEXT } from "../compare";
import type { BudgetArea, BudgetPageData, BudgetVersionView } from "../queries";
import { BudgetEditor, type EditorRow } from "./budget-editor";
import { BudgetVersionTable, ComparisonTable, FindingList, VersionList, VersionStatus } from "./budget-views";

const kindOf = (n: number) => (n === 1 ? "项目经费预算" : "预算调整");

function editorRows(v: BudgetVersionView): EditorRow[] {
  return v.lines.map((l) => ({
    itemId: l.itemId, code: l.code, category: l.category, name: l.name, basis: l.basis ?? "", rateKind: l.rateKind ?? "",
    dailyRate: l.dailyRate === null ? "" : toDecimalString(l.dailyRate), amount: toDecimalString(l.amount),
  }));
}

function ComparisonBlock({ data, version, saved = false }: { data: BudgetPageData; version: BudgetVersionView; saved?: boolean }) {
  const c = version.id === data.open?.id ? data.openComparison : version.id === data.selected?.id ? data.selectedComparison : null;
  if (!c) return null;
  return (
    <section className="space-y-2">
      <h3 className="text-sm font-semibold text-slate-700">{saved ? `已保存的第 ${version.number} 版` : ""}与第 {c.base.number} 版（调整前的预算）比较</h3>
      <ComparisonTable comparison={c.comparison} beforeNumber={c.base.number} afterNumber={version.number} />
    </section>
  );
}

/** The contractor's open version: the editor while DRAFT/RETURNED, then submitting (or discarding an adjustment). */
function ContractorOpenVersion({ data, contractId, view }: { data: BudgetPageData; contractId: string; view: SubmissionViewData }) {
  const open = data.open!;
  const editable = data.canManage && !!data.editor && (open.status === "DRAFT" || open.status === "RETURNED");
  const hard = open.check.findings.filter((f) => f.severity === "hard");
  return (
    <Card title={<span>第 {open.number} 版 · {kindOf(open.number)} <VersionStatus status={open.status} /></span>}>
      <div className="space-y-5" data-testid="open-version">
        <ReturnNotice view={view} />
        {editable ? (
          <BudgetEditor
            key={`${open.id}-${open.version}`}
            contractId={contractId} versionId={open.id} version={open.version} number={open.number} contractAmount={data.contractAmount}
            funds={{ fundProvincial: toDecimalString(open.funds.fundProvincial), fundLocal: toDecimalString(open.funds.fundLocal), fundRaised: toDecimalString(open.funds.fundRaised) }}
            notes={open.notes ?? ""} reason={open.reason ?? ""} rows={editorRows(open)}
            lockedItems={data.editor!.lockedItems} spentItems={data.editor!.spentItems} takenCodes={data.editor!.takenCodes}
            base={data.openComparison ? { number: data.openComparison.base.number, lines: data.openComparison.base.lines } : null}
          />
        ) : (
          <BudgetVersionTable version={open} showFindings />
        )}
        <ComparisonBlock data={data} version={open} saved={editable} />
        {editable && (
          <section className="space-y-2 border-t border-slate-100 pt-4" data-testid="submit-section">
            <h3 className="text-sm font-semibold text-slate-700">提交审核</h3>
            {hard.length > 0 ? (
              <div role="note" className="rounded border border-red-200 bg-red-50 p-3" data-testid="submit-blockers">
                <p className="mb-1 text-sm font-medium text-red-800">已保存的预算有 {hard.length} 项不符合财务管理规定，修改并保存后才能提交审核：</p>
                <FindingList findings={hard} />
              </div>
            ) : (
              <p className="text-xs text-slate-500">提交的是已保存的第 {open.number} 版；提交后等待区民政局审核，审核期间不能修改。</p>
            )}
            <SubmissionSteps view={view} submitLabel={open.number === 1 ? "提交预算审核" : "提交预算调整审核"} />
            {open.status === "DRAFT" && open.number >= 2 && (
              <ActionForm action={saveBudget} submitLabel="放弃本次预算调整" className="space-y-2">
                <Hidden name="action" value="discard" />
                <Hidden name="contractId" value={contractId} />
                <Hidden name="versionId" value={open.id} />
                <Hidden name="version" value={open.version} />
                <p className="text-xs text-slate-500">放弃后删除本次调整的草稿，现行预算（第 {data.inForce?.number} 版）不变。</p>
              </ActionForm>
            )}
          </section>
        )}
        {open.status === "SUBMITTED" && <p className="text-sm text-slate-600">已于 {formatDate(open.submittedAt)} 提交，等待区民政局审核；审核期间不能修改。</p>}
        <section className="space-y-1">
          <h3 className="text-sm font-semibold text-slate-700">审核记录</h3>
          <SubmissionHistory view={view} />
        </section>
      </div>
    </Card>
  );
}

/** The bureau's view of the version under review (or returned to the contractor). */
function BureauOpenVersion({ data, view }: { data: BudgetPageData; view: SubmissionViewData }) {
  const open = data.open!;
  const hard = open.check.findings.filter((f) => f.severity === "hard").length;
  return (
    <Card title={<span>{open.status === "SUBMITTED" ? "待审核" : "已退回修改"}：第 {open.number} 版 · {kindOf(open.number)} <VersionStatus status={open.status} /></span>}>
      <div className="space-y-5" data-testid="open-version">
        <ReturnNotice view={view} />
        {open.submittedAt && <p className="text-sm text-slate-600">提交日期：{formatDate(open.submittedAt)}</p>}
        <BudgetVersionTable version={open} showFindings />
        <p className={hard > 0 ? "text-sm font-medium text-red-700" : "text-sm text-green-700"}>
          {hard > 0 ? `有 ${hard} 项不符合财务管理规定` : "符合财务管理规定的限额要求"}
          {open.check.findings.length > hard && <span className="ml-2 font-normal text-amber-700">{open.check.findings.length - hard} 项提示见明细</span>}
        </p>
        <ComparisonBlock data={data} version={open} />
        <SubmissionSteps view={view} />
        <section className="space-y-1">
          <h3 className="text-sm font-semibold text-slate-700">审核记录</h3>
          <SubmissionHistory view={view} />
        </section>
      </div>
    </Card>
  );
}

export function BudgetPageView({ header, data, area }: { header: ContractHeader; data: BudgetPageData; area: BudgetArea }) {
  const base = area === "contractor" ? "/contractor/contracts" : "/bureau/contracts";
  const href = (n: number) => `${base}/${header.id}/budget?v=${n}`;
  const { open, inForce, selected } = data;
  return (
    <div className="space-y-6">
      <ContractTabs header={header} base={base} current="budget" />

      {data.versions.length === 0 && (
        data.canManage && data.editor ? (
          <Card title="编制项目经费预算（第 1 版）">
            <p className="mb-4 text-sm text-slate-600">按申报书的类别填写预算资金支出明细和资金来源。填写时按《社工站项目财务管理指引》即时检查：红色为不符合规定（须修改后才能提交），黄色为提示。</p>
            <BudgetEditor
              key="new" contractId={header.id} versionId={null} version={null} number={1} contractAmount={data.contractAmount}
              funds={{ fundProvincial: "0.00", fundLocal: "0.00", fundRaised: "0.00" }} notes="" reason="" rows={[]}
              lockedItems={data.editor.lockedItems} spentItems={data.editor.spentItems} takenCodes={data.editor.takenCodes}
            />
          </Card>
        ) : (
          <Card><p className="text-sm text-slate-600">{area === "bureau" ? "承接机构尚未提交项目经费预算。" : "尚未编制项目经费预算。"}</p></Card>
        )
      )}

      {open && data.openView && (area === "contractor"
        ? <ContractorOpenVersion data={data} contractId={header.id} view={data.openView} />
        : <BureauOpenVersion data={data} view={data.openView} />)}

      {inForce && (
        <Card title={<span>现行预算：第 {inForce.number} 版{inForce.decidedAt && <span className="ml-2 text-sm font-normal text-slate-500">{formatDate(inForce.decidedAt)} 审核通过</span>}</span>}>
          <div className="space-y-4" data-testid="budget-in-force">
            <BudgetVersionTable version={inForce} showFindings />
            {data.cumulative && (
              <p className="text-sm" data-testid="budget-cumulative">
                累计调整幅度（相对第 1 版）<span className="font-semibold">{formatPercent(data.cumulative.shift)}</span>：{SHIFT_BAND_TEXT[data.cumulative.band]}
              </p>
            )}
            {data.canStartAdjustment && (
              <div className="border-t border-slate-100 pt-4">
                <ActionForm action={startBudgetAdjustment} submitLabel="发起预算调整">
                  <Hidden name="contractId" value={header.id} />
                  <TextareaField name="reason" label="调整原因" required rows={2}
                    hint={`以现行预算（第 ${inForce.number} 版）为基础生成新版本，修改后提交区民政局审核；未经批准不得擅自调整预算。调整幅度 10%–20% 评估扣 1–3 分，超过 30% 扣 5–7 分。`} />
                </ActionForm>
              </div>
            )}
          </div>
        </Card>
      )}

      {data.versions.length > 0 && (
        <Card title="预算版本记录">
          <div className="space-y-5">
            <VersionList versions={data.versions} selected={selected?.number ?? null} hrefOf={href} inForce={inForce?.number ?? null} />
            {selected && selected.id === open?.id && (
              <p className="text-sm text-slate-500">第 {selected.number} 版即上方正在{area === "contractor" && (open.status === "DRAFT" || open.status === "RETURNED") ? "编辑" : "审核"}的版本。</p>
            )}
            {selected && selected.id !== open?.id && (
              <section className="space-y-3" data-testid="selected-version">
                <h3 className="font-semibold">版本详情：第 {selected.number} 版 · {kindOf(selected.number)} <VersionStatus status={selected.status} /></h3>
                <ComparisonBlock data={{ ...data, open: null }} version={selected} />
                {selected.number === 1 && <p className="text-sm text-slate-500">第 1 版为申报的项目经费预算，之后的版本为预算调整。</p>}
                <details>
                  <summary className="cursor-pointer text-sm text-blue-700">第 {selected.number} 版预算明细</summary>
                  <div className="mt-3"><BudgetVersionTable version={selected} showFindings /></div>
                </details>
                {data.selectedView && (
                  <div className="space-y-1">
                    <h4 className="text-sm font-semibold text-slate-700">审核记录</h4>
                    <SubmissionHistory view={data.selectedView} />
                  </div>
                )}
              </section>
            )}
          </div>
        </Card>
      )}
    </div>
  );
}
