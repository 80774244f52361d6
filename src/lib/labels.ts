// Enum → Chinese label maps, one place for every word the UI shows for a code value.
// Terms follow the seed documents (昆明市乡镇（街道）社工站运营指引).
import type {
  AnnualInspection, AuditOutcome, CalendarDayKind, ClosureReason, DocumentEventKind, DocumentKind, FollowUpKind, GoalAttainment, ReferralReason, ReferralStatus, ReviewStatus, SessionForm, SignRole, VisitType, CaseSource, CaseStatus, ConsentSigner, CertificateLevel, ClientCategory, RiskLevel, CommunityKind, ConvertedFrom, Education,
  EvaluationGrade, Gender, OperationMode, PostType, Role, ServiceDomain, StationLevel, StationPosition,
  BudgetCategory, BuyerKind, ContractStatus, DailyRateKind, ExpenseStatus, FileKind, PaymentMethod, ProcurementMode, ProjectReportKind,
  ReceptionMatter, ReceptionOutcome, ReportEventKind, ReportKind, SubmissionStatus, TrancheGate,
  DeclarationKind, ExpenditureCategory, FundingHorizon, FundingLevel, IndicatorDimension, IndicatorKind, IndicatorOperator, QualitativeBand,
} from "@/generated/prisma/enums";

export const ROLE_LABELS: Record<Role, string> = {
  BUREAU_ADMIN: "民政局管理员",
  BUREAU_STAFF: "民政局业务科室经办人",
  BUREAU_REVIEWER: "民政局审核人",
  STREET_STAFF: "街道分管人员",
  STATION_HEAD: "站长",
  DEPUTY_HEAD: "副站长",
  SOCIAL_WORKER: "驻站社工",
  SUPERVISOR: "督导",
  CONTRACTOR_ADMIN: "承接机构负责人",
  EVALUATOR: "第三方评估人员",
  AUDITOR: "安全审计员",
  SYSTEM_ADMIN: "系统管理员",
};

export const STATION_LEVEL_LABELS: Record<StationLevel, string> = {
  TOWNSHIP: "乡镇（街道）社工站",
  COMMUNITY: "村（社区）社工室",
};

export const OPERATION_MODE_LABELS: Record<OperationMode, string> = {
  GOVERNMENT_LED: "政府主导",
  TRANSACTIONAL_PLUS_PROFESSIONAL: "事务性岗位+专业服务岗位",
  PROJECT_BASED: "项目化运营",
};

export const COMMUNITY_KIND_LABELS: Record<CommunityKind, string> = { URBAN: "城市社区", RURAL: "农村社区（村）" };

export const ANNUAL_INSPECTION_LABELS: Record<AnnualInspection, string> = {
  QUALIFIED: "合格",
  BASICALLY_QUALIFIED: "基本合格",
  UNQUALIFIED: "不合格",
  NOT_INSPECTED: "未参加年检",
};

export const EVALUATION_GRADE_LABELS: Record<EvaluationGrade, string> = {
  NONE: "未评估",
  A1: "1A",
  A2: "2A",
  A3: "3A",
  A4: "4A",
  A5: "5A",
};

export const GENDER_LABELS: Record<Gender, string> = { MALE: "男", FEMALE: "女" };

export const POST_TYPE_LABELS: Record<PostType, string> = { PROFESSIONAL: "专业服务岗位", TRANSACTIONAL: "事务性岗位" };

export const STATION_POSITION_LABELS: Record<StationPosition, string> = { HEAD: "站长", DEPUTY: "副站长", STAFF: "驻站社工" };

export const CERTIFICATE_LEVEL_LABELS: Record<CertificateLevel, string> = {
  NONE: "无",
  ASSISTANT: "助理社会工作师",
  INTERMEDIATE: "社会工作师",
  SENIOR: "高级社会工作师",
};

export const EDUCATION_LABELS: Record<Education, string> = {
  JUNIOR_HIGH: "初中",
  SENIOR_HIGH: "高中",
  SECONDARY_VOCATIONAL: "中专",
  JUNIOR_COLLEGE: "大专",
  BACHELOR: "本科",
  MASTER_OR_ABOVE: "硕士及以上",
};

