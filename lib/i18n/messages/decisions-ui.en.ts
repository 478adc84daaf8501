// English strings of the decision screens: the decision panel of the account page and the approvals screen.
// Spread into ./en.ts.

export const decisionsUiEn = {
} as const;
