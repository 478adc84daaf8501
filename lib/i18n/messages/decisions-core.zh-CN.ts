// Simplified Chinese strings of decisions shared by every screen: reason codes and the actions' errors.
// Spread into ./zh-CN.ts.
import type { decisionsCoreEn } from "./decisions-core.en";

export const decisionsCoreZhCN: Record<keyof typeof decisionsCoreEn, string> = {
  "decisions.reason.SEVERE_OVERDUE": "严重逾期（逾期90天以上）",
  "decisions.reason.REPEATED_OVERDUE": "多次严重逾期",
  "decisions.reason.CASH_OUT": "套现",
  "decisions.reason.ILLEGAL_TRANSACTIONS": "非法交易",
  "decisions.reason.FRAUD_CONFIRMED": "确认欺诈",
  "decisions.reason.CUSTOMER_REQUEST": "客户申请",
  "decisions.reason.OTHER": "其他（见备注说明）",
  "decisions.reason.MULTI_LENDING": "多头借贷",
  "decisions.reason.HIGH_UTILISATION": "持续高额度使用率",
  "decisions.reason.SCORE_DROP": "信用分下降",
  "decisions.reason.OVERDUE_HISTORY": "逾期记录",
  "decisions.reason.LIMIT_APPLICATION_BURST": "短期内多次申请提额",
  "decisions.reason.SUSPECTED_FRAUD": "疑似欺诈",
  "decisions.reason.CONTACT_LOST": "逾期期间失联",
  "decisions.reason.UNDER_INVESTIGATION": "调查中",
  "decisions.reason.INVESTIGATION_CLEARED": "调查已排除嫌疑",
  "decisions.reason.CUSTOMER_VERIFIED": "客户身份已核实",
  "decisions.reason.EARLY_DELINQUENCY": "早期逾期",
  "decisions.reason.FALSE_POSITIVE": "误报",
  "decisions.reason.DATA_ERROR": "数据错误",
  "decisions.reason.ALREADY_RESOLVED": "已解决",
  "decisions.reason.COMPLEX_CASE": "复杂案件",
  "decisions.reason.HIGH_EXPOSURE": "风险敞口较高",
  "decisions.reason.POLICY_QUESTION": "政策问题",
  "decisions.reason.APPEAL_UPHELD": "申诉成立",
  "decisions.reason.DECISION_ERROR": "原决定有误",
  "decisions.reason.ACCOUNT_CURED": "账户已结清逾期",
};
