import { describe, expect, it } from "vitest";
import type { ContactEventRow } from "./account-data";
import { contactLost } from "./contact-lost";
import { account, daysAgo, defaultRuleConfig } from "./test-support";

const t = defaultRuleConfig().rules.CONTACT_LOST;
let nextId = 1000;
const contact = (kind: ContactEventRow["kind"], days: number): ContactEventRow => ({ id: String(nextId++), kind, occurredAt: daysAgo(days) });
const overdue = (currentDpd: number, ...contactEvents: ContactEventRow[]) => account({ currentDpd, contactEvents });

describe("CONTACT_LOST", () => {
  it.each([
    [29, false],
    [30, true],
    [31, true],
  ])("DPD %i with the app uninstalled 20 days ago: fires %s (>= 30 DPD)", (dpd, fires) => {
    expect(contactLost(overdue(dpd, contact("APP_UNINSTALLED", 20)), t) !== null).toBe(fires);
  });

  it.each([
    [13, false],
    [14, true],
    [15, true],
  ])("app uninstalled %i days before the as-of date: fires %s (for 14 days)", (days, fires) => {
    expect(contactLost(overdue(45, contact("APP_UNINSTALLED", days)), t) !== null).toBe(fires);
  });

  it.each([
    [13, false],
    [14, true],
    [15, true],
  ])("unreachable since %i days before the as-of date: fires %s", (days, fires) => {
    expect(contactLost(overdue(45, contact("UNREACHABLE", days), contact("UNREACHABLE", 2)), t) !== null).toBe(fires);
  });

  it("is back in contact after a reinstall or a successful contact", () => {
    expect(contactLost(overdue(45, contact("APP_UNINSTALLED", 40), contact("APP_REINSTALLED", 20)), t)).toBeNull();
    expect(contactLost(overdue(45, contact("APP_UNINSTALLED", 40), contact("REACHED", 20)), t)).toBeNull();
    expect(contactLost(overdue(45, contact("UNREACHABLE", 40), contact("REACHED", 20)), t)).toBeNull();
    // Unreachable again after the success: counted from the first failure after it.
    expect(contactLost(overdue(45, contact("UNREACHABLE", 40), contact("REACHED", 20), contact("UNREACHABLE", 10)), t)).toBeNull();
    expect(contactLost(overdue(45, contact("UNREACHABLE", 40), contact("REACHED", 20), contact("UNREACHABLE", 15)), t)).not.toBeNull();
  });

  it("ignores events after the as-of date", () => {
    expect(contactLost(overdue(45, contact("APP_UNINSTALLED", 20), contact("REACHED", -2)), t)).not.toBeNull();
  });

  it("gives the DPD, the uninstall and the failed attempts behind it", () => {
    const uninstall = contact("APP_UNINSTALLED", 30);
    const failures = [contact("UNREACHABLE", 16), contact("UNREACHABLE", 9), contact("UNREACHABLE", 1)];
    expect(contactLost(overdue(62, contact("REACHED", 35), uninstall, ...failures), t)).toEqual({
      summary: "DPD 62 as of 2026-09-30; app uninstalled on 2026-08-31 and not reached since; unreachable since 2026-09-14 (3 failed attempts)",
      reasons: ["APP_UNINSTALLED", "UNREACHABLE"],
      currentDpd: 62,
      dpdAsOf: "2026-09-30",
      uninstalled: { eventId: uninstall.id, occurredAt: uninstall.occurredAt },
      unreachable: { eventIds: failures.map((f) => f.id), since: failures[0].occurredAt },
    });
  });
});
