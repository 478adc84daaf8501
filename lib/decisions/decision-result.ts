// What every decision mutation returns to the screen: the decision's state and version after it, and the versions
// of the account and case the screen should now hold, so the next action compares against what it shows.
import type { Decision } from "@/lib/generated/prisma/client";
import type { CaseStatus, DecisionKind, DecisionStatus } from "@/lib/generated/prisma/enums";
import type { CaseMove } from "./case-moves";

export interface DecisionResult {
  decisionId: number;
  accountId: number;
  kind: DecisionKind;
  status: DecisionStatus;
  version: number;
  /** ISO instant: when it took or takes effect; null while proposed. */
  effectiveAt: string | null;
  accountVersion: number;
  case: { id: number; status: CaseStatus; version: number } | null;
  /** The customer notice recorded by this action, if any. */
  noticeId: number | null;
  /** A repeated submission of an earlier form (same idempotency key): nothing was written this time. */
  replayed: boolean;
}

export function decisionResult(decision: Decision, accountVersion: number, move: CaseMove | null, noticeId: number | null, replayed = false): DecisionResult {
  return {
    decisionId: decision.id,
    accountId: decision.accountId,
    kind: decision.kind,
    status: decision.status,
    version: decision.version,
    effectiveAt: decision.effectiveAt?.toISOString() ?? null,
    accountVersion,
    case: move && { id: move.after.id, status: move.after.status as CaseStatus, version: move.after.version },
    noticeId,
    replayed,
  };
}
