// Simplified Chinese strings of the decision screens: the decision panel and the approvals screen.
// Spread into ./zh-CN.ts.
import type { decisionsUiEn } from "./decisions-ui.en";

export const decisionsUiZhCN: Record<keyof typeof decisionsUiEn, string> = {
};
