"use client";
// 项目中期报告 and 项目结项报告书 as the contractor fills them: one form per report, section by section as in
// the seed, with the figures drafted from the ledger and the records shown read-only where the form has them.
// Fields marked * must be filled before submitting; saving a draft takes whatever is there.
import type { ReactNode } from "react";
import { ActionForm } from "@/components/form/action-form";
import { CheckboxGroupField, FormGrid, Hidden, SelectField, TextareaField, TextField } from "@/components/form/fields";
import { formatWan } from "@/lib/money";
import { saveProjectReport } from "../actions";
import type { Contact, FinalContent, MidtermContent } from "../content";
import type { ReportFigures } from "../figures";
import {
  BENEFICIARY_GROUP_LABELS, DELAYED_LABELS, EMPLOYMENT_LABELS, FINAL_SECTIONS, FUNDING_ROW_LABELS, FUNDING_ROWS, MIDTERM_SECTIONS, PROBLEMS_MAX, TAX_EXEMPT_LABELS,
} from "../labels";
import { BeneficiaryFigures, ContractFacts, FiguresSource, FundSectionsTable, FundUseSummary, FundUseTable, ServiceTargetsTable } from "./figures";
import { CellInput, CountedTextarea, RowsEditor } from "./rows-editor";

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" id={id}>
      <legend className="px-1 text-base font-semibold text-slate-900">{title}</legend>
      {children}
    </fieldset>
  );
}

function ContactFields({ name, who, value, withTitle }: { name: string; who: string; value: Contact; withTitle: boolean }) {
  return (
    <div className="grid gap-3 md:grid-cols-5">
      <TextField name={`${name}.name`} label={`${who}姓名`} required defaultValue={value.name} />
      {withTitle && <TextField name={`${name}.title`} label={`${who}职务`} defaultValue={value.title} />}
      <TextField name={`${name}.officePhone`} label={`${who}办公电话`} defaultValue={value.officePhone} />
      <TextField name={`${name}.mobile`} label={`${who}手机`} required defaultValue={value.mobile} hint="手机与办公电话至少填一项" />
      <TextField name={`${name}.email`} label={`${who}电子邮箱`} defaultValue={value.email} />
    </div>
  );
}

function Head({ contractId, version, kind }: { contractId: string; version: number | null; kind: "MIDTERM" | "FINAL" }) {
  return (
    <>
      <Hidden name="kind" value={kind} />
      <Hidden name="contractId" value={contractId} />
      {version !== null && <Hidden name="version" value={version} />}
    </>
  );
}

export function MidtermForm({ contractId, version, content, figures }: { contractId: string; version: number | null; content: MidtermContent; figures: ReportFigures }) {
  return (
    <ActionForm action={saveProjectReport} submitLabel="保存中期报告">
      <Head contractId={contractId} version={version} kind="MIDTERM" />
      <p className="text-xs text-slate-500">带 * 的内容提交审核前必须填写；保存草稿时可暂不填写。</p>
      <Section title={MIDTERM_SECTIONS.basic}>
        <ContractFacts figures={figures} kind="MIDTERM" />
        <ContactFields name="leader" who="项目负责人" value={content.leader} withTitle={false} />
        <ContactFields name="contact" who="项目联系人" value={content.contact} withTitle={false} />
      </Section>
      <Section title={MIDTERM_SECTIONS.implementation}>
        <TextareaField name="implementation" label="项目实施情况" required rows={8} defaultValue={content.implementation} />
        <FiguresSource figures={figures} live />
        <ServiceTargetsTable figures={figures} midterm />
      </Section>
      <Section title={MIDTERM_SECTIONS.effects}>
        <TextareaField name="effects" label="项目取得的效果及经验" required rows={6} defaultValue={content.effects} />
      </Section>
      <Section title={MIDTERM_SECTIONS.difficulties}>
        <TextareaField name="difficulties" label="遇到的困难和问题" required rows={5} defaultValue={content.difficulties} />
      </Section>
      <Section title={MIDTERM_SECTIONS.nextPlan}>
        <TextareaField name="nextPlan" label="下一步项目实施计划" required rows={5} defaultValue={content.nextPlan} />
      </Section>
      <Section title={MIDTERM_SECTIONS.funds}>
        <FiguresSource figures={figures} live />
        <FundUseSummary figures={figures} />
        <p className="text-sm">2、资金使用报告：</p>
        <FundUseTable figures={figures} notes={content.fundNotes} editable />
      </Section>
    </ActionForm>
  );
}

const wanText = (fen: number | null) => (fen === null ? "" : formatWan(fen));

