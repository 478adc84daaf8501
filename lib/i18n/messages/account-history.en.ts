// English strings of the account page: overdue history, repayments, transactions and the DPD chart. Spread into ./en.ts.

export const accountHistoryEn = {
} as const;
