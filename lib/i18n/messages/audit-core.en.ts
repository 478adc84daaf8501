// English strings of the audit trail's exports and verification. Spread into ./en.ts.

export const auditCoreEn = {
} as const;
