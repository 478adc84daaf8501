// CONTACT_LOST (domain.md, high): >= 30 DPD and app uninstalled or unreachable for 14 days.
// Reads: account.current_dpd, and the contact_event history up to the as-of date. Two ways to be out of contact:
// - uninstalled: the latest app event (APP_UNINSTALLED / APP_REINSTALLED) is an uninstall, not followed by a REACHED;
// - unreachable: contact attempts have failed (UNREACHABLE) since the last REACHED (or since the first attempt).
// Each counts from its first event (the uninstall, the first failed attempt after the last success); the rule fires
// when that is >= 14 days before the as-of date. The loader reads contact events only for accounts at the DPD
// threshold: below it the rule cannot fire.
import type { ContactEventRow } from "./account-data";
import type { RuleThresholds } from "./config";
import { dateOf, daysBetween, windowTo } from "./calendar";
import { ascendingBy, type Rule } from "./rule";

export type ContactLostEvidence = {
  summary: string;
  reasons: ("APP_UNINSTALLED" | "UNREACHABLE")[];
  currentDpd: number;
  dpdAsOf: string | null;
  /** The uninstall, when that branch fired. */
  uninstalled: { eventId: string; occurredAt: string } | null;
  /** The failed attempts since the last success, when that branch fired. */
  unreachable: { eventIds: string[]; since: string } | null;
};

export const contactLost: Rule<RuleThresholds["CONTACT_LOST"], ContactLostEvidence> = (account, t) => {
  if (account.currentDpd < t.dpdAtLeast) return null;
  const until = windowTo(account.asOf, 1).until;
  const events = account.contactEvents.filter((e) => e.occurredAt < until).sort(ascendingBy((e) => e.occurredAt));
  const lastIndexOf = (match: (e: ContactEventRow) => boolean) => events.findLastIndex(match);
  const lastReached = lastIndexOf((e) => e.kind === "REACHED");
  const lastApp = lastIndexOf((e) => e.kind === "APP_UNINSTALLED" || e.kind === "APP_REINSTALLED");
  const silentFor = (e: ContactEventRow) => daysBetween(dateOf(e.occurredAt), account.asOf);

  const uninstall = lastApp > lastReached && events[lastApp].kind === "APP_UNINSTALLED" ? events[lastApp] : null;
  const uninstalled = uninstall && silentFor(uninstall) >= t.silentDays ? uninstall : null;
  const failed = events.slice(lastReached + 1).filter((e) => e.kind === "UNREACHABLE");
  const unreachable = failed.length > 0 && silentFor(failed[0]) >= t.silentDays ? failed : null;
  if (!uninstalled && !unreachable) return null;

  const reasons: ContactLostEvidence["reasons"] = [];
  const parts = [`DPD ${account.currentDpd} as of ${account.dpdAsOf ?? account.asOf}`];
  if (uninstalled) {
    reasons.push("APP_UNINSTALLED");
    parts.push(`app uninstalled on ${dateOf(uninstalled.occurredAt)} and not reached since`);
  }
  if (unreachable) {
    reasons.push("UNREACHABLE");
    parts.push(`unreachable since ${dateOf(unreachable[0].occurredAt)} (${unreachable.length} failed attempts)`);
  }
  return {
    summary: parts.join("; "),
    reasons,
    currentDpd: account.currentDpd,
    dpdAsOf: account.dpdAsOf,
    uninstalled: uninstalled && { eventId: uninstalled.id, occurredAt: uninstalled.occurredAt },
    unreachable: unreachable && { eventIds: unreachable.map((e) => e.id), since: unreachable[0].occurredAt },
  };
};
