// English strings of the account page: the timeline, notes and unmasking. Spread into ./en.ts.

export const accountTimelineEn = {
} as const;