export const CONVERTED_FROM_LABELS: Record<ConvertedFrom, string> = {
  ASSISTANCE_ASSISTANT: "社会救助助理员",
  CIVIL_AFFAIRS_CLERK: "民政事务员",
  CHILDREN_SUPERVISOR: "儿童督导员",
};

export const SERVICE_DOMAIN_LABELS: Record<ServiceDomain, string> = {
  SOCIAL_ASSISTANCE: "社会救助",
  ELDERLY: "为老服务",
  CHILDREN: "儿童关爱保护",
  COMMUNITY_GOVERNANCE: "社区治理",
  RURAL_REVITALIZATION: "乡村振兴",
  SOCIAL_AFFAIRS: "社会事务",
  VOLUNTEER: "志愿服务",
  RELOCATION: "易地搬迁安置",
  VETERANS: "退役军人",
  DISABILITY: "残疾人",
  EMPLOYEES: "企业职工",
  OTHER: "其他",
};

export const CLIENT_CATEGORY_LABELS: Record<ClientCategory, string> = {
  MINIMUM_LIVING: "低保",
  EXTREME_POVERTY: "特困",
  TEMPORARY_ASSISTANCE: "临时救助",
  LOW_INCOME: "低收入",
  LEFT_BEHIND_ELDERLY: "留守老人",
  EMPTY_NEST: "空巢/独居",
  ADVANCED_AGE: "高龄",
  DISABLED_ELDERLY: "失能",
  LEFT_BEHIND_CHILD: "留守儿童",
  CHILD_IN_DIFFICULTY: "困境儿童",
  DISABILITY: "残疾人",
  VETERAN: "退役军人",
  RELOCATED: "搬迁群众",
  OTHER: "其他",
};

/** 危机因素 on the intake form: 无 / 低 / 中 / 高. */
export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = { NONE: "无", LOW: "低", MEDIUM: "中", HIGH: "高" };

/** 服务对象来源 on the intake form (接案记录表). */
export const CASE_SOURCE_LABELS: Record<CaseSource, string> = { SELF: "主动求助", OTHERS: "他人求助", REFERRAL: "转介", OUTREACH: "外展", OTHER: "其他" };

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = { OPEN: "服务中", CLOSED: "已结案", REFERRED: "已转介" };

/** 接受服务同意书: who signed. */
export const CONSENT_SIGNER_LABELS: Record<ConsentSigner, string> = { CLIENT: "本人签字", GUARDIAN: "监护人签字" };

/** The signed forms, by their seed titles. */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  INTAKE: "个案工作接案记录表",
  ASSESSMENT: "个案工作预估表",
  PLAN: "个案工作计划表",
  SESSION: "个案工作过程记录表",
  EVALUATION: "个案工作评估表",
  CLOSURE: "个案工作结案表",
  REFERRAL: "个案工作转介表",
  VISIT: "探访记录表",
};

/** The same forms by the short names used in messages (计划表, 结案表 …). */
export const DOCUMENT_SHORT_LABELS: Record<DocumentKind, string> = {
  INTAKE: "接案记录表",
  ASSESSMENT: "预估表",
  PLAN: "计划表",
  SESSION: "过程记录表",
  EVALUATION: "评估表",
  CLOSURE: "结案表",
  REFERRAL: "转介表",
  VISIT: "探访记录表",
};

/** 是 / 否 of the paper forms, stored as a boolean. */
export const YES_NO_LABELS = { YES: "是", NO: "否" } as const;

/** Forms approved by the supervisor (计划表, 结案表). */
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = { DRAFT: "草稿", SUBMITTED: "待督导审批", RETURNED: "已退回", APPROVED: "已批准" };

export const DOCUMENT_EVENT_LABELS: Record<DocumentEventKind, string> = { CREATE: "创建", SUBMIT: "提交审批", APPROVE: "批准", RETURN: "退回", SIGN: "签名", CORRECT: "更正（新版本）" };

/** Who signs: the seed's signature lines. */
export const SIGN_ROLE_LABELS: Record<SignRole, string> = { WORKER: "负责社工", SUPERVISOR: "督导", STATION_HEAD: "机构（站点）负责人" };

/** 过程记录表 服务形式. */
export const SESSION_FORM_LABELS: Record<SessionForm, string> = { FACE_TO_FACE: "面谈", PHONE: "电话", HOME_VISIT: "家访", ONLINE: "线上", OTHER: "其他" };

