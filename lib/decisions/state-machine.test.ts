// Every transition of the decision state machine, allowed and refused, per kind, account status, case and decision
// status: the pure answers the mutations act on.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import type { AccountStatus, DecisionKind, DecisionStatus } from "@/lib/generated/prisma/enums";
import {
  accountRefusal,
  appealRefusal,
  approvalLeadsTo,
  caseRefusal,
  caseStatusAfter,
  decideRefusal,
  effectNotice,
  isProposal,
  paramsOf,
  reversalRefusal,
  type AccountFacts,
  type CaseFacts,
  type DecisionFacts,
  type DecisionParams,
} from "./state-machine";

const TODAY = "2026-10-01";
const STATUSES: AccountStatus[] = ["ACTIVE", "LIMIT_REDUCED", "FROZEN", "CLOSED"];
const KINDS: DecisionKind[] = ["CLOSE", "REDUCE_LIMIT", "FREEZE", "UNFREEZE", "WARN", "DISMISS", "ESCALATE", "REVERSE"];
const account = (status: AccountStatus, overrides: Partial<AccountFacts> = {}): AccountFacts => ({
  status,
  creditLimit: "10000.00",
  currentDpd: 0,
  freezeUntil: status === "FROZEN" ? "2026-12-01" : null,
  ...overrides,
});
const VALID: Record<DecisionKind, DecisionParams> = {
  CLOSE: { closureCategory: "SEVERE_OVERDUE" },
  REDUCE_LIMIT: { newLimit: "5000.00" },
  FREEZE: { freezeUntil: "2026-10-02" },
  UNFREEZE: {},
  WARN: {},
  DISMISS: {},
  ESCALATE: {},
  REVERSE: {},
};
const refusal = (error: AppError | null) => error && { code: error.code, key: error.messageKey, values: error.values };

describe("accountRefusal: every kind in every account status", () => {
  const allowed: Record<DecisionKind, AccountStatus[]> = {
    CLOSE: ["ACTIVE", "LIMIT_REDUCED", "FROZEN"],
    REDUCE_LIMIT: ["ACTIVE", "LIMIT_REDUCED", "FROZEN"],
    FREEZE: ["ACTIVE", "LIMIT_REDUCED"],
    UNFREEZE: ["FROZEN"],
    WARN: ["ACTIVE", "LIMIT_REDUCED", "FROZEN"],
    DISMISS: STATUSES,
    ESCALATE: STATUSES,
    REVERSE: STATUSES,
  };
  const refusedWith: Partial<Record<AccountStatus, string>> = { CLOSED: "decisions.errors.accountClosed" };
  for (const kind of KINDS) {
    for (const status of STATUSES) {
      const ok = allowed[kind].includes(status);
      it(`${kind} on a ${status} account is ${ok ? "allowed" : "refused"}`, () => {
        const result = accountRefusal(kind, VALID[kind], account(status), TODAY);
        if (ok) return expect(result).toBeNull();
        const key = kind === "UNFREEZE" ? "decisions.errors.notFrozen" : kind === "FREEZE" && status === "FROZEN" ? "decisions.errors.alreadyFrozen" : refusedWith[status];
        expect(refusal(result)).toMatchObject({ code: "CONFLICT", key });
      });
    }
  }

  it("refuses a new limit equal to or above the current one, naming it, and accepts one cent below and zero", () => {
    expect(refusal(accountRefusal("REDUCE_LIMIT", { newLimit: "10000.00" }, account("ACTIVE"), TODAY))).toEqual({
      code: "INVALID_INPUT",
      key: "decisions.errors.limitNotBelow",
      values: { limit: "10000.00" },
    });
    expect(refusal(accountRefusal("REDUCE_LIMIT", { newLimit: "10000.01" }, account("ACTIVE"), TODAY))).toMatchObject({ key: "decisions.errors.limitNotBelow" });
    expect(accountRefusal("REDUCE_LIMIT", { newLimit: "9999.99" }, account("ACTIVE"), TODAY)).toBeNull();
    expect(accountRefusal("REDUCE_LIMIT", { newLimit: "0" }, account("ACTIVE"), TODAY)).toBeNull();
    expect(refusal(accountRefusal("REDUCE_LIMIT", { newLimit: "-1.00" }, account("ACTIVE"), TODAY))).toMatchObject({ key: "decisions.errors.limitNegative" });
  });

  it("refuses a freeze ending today or earlier (UTC), and accepts tomorrow", () => {
    for (const freezeUntil of [TODAY, "2026-09-30", "2025-12-31"]) {
      expect(refusal(accountRefusal("FREEZE", { freezeUntil }, account("ACTIVE"), TODAY))).toEqual({
        code: "INVALID_INPUT",
        key: "decisions.errors.freezeNotFuture",
        values: { today: TODAY },
      });
    }
    expect(accountRefusal("FREEZE", { freezeUntil: "2026-10-02" }, account("ACTIVE"), TODAY)).toBeNull();
  });

  it("names the date of the freeze already in force", () => {
    expect(refusal(accountRefusal("FREEZE", VALID.FREEZE, account("FROZEN"), TODAY))).toMatchObject({ values: { date: "2026-12-01" } });
  });
});

