// The decision state machine, as pure functions: which decisions an account, a case and a decision's own state allow,
// the refusal (an AppError with a message a person can act on) when they do not, and what approval leads to. The
// mutations lock the rows, read these facts and ask here; nothing in this file touches the database or the clock.
import { AppError } from "@/lib/app-error";
import type { AccountStatus, CaseStatus, ClosureCategory, DecisionKind, DecisionStatus, NoticeChannel } from "@/lib/generated/prisma/enums";
import type { MessageKey, MessageValues } from "@/lib/i18n/translate";
import { toCents } from "@/lib/rules/money";
import type { ProposeDecisionInput } from "./schemas";

/** Take effect only when a senior officer other than the proposer approves. */
export const PROPOSAL_KINDS = ["CLOSE", "REDUCE_LIMIT", "FREEZE", "REVERSE"] as const satisfies DecisionKind[];
/** Written directly as EFFECTIVE by the officer who takes them. */
export const IMMEDIATE_KINDS = ["WARN", "DISMISS", "ESCALATE", "UNFREEZE"] as const satisfies DecisionKind[];
/** Effective decisions of these kinds can be reversed (after an appeal, usually). */
export const REVERSIBLE_KINDS = ["CLOSE", "REDUCE_LIMIT", "FREEZE"] as const satisfies DecisionKind[];
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const isProposal = (kind: DecisionKind): kind is ProposalKind => (PROPOSAL_KINDS as readonly string[]).includes(kind);

/** What decision.params holds, by kind (reversed decision and appeal have columns of their own). */
export interface DecisionParams {
  closureCategory?: ClosureCategory;
  newLimit?: string;
  freezeUntil?: string;
  reinstateLimit?: string;
  noticeChannel?: NoticeChannel;
}

export function paramsOf(input: ProposeDecisionInput): DecisionParams {
  switch (input.kind) {
    case "CLOSE":
      return { closureCategory: input.closureCategory, noticeChannel: input.noticeChannel };
    case "REDUCE_LIMIT":
      return { newLimit: input.newLimit, noticeChannel: input.noticeChannel };
    case "FREEZE":
      return { freezeUntil: input.freezeUntil, noticeChannel: input.noticeChannel };
    case "WARN":
      return { noticeChannel: input.noticeChannel };
    case "REVERSE":
      return input.reinstateLimit === undefined ? {} : { reinstateLimit: input.reinstateLimit };
    default:
      return {};
  }
}

export interface AccountFacts {
  status: AccountStatus;
  /** Decimal string. */
  creditLimit: string;
  currentDpd: number;
  /** "YYYY-MM-DD" or null. */
  freezeUntil: string | null;
}

const conflict = (key: MessageKey, values?: MessageValues) => new AppError("CONFLICT", key, values);
const invalid = (key: MessageKey, values?: MessageValues) => new AppError("INVALID_INPUT", key, values);

/**
 * Whether the account's own state allows a decision of `kind` with `params` today (UTC "YYYY-MM-DD"). Asked at
 * proposal and again at approval, since the account may have changed while the proposal waited.
 */
export function accountRefusal(kind: DecisionKind, params: DecisionParams, account: AccountFacts, today: string): AppError | null {
  const closed = account.status === "CLOSED";
  switch (kind) {
    case "CLOSE":
    case "WARN":
      return closed ? conflict("decisions.errors.accountClosed") : null;
    case "REDUCE_LIMIT": {
      if (closed) return conflict("decisions.errors.accountClosed");
      const newLimit = toCents(params.newLimit ?? "0");
      if (newLimit < BigInt(0)) return invalid("decisions.errors.limitNegative");
      return newLimit >= toCents(account.creditLimit) ? invalid("decisions.errors.limitNotBelow", { limit: account.creditLimit }) : null;
    }
    case "FREEZE":
      if (closed) return conflict("decisions.errors.accountClosed");
      // A second freeze would remember FROZEN as the status to return to; the officer unfreezes first.
      if (account.status === "FROZEN") return conflict("decisions.errors.alreadyFrozen", { date: account.freezeUntil ?? "" });
      return (params.freezeUntil ?? "") <= today ? invalid("decisions.errors.freezeNotFuture", { today }) : null;
    case "UNFREEZE":
      return account.status === "FROZEN" ? null : conflict("decisions.errors.notFrozen");
    default:
      return null;
  }
}

export interface CaseFacts {
  id: number;
  status: CaseStatus;
  version: number;
  assigneeId: number | null;
  assigneeName: string | null;
}

/**
 * Whether the officer may decide in the account's open case: the case they saw (if they sent one) is still the open
 * one at the version they saw, and it is unassigned or theirs. An escalation needs a case to escalate.
 */
export function caseRefusal(kind: DecisionKind, openCase: CaseFacts | null, sent: { caseId?: number; caseVersion?: number }, actorId: number): AppError | null {
  if (sent.caseId !== undefined && (openCase?.id !== sent.caseId || (sent.caseVersion !== undefined && openCase.version !== sent.caseVersion))) {
    return conflict("decisions.errors.caseChanged");
  }
  if (!openCase) return kind === "ESCALATE" ? conflict("decisions.errors.noOpenCase") : null;
  if (openCase.assigneeId !== null && openCase.assigneeId !== actorId) {
    return conflict("decisions.errors.caseHeldBy", { name: openCase.assigneeName ?? "" });
  }
  return null;
}

export interface DecisionFacts {
  id: number;
  accountId: number;
  kind: DecisionKind;
  status: DecisionStatus;
  version: number;
  proposerId: number;
  /** Who approved, rejected or cancelled it (name), when it was decided ("YYYY-MM-DD"), and when it takes effect. */
  deciderName: string | null;
  decidedOn: string | null;
  effectiveOn: string | null;
  outcome: { previousLimit?: string } | null;
}