/** 评估表 / 结案表 目标达成情况. */
export const GOAL_ATTAINMENT_LABELS: Record<GoalAttainment, string> = { FULL: "完全达成", PARTIAL: "部分达成", NONE: "未能达成" };

/** 结案表 结案原因. */
export const CLOSURE_REASON_LABELS: Record<ClosureReason, string> = {
  GOALS_MET: "目标达到",
  OUT_OF_SCOPE: "超出服务范围",
  NOT_SUITABLE: "社会工作者认为不适合继续跟进",
  CLIENT_DECLINED: "服务对象不愿意继续接受服务",
  OTHER: "其他情况",
};

/** 转介表 转介原因. */
export const REFERRAL_REASON_LABELS: Record<ReferralReason, string> = {
  OUT_OF_SCOPE: "服务对象的问题超出站点服务范围",
  OUT_OF_AREA: "服务对象生活在站点服务区域之外",
  WORKER_CHANGE: "社工因工作安排改变无法继续",
  OTHER: "其他",
};

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = { DRAFT: "草稿", PENDING: "待接收", ACCEPTED: "已接收", DECLINED: "已拒绝", CANCELLED: "已撤回" };

/** 转介去向: a social worker of another station of the district, or another organisation. */
export const REFERRAL_TARGET_LABELS = { STATION: "本区其他社工站", ORGANIZATION: "其他机构" } as const;

/** Another organisation's answer to a referral, recorded by the sender (the same words as the referral's status). */
export const EXTERNAL_DECISION_LABELS: Record<Extract<ReferralStatus, "ACCEPTED" | "DECLINED">, string> = {
  ACCEPTED: REFERRAL_STATUS_LABELS.ACCEPTED,
  DECLINED: REFERRAL_STATUS_LABELS.DECLINED,
};

/** 探访记录表 服务类型. */
export const VISIT_TYPE_LABELS: Record<VisitType, string> = { HOME: "入户探访", ONLINE: "线上探访（电话探访等）" };

/** 特殊情况跟进形式. */
export const FOLLOW_UP_KIND_LABELS: Record<FollowUpKind, string> = { CASE: "个案", GROUP: "小组", OTHER: "其他" };

export const CALENDAR_DAY_KIND_LABELS: Record<CalendarDayKind, string> = { HOLIDAY: "法定节假日（休息）", WORKDAY: "调休上班" };

// ── Contracts, budgets, ledgers and contractor reports (§4, §5) ──

export const BUYER_KIND_LABELS: Record<BuyerKind, string> = { BUREAU: "区民政局", STREET_OFFICE: "乡镇（街道）办事处" };

export const PROCUREMENT_MODE_LABELS: Record<ProcurementMode, string> = {
  PRICE_COMPARISON: "比价询价",
  OPEN_TENDER: "公开招标",
  INVITED_TENDER: "邀请招标",
  COMPETITIVE_CONSULTATION: "竞争性磋商",
  SINGLE_SOURCE: "单一来源",
};

export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = { DRAFT: "拟订", ACTIVE: "履行中", COMPLETED: "已结项", TERMINATED: "已终止" };

export const TRANCHE_GATE_LABELS: Record<TrancheGate, string> = {
  EFFECTIVE: "协议生效后 10 个工作日内",
  MIDTERM_PASSED: "中期评估合格后 10 个工作日内",
  FINAL_PASSED: "末期评估合格后",
};

/** The 申报书's 预算资金支出明细, in its order; 其他费用 from the 财务管理指引. */
export const BUDGET_CATEGORY_LABELS: Record<BudgetCategory, string> = {
  SOCIAL_SERVICE: "一、社会服务支出",
  LABOUR: "二、社工、督导劳务和保险费支出",
  VOLUNTEER: "三、志愿者补贴、保险费支出",
  TRANSPORT: "四、项目执行费用支出 · 1.交通费",
  TRAINING: "四、项目执行费用支出 · 2.培训费",
  MEETING: "四、项目执行费用支出 · 3.会议费",
  MANAGEMENT: "四、项目执行费用支出 · 4.管理费",
  PRINTING: "四、项目执行费用支出 · 5.印刷宣传费",
  VENUE: "五、社工站服务场所支出",
  UNFORESEEN: "六、其他费用 · 不可预见费",
  TAX: "六、其他费用 · 税费",
};

