import { describe, expect, it } from "vitest";
import type { DecisionContext, PanelDecision } from "./get-decision-context";
import { offeredActions } from "./offered-actions";

const OFFICER = 10;
const SENIOR = 20;
const everything = { propose: true, approve: true, recordAppeal: true, downloadReport: true };

function context(overrides: Partial<DecisionContext> = {}, account: Partial<DecisionContext["account"]> = {}): DecisionContext {
  return {
    viewerId: OFFICER,
    abilities: { propose: true, approve: false, recordAppeal: true, downloadReport: true },
    account: {
      id: 1, version: 3, status: "ACTIVE", currency: "CNY", creditLimit: "10000.00", outstanding: "500.00", currentDpd: 0,
      freezeUntil: null, closureCategory: null, customerLanguage: "ZH", openFlags: 2, ...account,
    },
    openCase: { id: 5, version: 2, status: "IN_REVIEW", assignee: null },
    decisions: [],
    appeals: [],
    referralDecisionIds: [],
    ...overrides,
  };
}

function decision(id: number, fields: Partial<PanelDecision>): PanelDecision {
  return {
    id, version: 1, kind: "CLOSE", status: "PROPOSED", params: {}, reasonCodes: ["OTHER"], note: "twenty characters or more",
    proposer: { id: OFFICER, name: "Maker" }, proposedAt: "2026-05-01T00:00:00.000Z", effectiveAt: null, reverses: null, appealId: null,
    ...fields,
  };
}

const appeal = (id: number, decisionId: number) =>
  ({ id, version: 1, decisionId, status: "OPEN", channel: "APP", receivedAt: "2026-05-02T00:00:00.000Z", statement: "please", createdBy: "Maker" }) as const;

describe("offeredActions: the row of decisions", () => {
  it("offers every decision on an active account with flags and an open case", () => {
    expect(offeredActions(context()).kinds).toEqual(["CLOSE", "REDUCE_LIMIT", "FREEZE", "WARN", "DISMISS", "ESCALATE"]);
  });

  it("offers unfreezing instead of freezing on a frozen account", () => {
    expect(offeredActions(context({}, { status: "FROZEN" })).kinds).toEqual(["CLOSE", "REDUCE_LIMIT", "UNFREEZE", "WARN", "DISMISS", "ESCALATE"]);
  });

  it("offers no restriction on a closed account", () => {
    expect(offeredActions(context({}, { status: "CLOSED" })).kinds).toEqual(["DISMISS", "ESCALATE"]);
    expect(offeredActions(context({ openCase: null }, { status: "CLOSED", openFlags: 0 })).kinds).toEqual([]);
  });

  it("needs open flags to dismiss, an open case not yet escalated to escalate, a limit to reduce", () => {
    expect(offeredActions(context({ openCase: null }, { openFlags: 0 })).kinds).toEqual(["CLOSE", "REDUCE_LIMIT", "FREEZE", "WARN"]);
    const escalated = context({ openCase: { id: 5, version: 2, status: "ESCALATED", assignee: null } }, { creditLimit: "0.00" });
    expect(offeredActions(escalated).kinds).toEqual(["CLOSE", "FREEZE", "WARN", "DISMISS"]);
  });

  it("leaves out a kind that already has a pending proposal", () => {
    const pending = context({ decisions: [decision(7, { kind: "CLOSE" }), decision(8, { kind: "FREEZE" })] });
    expect(offeredActions(pending).kinds).toEqual(["REDUCE_LIMIT", "WARN", "DISMISS", "ESCALATE"]);
  });

  it("leaves out a kind that is approved and waiting for its date", () => {
    const scheduled = context({ decisions: [decision(7, { kind: "REDUCE_LIMIT", status: "SCHEDULED", params: { newLimit: "5000.00" } })] });
    expect(offeredActions(scheduled).kinds).toEqual(["CLOSE", "FREEZE", "WARN", "DISMISS", "ESCALATE"]);
  });

  it("offers nothing to a role that cannot propose, without saying the case is held", () => {
    const readOnly = context({ abilities: { propose: false, approve: false, recordAppeal: false, downloadReport: true }, openCase: { id: 5, version: 2, status: "IN_REVIEW", assignee: { id: 99, name: "Other" } } });
    expect(offeredActions(readOnly)).toMatchObject({ kinds: [], heldBy: null });
  });

  it("offers nothing while another officer holds the case, and says who; the holder gets everything", () => {
    const held = context({ openCase: { id: 5, version: 2, status: "IN_REVIEW", assignee: { id: 99, name: "Other Officer" } } });
    expect(offeredActions(held)).toMatchObject({ kinds: [], heldBy: { caseId: 5, name: "Other Officer" } });
    const mine = context({ openCase: { id: 5, version: 2, status: "IN_REVIEW", assignee: { id: OFFICER, name: "Me" } } });
    expect(offeredActions(mine).kinds).toHaveLength(6);
    expect(offeredActions(mine).heldBy).toBeNull();
  });
});

