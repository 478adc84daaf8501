// What decision audit events carry: a decision's full state after the event (and the account's before and after
// an effect), so the decision chain of an account can be rebuilt from the audit trail alone, later, by anyone
// holding the trail, without the decision table: fold the events of the account in seq order, keeping the latest
// snapshot of each decision id (after.decision, and after.reversed for the decision a reversal undid).
import type { Json } from "@/lib/audit/chain";
import type { Decision } from "@/lib/generated/prisma/client";
import type { LockedAccount } from "./locks";

export interface DecisionSnapshot {
  id: number;
  accountId: number;
  caseId: number | null;
  kind: string;
  status: string;
  params: Json;
  reasonCodes: string[];
  proposerId: number;
  approverId: number | null;
  proposedAt: string;
  decidedAt: string | null;
  effectiveAt: string | null;
  reversesDecisionId: number | null;
  appealId: number | null;
  outcome: Json;
  version: number;
}

/** What every audit event about one decision names: the decision as its target, its account and its case. */
export function decisionTarget(decision: Pick<Decision, "id" | "accountId" | "caseId">) {
  return {
    targetType: "decision",
    targetId: decision.id,
    accountId: decision.accountId,
    caseId: decision.caseId ?? undefined,
    decisionId: decision.id,
  } as const;
}

export function decisionSnapshot(decision: Decision): DecisionSnapshot {
  return {
    id: decision.id,
    accountId: decision.accountId,
    caseId: decision.caseId,
    kind: decision.kind,
    status: decision.status,
    params: decision.params as Json,
    reasonCodes: decision.reasonCodes,
    proposerId: decision.proposerId,
    approverId: decision.approverId,
    proposedAt: decision.proposedAt.toISOString(),
    decidedAt: decision.decidedAt?.toISOString() ?? null,
    effectiveAt: decision.effectiveAt?.toISOString() ?? null,
    reversesDecisionId: decision.reversesDecisionId,
    appealId: decision.appealId,
    outcome: (decision.outcome ?? null) as Json,
    version: decision.version,
  };
}

export interface AccountSnapshot {
  status: string;
  creditLimit: string;
  closureCategory: string | null;
  freezeUntil: string | null;
  version: number;
}

export const accountSnapshot = (account: Pick<LockedAccount, "status" | "creditLimit" | "closureCategory" | "freezeUntilAt" | "version">): AccountSnapshot => ({
  status: account.status,
  creditLimit: account.creditLimit,
  closureCategory: account.closureCategory,
  freezeUntil: account.freezeUntilAt,
  version: account.version,
});

export interface CaseSnapshot {
  id: number;
  status: string;
  assigneeId: number | null;
  version: number;
}