export const BUDGET_CATEGORY_SHORT_LABELS: Record<BudgetCategory, string> = {
  SOCIAL_SERVICE: "社会服务",
  LABOUR: "社工、督导劳务和保险",
  VOLUNTEER: "志愿者补贴、保险",
  TRANSPORT: "交通费",
  TRAINING: "培训费",
  MEETING: "会议费",
  MANAGEMENT: "管理费",
  PRINTING: "印刷宣传费",
  VENUE: "服务场所",
  UNFORESEEN: "不可预见费",
  TAX: "税费",
};

export const DAILY_RATE_KIND_LABELS: Record<DailyRateKind, string> = {
  WORKER_FULL_DAY: "社工补贴（服务不低于 4 小时/天）",
  WORKER_PART_DAY: "社工补贴（服务低于 4 小时/天）",
  EXPERT_SENIOR: "专家咨询费（高级职称）",
  EXPERT_INTERMEDIATE: "专家咨询费（中级职称）",
  EXPERT_OTHER: "专家咨询费（其他专业技术人员）",
  TEMP_STAFF: "临时聘用人员劳务费",
  VOLUNTEER: "志愿者补贴",
};

export const FUND_SOURCE_LABELS = { fundProvincial: "申请部省级资金", fundLocal: "州（市）、县（市、区）配套资金", fundRaised: "社会募集资金" } as const;

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = { BANK_TRANSFER: "银行转账", OFFICIAL_CARD: "公务卡", MOBILE: "微信/支付宝", CASH: "现金", OTHER: "其他" };

export const EXPENSE_STATUS_LABELS: Record<ExpenseStatus, string> = { PENDING: "待补材料", COMPLETE: "已入账" };

export const FILE_KIND_LABELS: Record<FileKind, string> = {
  INVOICE: "发票",
  QUOTE_COMPARISON: "询价（比价）资料",
  PURCHASE_CONTRACT: "采购合同",
  RECEIPT_SHEET: "签收单 / 劳务费支付表",
  PHOTO: "图片材料",
  OTHER: "其他",
};

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = { DRAFT: "草稿", SUBMITTED: "待审核", RETURNED: "已退回", ACCEPTED: "已通过", REJECTED: "不予批准" };

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  MONTHLY_BRIEF: "月度工作简报",
  MIDTERM_REPORT: "项目中期报告",
  FINAL_REPORT: "项目结项报告书",
  CHANGE_REQUEST: "项目变更申请审批表",
  BUDGET: "项目经费预算",
  DECLARATION: "绩效目标申报表",
  EVALUATION: "绩效自评",
};

export const REPORT_EVENT_LABELS: Record<ReportEventKind, string> = { SUBMIT: "提交", RETURN: "退回", ACCEPT: "通过", REJECT: "不予批准", OPINION: "督导审核意见" };

export const PROJECT_REPORT_KIND_LABELS: Record<ProjectReportKind, string> = { MIDTERM: "项目中期报告", FINAL: "项目结项报告书" };

export const RECEPTION_MATTER_LABELS: Record<ReceptionMatter, string> = { CONSULTATION: "政策咨询", HELP: "求助", COMPLAINT: "投诉建议", AFFAIRS: "事务办理", OTHER: "其他" };

export const RECEPTION_OUTCOME_LABELS: Record<ReceptionOutcome, string> = { ANSWERED: "当场解答", CASE_OPENED: "转个案", REFERRED: "转介", FOLLOW_UP: "登记跟进", OTHER: "其他" };

/** A brief's place in the bureau's stations × months grid. */
export const BRIEF_STANDING_LABELS = {
  NOT_DUE: "未到报送日",
  DRAFT: "草稿（未提交）",
  SUBMITTED: "已提交",
  LATE: "逾期提交",
  RETURNED: "已退回",
  ACCEPTED: "已通过",
  MISSING: "缺报",
} as const;

// ── District budget projects and performance targets (绩效目标申报, seeds 000–003) ──

