// English strings of the account page: the header, flags and their evidence, limit and decisions history. Spread into ./en.ts.

export const accountEvidenceEn = {
} as const;