describe("caseRefusal", () => {
  const open = (overrides: Partial<CaseFacts> = {}): CaseFacts => ({ id: 5, status: "IN_REVIEW", version: 3, assigneeId: null, assigneeName: null, ...overrides });

  it("allows deciding with no case, except an escalation", () => {
    for (const kind of KINDS) {
      const result = caseRefusal(kind, null, {}, 1);
      if (kind === "ESCALATE") expect(refusal(result)).toMatchObject({ code: "CONFLICT", key: "decisions.errors.noOpenCase" });
      else expect(result).toBeNull();
    }
  });

  it("allows an unassigned case and one the officer holds, and refuses another officer's, naming them", () => {
    expect(caseRefusal("CLOSE", open(), { caseId: 5, caseVersion: 3 }, 1)).toBeNull();
    expect(caseRefusal("CLOSE", open({ assigneeId: 1 }), { caseId: 5 }, 1)).toBeNull();
    expect(caseRefusal("CLOSE", open({ assigneeId: 1 }), {}, 1)).toBeNull();
    expect(refusal(caseRefusal("CLOSE", open({ assigneeId: 2, assigneeName: "Li Wei" }), {}, 1))).toEqual({
      code: "CONFLICT",
      key: "decisions.errors.caseHeldBy",
      values: { name: "Li Wei" },
    });
  });

  it("refuses when the case the officer saw is no longer the open one, or has moved on", () => {
    const changed = { code: "CONFLICT", key: "decisions.errors.caseChanged" };
    expect(refusal(caseRefusal("WARN", open(), { caseId: 5, caseVersion: 2 }, 1))).toMatchObject(changed);
    expect(refusal(caseRefusal("WARN", open(), { caseId: 6 }, 1))).toMatchObject(changed);
    expect(refusal(caseRefusal("WARN", null, { caseId: 5, caseVersion: 3 }, 1))).toMatchObject(changed);
  });
});

const decision = (status: DecisionStatus, overrides: Partial<DecisionFacts> = {}): DecisionFacts => ({
  id: 12,
  accountId: 7,
  kind: "CLOSE",
  status,
  version: 1,
  proposerId: 1,
  deciderName: "Zhang Min",
  decidedOn: "2026-10-01",
  effectiveOn: "2026-10-08",
  outcome: { previousLimit: "10000.00" },
  ...overrides,
});
const ALL_STATUSES: DecisionStatus[] = ["PROPOSED", "APPROVED", "SCHEDULED", "EFFECTIVE", "REJECTED", "CANCELLED", "REVERSED"];

describe("decideRefusal: approve and reject", () => {
  for (const action of ["approve", "reject"] as const) {
    for (const status of ALL_STATUSES) {
      it(`${action} of a ${status} decision is ${status === "PROPOSED" ? "allowed" : "refused, saying what happened"}`, () => {
        const result = decideRefusal(action, decision(status), 1, 2, account("ACTIVE"));
        if (status === "PROPOSED") return expect(result).toBeNull();
        const key = status === "APPROVED" ? "decisions.errors.decided.SCHEDULED" : `decisions.errors.decided.${status}`;
        expect(refusal(result)).toMatchObject({ code: "CONFLICT", key, values: { id: 12 } });
      });
    }
    it(`${action} by the proposer is forbidden`, () => {
      expect(refusal(decideRefusal(action, decision("PROPOSED"), 1, 1, account("ACTIVE")))).toMatchObject({ code: "FORBIDDEN", key: "decisions.errors.ownProposal" });
    });
    it(`${action} of a proposal at another version is a conflict`, () => {
      expect(refusal(decideRefusal(action, decision("PROPOSED", { version: 2 }), 1, 2, account("ACTIVE")))).toMatchObject({ code: "CONFLICT", key: "decisions.errors.decisionChanged" });
    });
  }

  it("says who approved a decision and when it takes effect", () => {
    expect(refusal(decideRefusal("approve", decision("SCHEDULED"), 1, 2, account("ACTIVE")))).toEqual({
      code: "CONFLICT",
      key: "decisions.errors.decided.SCHEDULED",
      values: { id: 12, name: "Zhang Min", date: "2026-10-08" },
    });
  });
});

