// English strings of appeals and the regulator referral report. Spread into ./en.ts.

export const decisionsAppealsEn = {
} as const;