export const EXPENDITURE_CATEGORY_LABELS: Record<ExpenditureCategory, string> = {
  PERSONNEL: "人员类",
  OPERATING_PUBLIC: "运转类 · 公用经费",
  OPERATING_OTHER: "运转类 · 其他运转类",
  SPECIFIC: "特定目标类",
};

export const DECLARATION_KIND_LABELS: Record<DeclarationKind, string> = { PROJECT: "项目支出绩效目标申报表", DEPARTMENT: "部门（单位）整体支出绩效目标申报表" };

export const INDICATOR_KIND_LABELS: Record<IndicatorKind, string> = { OUTPUT: "产出指标", BENEFIT: "效益指标", SATISFACTION: "满意度指标" };

export const INDICATOR_DIMENSION_LABELS: Record<IndicatorDimension, string> = {
  QUANTITY: "数量指标",
  QUALITY: "质量指标",
  TIMELINESS: "时效指标",
  COST: "成本指标",
  ECONOMIC: "经济效益指标",
  SOCIAL: "社会效益指标",
  ECOLOGICAL: "生态效益指标",
  SUSTAINABLE: "可持续影响指标",
  SATISFACTION: "服务对象满意度指标",
};

/** 指标性质 as the 2026 form prints it. */
export const INDICATOR_OPERATOR_LABELS: Record<IndicatorOperator, string> = { EQ: "=", GTE: "≥", LTE: "≤", GT: ">", LT: "<", QUALITATIVE: "定性" };

export const FUNDING_LEVEL_LABELS: Record<FundingLevel, string> = { CENTRAL: "中央财政", PROVINCIAL: "省级财政", CITY: "市级财政", COUNTY: "县（市）区级财政", OTHER: "其他" };

export const QUALITATIVE_BAND_LABELS: Record<QualitativeBand, string> = { HIGH: "达成（100%–80%）", MEDIUM: "基本达成（80%–50%）", LOW: "未达成（50%–0%）" };

export const FUNDING_HORIZON_LABELS: Record<FundingHorizon, string> = { MEDIUM: "中期资金来源", ANNUAL: "年度资金来源" };

export const AUDIT_OUTCOME_LABELS: Record<AuditOutcome, string> = { SUCCESS: "成功", FAILURE: "失败", DENIED: "拒绝" };

