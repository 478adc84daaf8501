// Simplified Chinese strings of appeals and the regulator referral report. Spread into ./zh-CN.ts.
import type { decisionsAppealsEn } from "./decisions-appeals.en";

export const decisionsAppealsZhCN: Record<keyof typeof decisionsAppealsEn, string> = {
};
