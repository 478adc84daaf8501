// Simplified Chinese strings of the audit trail's exports and verification. Spread into ./zh-CN.ts.
import type { auditCoreEn } from "./audit-core.en";

export const auditCoreZhCN: Record<keyof typeof auditCoreEn, string> = {
};
