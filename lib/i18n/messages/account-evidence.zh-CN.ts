// Simplified Chinese strings of the account page: the header, flags and their evidence, limit and decisions history. Spread into ./zh-CN.ts.
import type { accountEvidenceEn } from "./account-evidence.en";

export const accountEvidenceZhCN: Record<keyof typeof accountEvidenceEn, string> = {
};