describe("offeredActions: pending proposals", () => {
  const pending = decision(7, { kind: "REDUCE_LIMIT", params: { newLimit: "5000.00" } });

  it("lets a senior officer who did not propose approve or reject", () => {
    const offer = offeredActions(context({ viewerId: SENIOR, abilities: everything, decisions: [pending] })).decisions[7];
    expect(offer).toMatchObject({ approve: true, reject: true, waiting: null });
  });

  it("shows the proposer, even a senior one, that it waits for another senior officer", () => {
    expect(offeredActions(context({ decisions: [pending] })).decisions[7]).toMatchObject({ approve: false, reject: false, waiting: "own" });
    const seniorOwn = context({ abilities: everything, decisions: [decision(7, { proposer: { id: OFFICER, name: "Me" } })] });
    expect(offeredActions(seniorOwn).decisions[7]).toMatchObject({ approve: false, waiting: "own" });
  });

  it("shows another officer that it waits for a senior officer", () => {
    expect(offeredActions(context({ viewerId: 11, decisions: [pending] })).decisions[7]).toMatchObject({ approve: false, waiting: "senior" });
  });

  it("offers no appeal, cancel or reversal on a proposal", () => {
    expect(offeredActions(context({ abilities: everything, decisions: [pending] })).decisions[7]).toMatchObject({ cancel: null, recordAppeal: false, reverse: null });
  });
});

describe("offeredActions: scheduled and effective decisions", () => {
  const scheduled = decision(7, { kind: "CLOSE", status: "SCHEDULED", params: { closureCategory: "SEVERE_OVERDUE" }, effectiveAt: "2026-05-09T00:00:00.000Z" });
  const effective = decision(8, { kind: "CLOSE", status: "EFFECTIVE", params: { closureCategory: "ILLEGAL_USE" } });

  it("lets an officer cancel a scheduled decision once the account is cured, and says why not before", () => {
    expect(offeredActions(context({ decisions: [scheduled] })).decisions[7].cancel).toBe("allowed");
    expect(offeredActions(context({ decisions: [scheduled] }, { currentDpd: 12 })).decisions[7].cancel).toBe("notCured");
    const readOnly = context({ abilities: { propose: false, approve: false, recordAppeal: false, downloadReport: false }, decisions: [scheduled] });
    expect(offeredActions(readOnly).decisions[7].cancel).toBeNull();
  });

  it("records appeals against scheduled and effective restrictions, once per open appeal", () => {
    expect(offeredActions(context({ decisions: [scheduled, effective] })).decisions).toMatchObject({ 7: { recordAppeal: true }, 8: { recordAppeal: true } });
    const appealed = context({ decisions: [scheduled, effective], appeals: [appeal(3, 8)] });
    expect(offeredActions(appealed).decisions).toMatchObject({ 7: { recordAppeal: true }, 8: { recordAppeal: false } });
    const warn = decision(9, { kind: "WARN", status: "EFFECTIVE" });
    expect(offeredActions(context({ decisions: [warn] })).decisions[9]).toMatchObject({ recordAppeal: false, reverse: null });
  });

  it("offers a reversal of an effective restriction, answering its open appeal", () => {
    expect(offeredActions(context({ decisions: [effective] })).decisions[8].reverse).toEqual({ appealId: null });
    expect(offeredActions(context({ decisions: [effective], appeals: [appeal(3, 8)] })).decisions[8].reverse).toEqual({ appealId: 3 });
    expect(offeredActions(context({ decisions: [scheduled] })).decisions[7].reverse).toBeNull();
  });

  it("offers no second reversal while one is pending, nor any while another officer holds the case", () => {
    const reversal = decision(10, { kind: "REVERSE", reverses: { id: 8, kind: "CLOSE" }, appealId: 3 });
    expect(offeredActions(context({ decisions: [effective, reversal] })).decisions[8].reverse).toBeNull();
    const held = context({ decisions: [effective], openCase: { id: 5, version: 2, status: "APPEAL", assignee: { id: 99, name: "Other" } } });
    expect(offeredActions(held).decisions[8].reverse).toBeNull();
  });

  it("links the referral report for those who may download it", () => {
    expect(offeredActions(context({ decisions: [effective], referralDecisionIds: [8] })).decisions[8].referralReport).toBe(true);
    const manager = context({ abilities: { propose: false, approve: false, recordAppeal: false, downloadReport: false }, decisions: [effective], referralDecisionIds: [8] });
    expect(offeredActions(manager).decisions[8].referralReport).toBe(false);
  });
});

describe("offeredActions: open appeals", () => {
  const effective = decision(8, { kind: "FREEZE", status: "EFFECTIVE" });

  it("lets officers reject an open appeal unless a reversal answering it is pending", () => {
    expect(offeredActions(context({ decisions: [effective], appeals: [appeal(3, 8)] })).rejectAppeal).toEqual({ 3: true });
    const reversal = decision(10, { kind: "REVERSE", reverses: { id: 8, kind: "CLOSE" }, appealId: 3 });
    expect(offeredActions(context({ decisions: [effective, reversal], appeals: [appeal(3, 8)] })).rejectAppeal).toEqual({ 3: false });
    const noRole = context({ abilities: { propose: false, approve: false, recordAppeal: false, downloadReport: true }, appeals: [appeal(3, 8)] });
    expect(offeredActions(noRole).rejectAppeal).toEqual({ 3: false });
  });
});