/** A reversal needs an effective, not yet reversed closure, reduction or freeze of the same account. */
export function reversalRefusal(reversed: DecisionFacts | null, accountId: number, params: DecisionParams, reversedId: number): AppError | null {
  if (!reversed || reversed.accountId !== accountId || reversed.status !== "EFFECTIVE" || !(REVERSIBLE_KINDS as readonly string[]).includes(reversed.kind)) {
    return conflict("decisions.errors.notReversible", { id: reversedId });
  }
  if (params.reinstateLimit === undefined) return null;
  if (reversed.kind === "FREEZE") return invalid("decisions.errors.nothingToReinstate");
  const before = reversed.outcome?.previousLimit;
  if (before !== undefined && toCents(params.reinstateLimit) > toCents(before)) {
    return invalid("decisions.errors.reinstateAboveBefore", { limit: before });
  }
  return null;
}

export interface AppealFacts {
  id: number;
  status: "OPEN" | "UPHELD" | "REJECTED";
  decisionId: number | null;
}

/** The appeal a reversal answers must be open and against the decision being reversed. */
export function appealRefusal(appeal: AppealFacts | null, appealId: number, reversedId: number): AppError | null {
  return appeal && appeal.status === "OPEN" && appeal.decisionId === reversedId
    ? null
    : conflict("decisions.errors.appealNotOpen", { id: appealId, decisionId: reversedId });
}

/** A decision that is no longer PROPOSED, described by what happened to it. */
function alreadyDecided(decision: DecisionFacts): AppError {
  const values = { id: decision.id, name: decision.deciderName ?? "", date: decision.effectiveOn ?? decision.decidedOn ?? "" };
  switch (decision.status) {
    case "APPROVED":
    case "SCHEDULED":
      return conflict("decisions.errors.decided.SCHEDULED", values);
    case "EFFECTIVE":
      return conflict("decisions.errors.decided.EFFECTIVE", values);
    case "REJECTED":
      return conflict("decisions.errors.decided.REJECTED", values);
    case "CANCELLED":
      return conflict("decisions.errors.decided.CANCELLED", values);
    default:
      return conflict("decisions.errors.decided.REVERSED", values);
  }
}

export type DecideAction = "approve" | "reject" | "cancel";

/**
 * Whether `actorId` may approve, reject or cancel the decision as they saw it (`version`). Approval and rejection
 * decide a proposal, by someone other than its proposer (the database refuses it too); cancellation stops a
 * scheduled decision, once the account is cured (no days past due).
 */
export function decideRefusal(action: DecideAction, decision: DecisionFacts, version: number, actorId: number, account: AccountFacts): AppError | null {
  if (action === "cancel") {
    if (decision.status !== "SCHEDULED") return decision.status === "PROPOSED" ? conflict("decisions.errors.notScheduled") : alreadyDecided(decision);
    if (decision.version !== version) return conflict("decisions.errors.decisionChanged", { id: decision.id });
    return account.currentDpd > 0 ? conflict("decisions.errors.notCured", { dpd: account.currentDpd }) : null;
  }
  if (decision.status !== "PROPOSED") return alreadyDecided(decision);
  if (decision.version !== version) return conflict("decisions.errors.decisionChanged", { id: decision.id });
  return decision.proposerId === actorId ? new AppError("FORBIDDEN", "decisions.errors.ownProposal") : null;
}

export type NoticeTemplate =
  | "WARNING"
  | "CLOSURE_SCHEDULED"
  | "LIMIT_REDUCTION_SCHEDULED"
  | "CLOSED"
  | "FROZEN"
  | "UNFROZEN"
  | "CANCELLED"
  | "APPEAL_REJECTED"
  | "REINSTATED";

/**
 * What approving a proposal leads to: a closure for overdue (or other reasons) and a limit reduction wait out the
 * notice period, and the customer is told now; a closure for illegal use, a freeze and a reversal take effect at once.
 */
export function approvalLeadsTo(kind: ProposalKind, params: DecisionParams): { status: "SCHEDULED"; notice: NoticeTemplate } | { status: "APPROVED"; notice: null } {
  if (kind === "REDUCE_LIMIT") return { status: "SCHEDULED", notice: "LIMIT_REDUCTION_SCHEDULED" };
  if (kind === "CLOSE" && params.closureCategory !== "ILLEGAL_USE") return { status: "SCHEDULED", notice: "CLOSURE_SCHEDULED" };
  // APPROVED lasts until the effect, written in the same transaction, makes the decision EFFECTIVE.
  return { status: "APPROVED", notice: null };
}

/** The notice a decision sends when it takes effect (null: none, e.g. a reduction already announced). */
export function effectNotice(kind: DecisionKind): NoticeTemplate | null {
  switch (kind) {
    case "CLOSE":
      return "CLOSED";
    case "FREEZE":
      return "FROZEN";
    case "UNFREEZE":
      return "UNFROZEN";
    case "REVERSE":
      return "REINSTATED";
    case "WARN":
      return "WARNING";
    default:
      return null;
  }
}

export type CaseEvent = "propose" | "take" | "approve" | "reject";

/** The case's status after a decision event; null leaves the case as it is. */
export function caseStatusAfter(event: CaseEvent, kind: DecisionKind, answersAppeal: boolean): CaseStatus | null {
  if (event === "propose") return "PENDING_APPROVAL";
  if (event === "approve") return "CLOSED";
  // A rejected reversal leaves the appeal open: the case goes back to it; any other proposal back to review.
  if (event === "reject") return answersAppeal ? "APPEAL" : "IN_REVIEW";
  return kind === "ESCALATE" ? "ESCALATED" : "CLOSED";
}