/** Audit actions the app writes; unknown codes are shown as-is. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.login": "登录",
  "auth.login_failed": "登录失败",
  "auth.locked": "账户锁定",
  "auth.logout": "退出登录",
  "auth.password_changed": "修改密码",
  "street.save": "保存街道",
  "station.save": "保存社工站",
  "station.update_info": "修改站点基本信息",
  "community.save": "保存村（社区）",
  "contractor.save": "保存承接机构",
  "user.save": "保存用户",
  "user.reset_password": "重置密码",
  "user.unlock": "解除锁定",
  "user.set_active": "启用/停用账号",
  "membership.add": "授予角色",
  "membership.remove": "撤销角色",
  "staff.save": "保存驻站人员",
  "staff.export": "导出驻站社工基本信息表",
  "volunteer.save": "保存志愿者",
  "settings.save": "修改系统设置",
  "client.save": "保存服务对象",
  "client.check": "身份证号查重",
  "client.view": "查看服务对象档案",
  "client.reveal": "查看完整敏感信息",
  "case.open": "开案",
  "case.save_intake": "保存接案记录表",
  "case.save_assessment": "保存预估表",
  "case.view": "查看个案档案",
  "case.save_consent": "保存接受服务同意书",
  "case.save_plan": "保存个案工作计划表",
  "case.submit_plan": "提交计划表审批",
  "case.approve_plan": "批准计划表",
  "case.return_plan": "退回计划表",
  "case.sign_plan": "签名计划表",
  "case.correct_plan": "更正计划表",
  "document.submit": "提交文书审批",
  "document.approve": "批准文书",
  "document.return": "退回文书",
  "document.sign": "签署文书",
  "document.correct": "更正文书（新版本）",
  "case.save_session": "保存过程记录表",
  "case.session_opinion": "填写过程记录表督导意见",
  "case.save_evaluation": "保存评估表",
  "case.review_evaluation": "填写评估表督导评价",
  "case.save_closure": "保存结案表",
  "referral.save": "保存转介表",
  "referral.save_consent": "记录转介同意书",
  "referral.send": "发送转介",
  "referral.cancel": "撤回转介",
  "referral.accept": "接收转介（开案）",
  "referral.decline": "拒绝转介",
  "referral.record_external": "记录外部机构接收结果",
  "referral.view": "查看转介接收",
  "case.override": "生命第一紧急查阅",
  "case.override_review": "确认知悉紧急查阅",
  "visit.save": "保存探访记录表",
  "visit.view": "查看探访记录表",
  "visit.opinion": "填写探访督导意见",
  "visit.link_case": "探访特殊情况关联个案",
  "case.print": "打印个案档案",
  "case.export_docx": "导出个案档案（Word）",
  "visit.print": "打印探访记录表",
  "household.save": "保存家庭档案",
  "household.view": "查看家庭档案",
  "supervision.save": "指定督导关系",
  "supervision.remove": "解除督导关系",
  "calendar.save": "修改工作日历",
  "calendar.remove": "删除工作日历日期",
  "district.settings": "修改本区设置",
  "reception.save": "保存来访接待登记",
  "reception.view": "查看来访接待登记",
  "contract.save": "保存服务项目",
  "contract.set_status": "变更服务项目状态",
  "contract.save_tranches": "保存拨付计划",
  "contract.record_payment": "记录拨付",
  "contract.record_evaluation": "记录评估通过日期",
  "budget.save": "保存项目经费预算",
  "budget.start_adjustment": "发起预算调整",
  "expense.save": "保存支出台账",
  "expense.delete": "删除支出",
  "ledger.export": "导出项目收支表（Excel）",
  "file.upload": "上传附件",
  "file.delete": "删除附件",
  "file.download": "下载附件",
  "brief.save": "保存月度工作简报",
  "brief.export_docx": "导出月度工作简报（Word）",
  "project_report.save": "保存中期/结项报告",
  "project_report.export_docx": "导出中期/结项报告（Word）",
  "change_request.save": "保存项目变更申请",
  "change_request.export_docx": "导出项目变更申请审批表（Word）",
  "submission.submit": "提交审核",
  "submission.review": "审核（通过、退回或不予批准）",
  "submission.opinion": "填写督导审核意见",
  "declaration.view": "查看绩效目标申报表",
  "declaration.create": "新建绩效目标申报表",
  "declaration.save": "保存绩效目标申报表",
  "declaration.delete": "删除绩效目标申报表草稿",
  "declaration.print": "打印绩效目标申报表",
  "declaration.export_xlsx": "导出绩效目标申报表（Excel）",
  "declaration.import": "从 Excel 导入绩效目标申报表",
  "declaration.monitoring_open": "开启绩效运行监控",
  "declaration.checkpoint_record": "记录绩效监控节点",
  "declaration.metric_link": "绩效指标关联平台统计",
  "declaration.metric_unlink": "取消绩效指标关联平台统计",
  "declaration.evaluation_open": "开始绩效自评",
  "declaration.evaluation_save": "保存绩效自评",
  "declaration.evaluation_submit": "提交绩效自评",
  "declaration.evaluation_export": "导出绩效自评表",
  "district.performance_settings": "修改绩效监控与自评设置",
};

/** What an audit row's target is. */
export const AUDIT_TARGET_LABELS: Record<string, string> = {
  User: "用户",
  Membership: "角色授权",
  StreetOffice: "街道",
  Station: "社工站",
  Community: "村（社区）",
  Contractor: "承接机构",
  StaffProfile: "驻站人员",
  Volunteer: "志愿者",
  SystemSetting: "系统设置",
  Client: "服务对象",
  Household: "家庭档案",
  CaseFile: "个案档案",
  CaseReferral: "转介",
  Visit: "探访记录",
  SupervisorAssignment: "督导关系",
  CalendarDay: "工作日历",
  District: "区",
  Reception: "来访接待",
  ServiceContract: "服务项目",
  BudgetVersion: "项目经费预算",
  Expense: "支出",
  StoredFile: "附件",
  MonthlyBrief: "月度工作简报",
  ProjectReport: "中期/结项报告",
  ChangeRequest: "项目变更申请",
  PerformanceDeclaration: "绩效目标申报表",
};

export function optionsOf<T extends string>(labels: Record<T, string>): { value: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}
