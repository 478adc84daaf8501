import { describe, expect, it } from "vitest";
import { planChanges, type AccountState, type OpenFlag } from "./plan-changes";
import type { RuleOutcome } from "./rules";
import { defaultRuleConfig } from "./test-support";

const SLA = defaultRuleConfig().slaHours;
const NOW = new Date("2026-10-01T02:00:00.000Z");
const hoursAfter = (date: Date, hours: number) => new Date(date.getTime() + hours * 3_600_000);
const LAST_WEEK = new Date("2026-09-24T02:00:00.000Z");

const severe: RuleOutcome = { ruleCode: "SEVERE_OVERDUE", severity: "CRITICAL", evidence: { summary: "DPD 97", currentDpd: 97 } };
const utilisation: RuleOutcome = { ruleCode: "HIGH_UTILISATION", severity: "MEDIUM", evidence: { summary: "95%", statements: ["a", "b"] } };
const openFlag = (outcome: RuleOutcome, id: string, detectedAt = LAST_WEEK): OpenFlag => ({ id, ...outcome, detectedAt });

const state = (overrides: Partial<AccountState>): AccountState => ({
  accountId: 7,
  outcomes: [],
  openFlags: [],
  openCase: null,
  lastClosedAt: null,
  accountClosed: false,
  ...overrides,
});
const plan = (...accounts: AccountState[]) => planChanges(accounts, NOW, SLA);

describe("planChanges: flags", () => {
  it("raises a flag for a rule that fires without an open flag", () => {
    expect(plan(state({ outcomes: [severe] })).raise).toEqual([{ accountId: 7, ...severe }]);
  });

  it("leaves a flag alone when the evidence is the same, whatever the key order stored", () => {
    const stored = openFlag({ ...utilisation, evidence: { statements: ["a", "b"], summary: "95%" } }, "1");
    const result = plan(state({ outcomes: [utilisation], openFlags: [stored], openCase: { id: 3, severity: "MEDIUM", dueAt: NOW } }));
    expect(result).toEqual({ raise: [], update: [], clear: [], unchanged: 1, openCases: [], escalateCases: [] });
  });

  it("updates a flag whose evidence or severity changed, keeping the flag", () => {
    const stored = openFlag({ ...severe, evidence: { summary: "DPD 96", currentDpd: 96 } }, "1");
    expect(plan(state({ outcomes: [severe], openFlags: [stored] })).update).toEqual([
      { flagId: "1", severity: "CRITICAL", evidence: severe.evidence },
    ]);
    const reclassified = openFlag({ ...utilisation, severity: "LOW" }, "2");
    expect(plan(state({ outcomes: [utilisation], openFlags: [reclassified] })).update).toEqual([
      { flagId: "2", severity: "MEDIUM", evidence: utilisation.evidence },
    ]);
  });

  it("clears an open flag whose rule no longer fires, and leaves the case as it is", () => {
    const result = plan(state({ openFlags: [openFlag(severe, "5")], openCase: { id: 3, severity: "CRITICAL", dueAt: NOW } }));
    expect(result.clear).toEqual(["5"]);
    expect(result.openCases).toEqual([]);
    expect(result.escalateCases).toEqual([]);
  });
});

describe("planChanges: cases", () => {
  it("opens one case per account at its worst severity, due at detection + that severity's SLA", () => {
    const result = plan(state({ outcomes: [utilisation, severe] }), state({ accountId: 8, outcomes: [utilisation] }));
    expect(result.openCases).toEqual([
      { accountId: 7, severity: "CRITICAL", priority: 1, dueAt: hoursAfter(NOW, 24) },
      { accountId: 8, severity: "MEDIUM", priority: 3, dueAt: hoursAfter(NOW, 168) },
    ]);
  });

  it("never opens a case for a closed account, but still raises, updates and clears its flags", () => {
    const stored = openFlag({ ...severe, evidence: { summary: "DPD 96", currentDpd: 96 } }, "1");
    const closedAccount = state({ accountClosed: true, outcomes: [severe, utilisation], openFlags: [stored, openFlag(utilisation, "2")] });
    const result = plan({ ...closedAccount, outcomes: [severe, { ruleCode: "CASH_OUT", severity: "HIGH", evidence: { summary: "x" } }] });
    expect(result.openCases).toEqual([]);
    expect(result.raise).toEqual([{ accountId: 7, ruleCode: "CASH_OUT", severity: "HIGH", evidence: { summary: "x" } }]);
    expect(result.update).toEqual([{ flagId: "1", severity: "CRITICAL", evidence: severe.evidence }]);
    expect(result.clear).toEqual(["2"]);
  });

  it("still escalates a closed account's open case (an appeal) when a worse flag is raised", () => {
    const appealCase = { id: 3, severity: "MEDIUM" as const, dueAt: hoursAfter(NOW, 100) };
    const result = plan(state({ accountClosed: true, outcomes: [severe], openCase: appealCase }));
    expect(result.openCases).toEqual([]);
    expect(result.escalateCases).toEqual([{ caseId: 3, severity: "CRITICAL", priority: 1, dueAt: hoursAfter(NOW, 24) }]);
  });

  it("opens a case for open flags that have none (e.g. raised before cases existed), due from their detection", () => {
    const result = plan(state({ outcomes: [utilisation], openFlags: [openFlag(utilisation, "1")] }));
    expect(result.openCases).toEqual([{ accountId: 7, severity: "MEDIUM", priority: 3, dueAt: hoursAfter(LAST_WEEK, 168) }]);
  });

  it("escalates an open case when a worse flag arrives, pulling the due date earlier", () => {
    const openCase = { id: 3, severity: "MEDIUM" as const, dueAt: hoursAfter(NOW, 100) };
    const result = plan(state({ outcomes: [utilisation, severe], openFlags: [openFlag(utilisation, "1")], openCase }));
    expect(result.escalateCases).toEqual([{ caseId: 3, severity: "CRITICAL", priority: 1, dueAt: hoursAfter(NOW, 24) }]);
  });

  it("never moves a due date later when escalating", () => {
    const openCase = { id: 3, severity: "HIGH" as const, dueAt: hoursAfter(NOW, 2) };
    expect(plan(state({ outcomes: [severe], openCase })).escalateCases).toEqual([
      { caseId: 3, severity: "CRITICAL", priority: 1, dueAt: hoursAfter(NOW, 2) },
    ]);
  });

  it("does not touch a case that is already as severe as its flags", () => {
    const openCase = { id: 3, severity: "CRITICAL" as const, dueAt: NOW };
    const result = plan(state({ outcomes: [severe, utilisation], openFlags: [openFlag(severe, "1")], openCase }));
    expect(result.escalateCases).toEqual([]);
    expect(result.openCases).toEqual([]);
  });

  it("does not reopen a case an officer closed over the same flags", () => {
    const closedAfter = new Date("2026-09-28T00:00:00.000Z");
    const result = plan(state({ outcomes: [severe], openFlags: [openFlag(severe, "1")], lastClosedAt: closedAfter }));
    expect(result.openCases).toEqual([]);
    expect(result.unchanged).toBe(1);
  });

  it("opens a new case when a flag is raised after that closure, the reviewed flags due from now", () => {
    const closedAfter = new Date("2026-09-28T00:00:00.000Z");
    const result = plan(state({ outcomes: [severe, utilisation], openFlags: [openFlag(severe, "1")], lastClosedAt: closedAfter }));
    expect(result.openCases).toEqual([{ accountId: 7, severity: "CRITICAL", priority: 1, dueAt: hoursAfter(NOW, 24) }]);
  });
});