describe("decideRefusal: cancel", () => {
  for (const status of ALL_STATUSES) {
    it(`cancel of a ${status} decision on a cured account is ${status === "SCHEDULED" ? "allowed" : "refused"}`, () => {
      const result = decideRefusal("cancel", decision(status), 1, 1, account("ACTIVE"));
      if (status === "SCHEDULED") return expect(result).toBeNull();
      expect(refusal(result)).toMatchObject({ code: "CONFLICT", key: status === "PROPOSED" ? "decisions.errors.notScheduled" : expect.stringMatching(/^decisions\.errors\.decided\./) });
    });
  }
  it("refuses while the account is still past due, saying how many days", () => {
    expect(refusal(decideRefusal("cancel", decision("SCHEDULED"), 1, 1, account("ACTIVE", { currentDpd: 3 })))).toEqual({
      code: "CONFLICT",
      key: "decisions.errors.notCured",
      values: { dpd: 3 },
    });
  });
  it("refuses a decision at another version", () => {
    expect(refusal(decideRefusal("cancel", decision("SCHEDULED", { version: 2 }), 1, 1, account("ACTIVE")))).toMatchObject({ key: "decisions.errors.decisionChanged" });
  });
});

describe("reversalRefusal", () => {
  it("allows reversing an effective closure, reduction or freeze of the same account", () => {
    for (const kind of ["CLOSE", "REDUCE_LIMIT", "FREEZE"] as const) expect(reversalRefusal(decision("EFFECTIVE", { kind }), 7, {}, 12)).toBeNull();
  });
  it.each(ALL_STATUSES.filter((s) => s !== "EFFECTIVE"))("refuses a %s decision", (status) => {
    expect(refusal(reversalRefusal(decision(status), 7, {}, 12))).toEqual({ code: "CONFLICT", key: "decisions.errors.notReversible", values: { id: 12 } });
  });
  it.each(["WARN", "DISMISS", "ESCALATE", "UNFREEZE", "REVERSE"] as const)("refuses reversing a %s", (kind) => {
    expect(refusal(reversalRefusal(decision("EFFECTIVE", { kind }), 7, {}, 12))).toMatchObject({ key: "decisions.errors.notReversible" });
  });
  it("refuses another account's decision and a missing one", () => {
    expect(refusal(reversalRefusal(decision("EFFECTIVE"), 8, {}, 12))).toMatchObject({ key: "decisions.errors.notReversible" });
    expect(refusal(reversalRefusal(null, 7, {}, 99))).toMatchObject({ key: "decisions.errors.notReversible", values: { id: 99 } });
  });
  it("reinstates a limit up to the one before the decision, never above, and never for a freeze", () => {
    expect(reversalRefusal(decision("EFFECTIVE"), 7, { reinstateLimit: "10000.00" }, 12)).toBeNull();
    expect(reversalRefusal(decision("EFFECTIVE", { kind: "REDUCE_LIMIT" }), 7, { reinstateLimit: "8000" }, 12)).toBeNull();
    expect(refusal(reversalRefusal(decision("EFFECTIVE"), 7, { reinstateLimit: "10000.01" }, 12))).toEqual({
      code: "INVALID_INPUT",
      key: "decisions.errors.reinstateAboveBefore",
      values: { limit: "10000.00" },
    });
    expect(refusal(reversalRefusal(decision("EFFECTIVE", { kind: "FREEZE" }), 7, { reinstateLimit: "1.00" }, 12))).toMatchObject({ key: "decisions.errors.nothingToReinstate" });
  });
});

describe("appealRefusal", () => {
  it("allows an open appeal against the reversed decision only", () => {
    expect(appealRefusal({ id: 3, status: "OPEN", decisionId: 12 }, 3, 12)).toBeNull();
    for (const appeal of [null, { id: 3, status: "UPHELD" as const, decisionId: 12 }, { id: 3, status: "REJECTED" as const, decisionId: 12 }, { id: 3, status: "OPEN" as const, decisionId: 13 }]) {
      expect(refusal(appealRefusal(appeal, 3, 12))).toEqual({ code: "CONFLICT", key: "decisions.errors.appealNotOpen", values: { id: 3, decisionId: 12 } });
    }
  });
});

