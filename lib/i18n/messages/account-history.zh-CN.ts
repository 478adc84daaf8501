// Simplified Chinese strings of the account page: overdue history, repayments, transactions and the DPD chart. Spread into ./zh-CN.ts.
import type { accountHistoryEn } from "./account-history.en";

export const accountHistoryZhCN: Record<keyof typeof accountHistoryEn, string> = {
};
