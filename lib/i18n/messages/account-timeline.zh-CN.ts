// Simplified Chinese strings of the account page: the timeline, notes and unmasking. Spread into ./zh-CN.ts.
import type { accountTimelineEn } from "./account-timeline.en";

export const accountTimelineZhCN: Record<keyof typeof accountTimelineEn, string> = {
};