describe("what approval leads to", () => {
  it("schedules closures for overdue or other reasons and limit reductions, with the customer told now", () => {
    expect(approvalLeadsTo("CLOSE", { closureCategory: "SEVERE_OVERDUE" })).toEqual({ status: "SCHEDULED", notice: "CLOSURE_SCHEDULED" });
    expect(approvalLeadsTo("CLOSE", { closureCategory: "OTHER" })).toEqual({ status: "SCHEDULED", notice: "CLOSURE_SCHEDULED" });
    expect(approvalLeadsTo("REDUCE_LIMIT", { newLimit: "1.00" })).toEqual({ status: "SCHEDULED", notice: "LIMIT_REDUCTION_SCHEDULED" });
  });
  it("applies closures for illegal use, freezes and reversals at once", () => {
    expect(approvalLeadsTo("CLOSE", { closureCategory: "ILLEGAL_USE" })).toEqual({ status: "APPROVED", notice: null });
    expect(approvalLeadsTo("FREEZE", { freezeUntil: "2026-12-01" })).toEqual({ status: "APPROVED", notice: null });
    expect(approvalLeadsTo("REVERSE", {})).toEqual({ status: "APPROVED", notice: null });
  });
  it("sends the notice of each effect", () => {
    expect(Object.fromEntries(KINDS.map((kind) => [kind, effectNotice(kind)]))).toEqual({
      CLOSE: "CLOSED",
      REDUCE_LIMIT: null,
      FREEZE: "FROZEN",
      UNFREEZE: "UNFROZEN",
      WARN: "WARNING",
      DISMISS: null,
      ESCALATE: null,
      REVERSE: "REINSTATED",
    });
  });
  it("knows which kinds are proposals", () => {
    expect(KINDS.filter(isProposal)).toEqual(["CLOSE", "REDUCE_LIMIT", "FREEZE", "REVERSE"]);
  });
});

describe("the case after a decision", () => {
  it("waits for approval, closes on approval, returns to review (or to the appeal) on rejection", () => {
    expect(caseStatusAfter("propose", "CLOSE", false)).toBe("PENDING_APPROVAL");
    expect(caseStatusAfter("approve", "CLOSE", false)).toBe("CLOSED");
    expect(caseStatusAfter("reject", "CLOSE", false)).toBe("IN_REVIEW");
    expect(caseStatusAfter("reject", "REVERSE", true)).toBe("APPEAL");
  });
  it("closes on a warning, dismissal or unfreeze and escalates on an escalation", () => {
    expect(["WARN", "DISMISS", "UNFREEZE", "ESCALATE"].map((kind) => caseStatusAfter("take", kind as DecisionKind, false))).toEqual(["CLOSED", "CLOSED", "CLOSED", "ESCALATED"]);
  });
});

describe("paramsOf", () => {
  const base = { accountId: 7, accountVersion: 1, reasonCodes: ["OTHER"], note: "x".repeat(20), idempotencyKey: "k" };
  it("keeps only the kind's own parameters", () => {
    expect(paramsOf({ ...base, kind: "CLOSE", closureCategory: "ILLEGAL_USE", noticeChannel: "SMS" } as never)).toEqual({ closureCategory: "ILLEGAL_USE", noticeChannel: "SMS" });
    expect(paramsOf({ ...base, kind: "REDUCE_LIMIT", newLimit: "5000", noticeChannel: "APP" } as never)).toEqual({ newLimit: "5000", noticeChannel: "APP" });
    expect(paramsOf({ ...base, kind: "FREEZE", freezeUntil: "2026-12-01", noticeChannel: "APP" } as never)).toEqual({ freezeUntil: "2026-12-01", noticeChannel: "APP" });
    expect(paramsOf({ ...base, kind: "REVERSE", reversesDecisionId: 12 } as never)).toEqual({});
    expect(paramsOf({ ...base, kind: "REVERSE", reversesDecisionId: 12, reinstateLimit: "800" } as never)).toEqual({ reinstateLimit: "800" });
    expect(paramsOf({ ...base, kind: "DISMISS" } as never)).toEqual({});
  });
});
