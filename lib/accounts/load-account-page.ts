// Everything the account page shows on arrival, read in parallel: the header, one page of statements with the
// episodes and chart, the flags with the rows behind their evidence, the first pages of transactions, repayments,
// limit changes, decisions, the timeline and the notes. Null for an unknown account. `npm run bench` times this
// function against the same reads in hand-written SQL (scripts/bench/account.ts).
import "server-only";
import { findAccountDecisions } from "./find-account-decisions";
import { findAccountFlags } from "./find-account-flags";
import { findLimitHistory } from "./find-limit-history";
import { findNotes } from "./find-notes";
import { findOverdueHistory } from "./find-overdue-history";
import { findPurchases } from "./find-purchases";
import { findRepayments } from "./find-repayments";
import { findTimeline } from "./find-timeline";
import { getAccountHeader } from "./get-account-header";
import { ruleMarks } from "./rule-marks";

export async function loadAccountPage({ accountId, statementsBefore }: { accountId: number; statementsBefore?: string }) {
  // Every read returns null or empty for an unknown account, so none has to wait for the header.
  const [header, history, flags, purchases, repayments, limits, decisions, timeline, notes] = await Promise.all([
    getAccountHeader(accountId),
    findOverdueHistory({ accountId, before: statementsBefore }),
    findAccountFlags({ accountId }),
    findPurchases({ accountId }),
    findRepayments({ accountId }),
    findLimitHistory({ accountId }),
    findAccountDecisions({ accountId }),
    findTimeline({ accountId }),
    findNotes({ accountId }),
  ]);
  if (!header || !history || !purchases || !repayments || !timeline) return null;
  // When the page was read: the SLA countdown starts from it.
  return { readAt: Date.now(), header, history, flags, marks: ruleMarks(flags.flags), purchases, repayments, limits, decisions, timeline, notes };
}

export type AccountPageData = NonNullable<Awaited<ReturnType<typeof loadAccountPage>>>;
