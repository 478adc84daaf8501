// MULTI_LENDING (domain.md, high): >= 5 distinct other lenders' loans or credit inquiries in the last 30 days.
// Reads: credit_bureau_event rows (LOAN and INQUIRY, all reported by the credit reference system, so all other
// lenders) with occurred_at in the 30 days to the as-of date, the as-of day included. Lenders are told apart by
// name, trimmed and case-folded, so "ABC Finance" and "abc finance " are one lender.
import type { RuleThresholds } from "./config";
import { dateOf, inWindow, windowTo } from "./calendar";
import { ascendingBy, type Rule } from "./rule";

export type MultiLendingEvidence = {
  summary: string;
  lenderCount: number;
  /** Each lender with the bureau events behind it, oldest first; lenders ordered by their first event. */
  lenders: { lenderName: string; loans: number; inquiries: number; eventIds: string[] }[];
};

const lenderKey = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

export const multiLending: Rule<RuleThresholds["MULTI_LENDING"], MultiLendingEvidence> = (account, t) => {
  const window = windowTo(account.asOf, t.windowDays);
  const lenders = new Map<string, MultiLendingEvidence["lenders"][number]>();
  const events = account.bureauEvents.filter((e) => inWindow(e.occurredAt, window)).sort(ascendingBy((e) => e.occurredAt));
  for (const event of events) {
    const key = lenderKey(event.lenderName);
    const lender = lenders.get(key) ?? { lenderName: event.lenderName.trim(), loans: 0, inquiries: 0, eventIds: [] };
    if (event.kind === "LOAN") lender.loans += 1;
    else lender.inquiries += 1;
    lender.eventIds.push(event.id);
    lenders.set(key, lender);
  }
  if (lenders.size < t.lendersAtLeast) return null;
  const list = [...lenders.values()];
  const loans = list.reduce((n, l) => n + l.loans, 0);
  const inquiries = list.reduce((n, l) => n + l.inquiries, 0);
  return {
    summary:
      `${list.length} other lenders within ${t.windowDays} days, from ${dateOf(events[0].occurredAt)} to ` +
      `${dateOf(events[events.length - 1].occurredAt)} (${loans} loans, ${inquiries} inquiries): ` +
      list.map((l) => l.lenderName).join(", "),
    lenderCount: list.length,
    lenders: list,
  };
};
