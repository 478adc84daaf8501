import { describe, expect, it } from "vitest";
import type { TimelineItem } from "@/lib/accounts/timeline";
import { createFormatters } from "@/lib/i18n/format";
import { CATALOGUES, createTranslator } from "@/lib/i18n/translate";
import { describeTimelineItem } from "./timeline-text";

const at = "2026-03-01T08:00:00.000Z";

/** One entry of every kind and event, with the optional parts present. */
const ITEMS: TimelineItem[] = [
  { kind: "STATEMENT", event: "MISSED", statementId: "5", cycleDate: "2026-01-10", dueDate: "2026-01-30", minimumDue: "120.50", amountPaid: "0.00", paidDate: "2026-02-14", currency: "CNY", at, key: "statement:5" },
  { kind: "STATEMENT", event: "MISSED", statementId: "6", cycleDate: "2026-02-10", dueDate: "2026-03-02", minimumDue: "80.00", amountPaid: "0.00", paidDate: null, currency: "CNY", at, key: "statement:6" },
  { kind: "FLAG", event: "RAISED", flagId: "1", rule: "CASH_OUT", severity: "CRITICAL", ruleVersion: 2, at, key: "flag:1:raised" },
  { kind: "FLAG", event: "CLEARED", flagId: "1", rule: "CASH_OUT", severity: "CRITICAL", ruleVersion: 2, at, key: "flag:1:cleared" },
  ...(["OPENED", "CLOSED", "CLAIMED", "RELEASED", "ASSIGNED"] as const).map(
    (event): TimelineItem => ({ kind: "CASE", event, caseId: 3, actor: "Zhang Min", assignee: "Li Wei", at, key: `case:3:${event.toLowerCase()}` }),
  ),
  { kind: "NOTE", event: "ADDED", noteId: 8, author: "Li Wei", excerpt: "Customer says the salary is late.", correctsNoteId: 7, at, key: "note:8" },
  ...(["PROPOSED", "APPROVED", "REJECTED", "CANCELLED", "EFFECTIVE"] as const).map(
    (event): TimelineItem => ({ kind: "DECISION", event, decisionId: 4, decisionKind: "REVERSE", by: null, reversesDecisionId: 2, at, key: `decision:4:${event.toLowerCase()}` }),
  ),
  { kind: "NOTICE", event: "SENT", noticeId: 2, template: "warning", channel: "SMS", decisionId: 4, at, key: "notice:2" },
  { kind: "APPEAL", event: "RECEIVED", appealId: 1, channel: "APP", status: "UPHELD", decisionId: 2, at, key: "appeal:1" },
  { kind: "LIMIT", event: "CHANGED", changeId: "9", previousAmount: "20000.00", amount: "5000.00", currency: "CNY", reason: "HIGH_UTILISATION", by: "Zhang Min", at, key: "limit:9" },
  { kind: "LIMIT", event: "CHANGED", changeId: "1", previousAmount: null, amount: "20000.00", currency: "CNY", reason: "opening", by: null, at, key: "limit:1" },
];

describe.each(["en", "zh-CN"] as const)("describeTimelineItem in %s", (locale) => {
  const t = createTranslator(CATALOGUES[locale]);
  const format = createFormatters(locale, "Asia/Shanghai");

  it.each(ITEMS.map((item) => [item.key, item] as const))("says %s with every placeholder filled", (_key, item) => {
    const text = describeTimelineItem(item, t, format);
    for (const sentence of [text.sentence, ...text.details]) {
      expect(sentence).not.toMatch(/\{\w+\}/);
      expect(sentence.length).toBeGreaterThan(0);
    }
  });
});

describe("describeTimelineItem", () => {
  const t = createTranslator(CATALOGUES.en);
  const format = createFormatters("en", "UTC");

  it("says which bill was missed, for how much, and whether it was paid since", () => {
    expect(describeTimelineItem(ITEMS[0], t, format)).toEqual({
      sentence: "Minimum payment of CN¥120.50 missed on the bill of Jan 10, 2026, due Jan 30, 2026.",
      details: ["Paid on Feb 14, 2026."],
      quote: null,
    });
    expect(describeTimelineItem(ITEMS[1], t, format).details).toEqual(["Not paid yet."]);
  });

  it("names who assigned a case to whom, and an unknown approver as such", () => {
    const assigned = ITEMS.find((item) => item.key === "case:3:assigned");
    expect(assigned && describeTimelineItem(assigned, t, format).sentence).toBe("Zhang Min assigned case #3 to Li Wei.");
    const approved = ITEMS.find((item) => item.key === "decision:4:approved");
    expect(approved && describeTimelineItem(approved, t, format)).toEqual({
      sentence: "an unknown user approved decision #4: reverse an earlier decision.",
      details: ["It reverses decision #2."],
      quote: null,
    });
  });

  it("quotes a note's opening and names the note it corrects", () => {
    expect(describeTimelineItem(ITEMS[9], t, format)).toEqual({
      sentence: "Li Wei added note #8.",
      details: ["It corrects note #7."],
      quote: "Customer says the salary is late.",
    });
  });

  it("shows a limit change with both amounts, its reason and who made it", () => {
    const change = ITEMS.find((item) => item.key === "limit:9");
    expect(change && describeTimelineItem(change, t, format)).toEqual({
      sentence: "Credit limit changed from CN¥20,000.00 to CN¥5,000.00.",
      details: ["Reason: HIGH_UTILISATION", "By Zhang Min."],
      quote: null,
    });
  });
});