export function FinalForm({ contractId, version, content: c, figures }: { contractId: string; version: number | null; content: FinalContent; figures: ReportFigures }) {
  return (
    <ActionForm action={saveProjectReport} submitLabel="保存结项报告书">
      <Head contractId={contractId} version={version} kind="FINAL" />
      <p className="text-xs text-slate-500">带 * 的内容提交审核前必须填写；保存草稿时可暂不填写。组织信息、项目团队、服务数据等已按系统记录预填，请核对。</p>
      <Section title={FINAL_SECTIONS.cover}>
        <ContractFacts figures={figures} kind="FINAL" />
        <FormGrid>
          <TextField name="category" label="项目类别" required defaultValue={c.category} hint="如：社工站运营项目" />
        </FormGrid>
      </Section>
      <Section title={FINAL_SECTIONS.org}>
        <div className="grid gap-3 md:grid-cols-2">
          <TextField name="org.registrationNo" label="登记证号" required defaultValue={c.org.registrationNo} />
          <TextField name="org.foundedOn" label="成立时间" type="date" required defaultValue={c.org.foundedOn} />
          <TextField name="org.address" label="通讯地址及邮编" required defaultValue={c.org.address} className="md:col-span-2" />
          <TextField name="org.annualInspection" label="上年度年检结论" required defaultValue={c.org.annualInspection} />
          <TextField name="org.evaluationGrade" label="评估等级" required defaultValue={c.org.evaluationGrade} />
          <SelectField name="org.taxExempt" label="有无免税资格" required defaultValue={c.org.taxExempt} options={options(TAX_EXEMPT_LABELS)} />
          <TextField name="org.field" label="项目领域" required defaultValue={c.org.field} />
          <TextField name="org.region" label="实施地域" required defaultValue={c.org.region} className="md:col-span-2" />
        </div>
        <p className="text-sm text-slate-600">立项金额 {formatWan(figures.contract.amount)} 万元 · 项目时间 {figures.contract.startsOn} 至 {figures.contract.endsOn}（取自服务协议）</p>
        <div>
          <p className="mb-1 font-medium text-slate-700">曾获何种奖励（限填三个）</p>
          <RowsEditor name="awards" caption="曾获何种奖励" columns={[{ key: "name", label: "奖励名称" }]} rows={c.awards} max={3} />
        </div>
        <ContactFields name="orgLeader" who="机构负责人" value={c.orgLeader} withTitle />
        <ContactFields name="projectLeader" who="项目负责人" value={c.projectLeader} withTitle />
      </Section>
      <Section title={FINAL_SECTIONS.project}>
        <div>
          <p className="mb-1 font-medium text-slate-700">项目资金来源（单位：万元）<span className="ml-0.5 text-red-600">*</span></p>
          <table className="min-w-full text-left text-sm" aria-label="项目资金来源">
            <thead className="bg-slate-50 text-slate-600">
              <tr><th className="px-2 py-1.5 font-medium">资金来源类别</th><th className="px-2 py-1.5 font-medium">申报资金（万元）</th><th className="px-2 py-1.5 font-medium">立项资金（万元）</th><th className="px-2 py-1.5 font-medium">资金来源</th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {FUNDING_ROWS.map((row) => (
                <tr key={row}>
                  <td className="px-2 py-1">{FUNDING_ROW_LABELS[row]}</td>
                  <td className="px-1 py-1"><CellInput name={`funding.${row}.applied`} label={`${FUNDING_ROW_LABELS[row]}申报资金（万元）`} defaultValue={wanText(c.funding[row].applied)} align="right" /></td>
                  <td className="px-1 py-1"><CellInput name={`funding.${row}.approved`} label={`${FUNDING_ROW_LABELS[row]}立项资金（万元）`} defaultValue={wanText(c.funding[row].approved)} align="right" /></td>
                  <td className="px-1 py-1"><CellInput name={`funding.${row}.source`} label={`${FUNDING_ROW_LABELS[row]}资金来源`} defaultValue={c.funding[row].source} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <CheckboxGroupField name="beneficiaries.groups" label="受益对象（可选择多项）" required defaultValue={c.beneficiaries.groups} options={Object.entries(BENEFICIARY_GROUP_LABELS).map(([k, v]) => ({ value: k, label: `${k} ${v}` }))} />
        <div className="grid gap-3 md:grid-cols-2">
          <TextField name="beneficiaries.other" label="其它受益人群（选 I 时填写）" defaultValue={c.beneficiaries.other} />
          <TextField name="beneficiaries.count" label="直接受益人数" required defaultValue={c.beneficiaries.count === null ? "" : String(c.beneficiaries.count)} hint={`平台记录的服务人数：${figures.service.peopleServed} 人`} />
        </div>
        <TextareaField name="implementation" label="项目实施内容" required rows={6} defaultValue={c.implementation} />
        <div>
          <p className="mb-1 font-medium text-slate-700">项目团队及分工<span className="ml-0.5 text-red-600">*</span></p>
          <RowsEditor name="team" caption="项目团队及分工" rows={c.team} max={30} minRows={4} columns={[
            { key: "name", label: "姓名", width: "8rem" },
            { key: "duty", label: "项目分工" },
            { key: "contact", label: "联系方式", width: "10rem" },
            { key: "employment", label: "全/兼职", width: "6rem", options: options(EMPLOYMENT_LABELS) },
            { key: "period", label: "参与本项目的时间" },
          ]} />
        </div>
      </Section>
      <Section title={FINAL_SECTIONS.execution}>
        <FiguresSource figures={figures} live />
        <p className="font-medium text-slate-700">项目资金支出情况</p>
        <FundSectionsTable figures={figures} />
        <p className="font-medium text-slate-700">项目服务实施情况</p>
        <BeneficiaryFigures figures={figures} />
        <ServiceTargetsTable figures={figures} midterm={false} />
        <div>
          <p className="mb-1 font-medium text-slate-700">项目末期绩效完成情况 · 项目目标<span className="ml-0.5 text-red-600">*</span></p>
          <RowsEditor name="targets" caption="项目目标" rows={c.targets} max={20} columns={[{ key: "planned", label: "计划达成", multiline: true }, { key: "actual", label: "实际达成情况", multiline: true }]} />
        </div>
        <div>
          <p className="mb-1 font-medium text-slate-700">项目活动<span className="ml-0.5 text-red-600">*</span></p>
          <RowsEditor name="activities" caption="项目活动" rows={c.activities} max={40} columns={[
            { key: "name", label: "活动名称" },
            { key: "times", label: "活动次数", width: "6rem", align: "right" },
            { key: "people", label: "受益人数", width: "6rem", align: "right" },
            { key: "personTimes", label: "受益人次", width: "6rem", align: "right" },
            { key: "materials", label: "已留存资料" },
          ]} />
        </div>
        <div className="grid gap-3 md:grid-cols-3">
          <SelectField name="delayed" label="项目是否推迟" required defaultValue={c.delayed} options={options(DELAYED_LABELS)} />
          <TextField name="delayReason" label="推迟原因" defaultValue={c.delayReason} className="md:col-span-2" hint="选“是”时必填" />
        </div>
        <div>
          <p className="mb-1 font-medium text-slate-700">项目变更情况</p>
          <RowsEditor name="changes" caption="项目变更情况" rows={c.changes} max={20} hint="已批准的项目变更申请已预填；没有变更的可留空（打印为“无”）。" columns={[
            { key: "content", label: "变更内容", multiline: true },
            { key: "reason", label: "变更原因", multiline: true },
            { key: "evidence", label: "是否有申请变更的证明材料" },
          ]} />
        </div>
        <TextareaField name="participation" label="项目的参与度" required rows={4} defaultValue={c.participation} />
      </Section>
      <Section title={FINAL_SECTIONS.outcomes}>
        <div>
          <p className="mb-1 font-medium text-slate-700">项目产出<span className="ml-0.5 text-red-600">*</span></p>
          <RowsEditor name="outputs" caption="项目产出" rows={c.outputs} max={30} minRows={2} columns={[
            { key: "type", label: "产出类型", width: "8rem" },
            { key: "quantity", label: "数量", width: "6rem" },
            { key: "name", label: "具体名称" },
            { key: "role", label: "具体作用等关键信息", multiline: true },
          ]} />
        </div>
        <p className="text-xs text-slate-500">提示：请分别阐述项目对服务对象、落地社区或合作机构等相关方产生的影响和获得的评价，必要时分析其原因，并提供服务对象满意度反馈数据。</p>
        <div className="grid gap-3 md:grid-cols-2">
          <TextareaField name="feedback.onClients" label="项目对服务对象影响" required rows={4} defaultValue={c.feedback.onClients} />
          <TextareaField name="feedback.onCommunity" label="项目对落地社区或合作机构影响" required rows={4} defaultValue={c.feedback.onCommunity} />
          <TextareaField name="feedback.fromClients" label="服务对象对项目评价" required rows={4} defaultValue={c.feedback.fromClients} />
          <TextareaField name="feedback.fromCommunity" label="落地社区或合作机构对项目评价" required rows={4} defaultValue={c.feedback.fromCommunity} />
        </div>
        <div>
          <p className="mb-1 font-medium text-slate-700">宣传报道</p>
          <RowsEditor name="media" caption="宣传报道" rows={c.media} max={30} hint="没有报道的可留空。" columns={[
            { key: "outlet", label: "媒体名称", width: "10rem" },
            { key: "dateAndContent", label: "报道日期及主要内容", multiline: true },
            { key: "link", label: "报道链接" },
          ]} />
        </div>
        <TextareaField name="effects" label="项目成效" required rows={5} defaultValue={c.effects} />
        <TextareaField name="reflection" label="项目反思" required rows={4} defaultValue={c.reflection} />
        <TextareaField name="financeSummary" label="财务总结" required rows={4} defaultValue={c.financeSummary} />
        <CountedTextarea name="problems" label="项目执行中的问题和建议" required max={PROBLEMS_MAX} defaultValue={c.problems} hint="请说明项目在执行过程中遇到的问题和困难（限300字以内）。" />
        <TextareaField name="highlights" label="项目亮点、典型案例材料" rows={5} defaultValue={c.highlights} hint="如有，请填写。" />
      </Section>
    </ActionForm>
  );
}
