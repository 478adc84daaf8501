// What officers send when they decide, as zod schemas shared by the forms and the server actions: proposals of each
// kind, approvals, rejections, cancellations, appeals. Every decision carries reason codes (from the kind's list) and
// an audit note of at least 20 characters; the account's (and case's) version the officer saw, for optimistic
// concurrency; and an idempotency key, so a double-submitted form creates one decision. Checks that need the clock
// or the database (a freeze date in the future, a limit below the current one) are the mutations'.
import { z } from "zod";
import { ClosureCategory, NoticeChannel } from "@/lib/generated/prisma/enums";
import { freeText } from "@/lib/security/free-text";

export const DECISION_NOTE_MIN = 20;
export const DECISION_NOTE_MAX = 4000;
export const APPEAL_STATEMENT_MIN = 10;
export const APPEAL_STATEMENT_MAX = 4000;

/** Reason codes, and which of them each kind of decision may give. */
export const REASON_CODES = {
  CLOSE: ["SEVERE_OVERDUE", "REPEATED_OVERDUE", "CASH_OUT", "ILLEGAL_TRANSACTIONS", "FRAUD_CONFIRMED", "CUSTOMER_REQUEST", "OTHER"],
  REDUCE_LIMIT: ["MULTI_LENDING", "HIGH_UTILISATION", "SCORE_DROP", "OVERDUE_HISTORY", "OTHER"],
  FREEZE: ["LIMIT_APPLICATION_BURST", "SUSPECTED_FRAUD", "CONTACT_LOST", "UNDER_INVESTIGATION", "OTHER"],
  UNFREEZE: ["INVESTIGATION_CLEARED", "CUSTOMER_VERIFIED", "OTHER"],
  WARN: ["EARLY_DELINQUENCY", "HIGH_UTILISATION", "MULTI_LENDING", "SCORE_DROP", "OTHER"],
  DISMISS: ["FALSE_POSITIVE", "DATA_ERROR", "ALREADY_RESOLVED", "OTHER"],
  ESCALATE: ["COMPLEX_CASE", "HIGH_EXPOSURE", "POLICY_QUESTION", "CONTACT_LOST", "OTHER"],
  REVERSE: ["APPEAL_UPHELD", "DECISION_ERROR", "ACCOUNT_CURED", "OTHER"],
} as const;

export type ProposableKind = keyof typeof REASON_CODES;
export type ReasonCode = (typeof REASON_CODES)[ProposableKind][number];
export const ALL_REASON_CODES = [...new Set(Object.values(REASON_CODES).flat())] as ReasonCode[];

const id = z.coerce.number().int().positive().max(2_147_483_647);
const version = z.coerce.number().int().positive().max(2_147_483_647);
const auditNote = freeText(DECISION_NOTE_MIN, DECISION_NOTE_MAX);
/** An amount of money as entered: digits with at most two decimals, kept as text (Decimal in the mutation). */
export const moneyText = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/);
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text));

const reasonCodes = <K extends ProposableKind>(kind: K) =>
  z.array(z.enum(REASON_CODES[kind] as unknown as [string, ...string[]])).min(1).max(REASON_CODES[kind].length);

const proposal = <K extends ProposableKind, S extends z.ZodRawShape>(kind: K, shape: S) =>
  z.object({
    kind: z.literal(kind),
    accountId: id,
    /** The account's version the officer saw; the proposal is refused if the account has changed since. */
    accountVersion: version,
    /** The open case the officer decided in, with its version, when there is one. */
    caseId: id.optional(),
    caseVersion: version.optional(),
    reasonCodes: reasonCodes(kind),
    note: auditNote,
    idempotencyKey: z.uuid(),
    ...shape,
  });

const noticeChannel = z.enum(NoticeChannel).default("APP");

export const proposeDecisionInput = z.discriminatedUnion("kind", [
  proposal("CLOSE", { closureCategory: z.enum(ClosureCategory), noticeChannel }),
  proposal("REDUCE_LIMIT", { newLimit: moneyText, noticeChannel }),
  proposal("FREEZE", { freezeUntil: calendarDate, noticeChannel }),
  proposal("UNFREEZE", {}),
  proposal("WARN", { noticeChannel }),
  proposal("DISMISS", {}),
  proposal("ESCALATE", {}),
  proposal("REVERSE", { reversesDecisionId: id, appealId: id.optional(), reinstateLimit: moneyText.optional() }),
]);
export type ProposeDecisionInput = z.output<typeof proposeDecisionInput>;

/** Approve, reject or cancel one decision as it was when the officer saw it (its version). */
const decide = z.object({ decisionId: id, version, note: auditNote });
export const approveDecisionInput = decide;
export const rejectDecisionInput = decide;
export const cancelDecisionInput = decide;
export type DecideInput = z.output<typeof decide>;

export const recordAppealInput = z.object({
  accountId: id,
  accountVersion: version,
  /** The effective (or scheduled) decision the customer appeals against. */
  decisionId: id,
  channel: z.enum(NoticeChannel),
  receivedOn: calendarDate,
  statement: freeText(APPEAL_STATEMENT_MIN, APPEAL_STATEMENT_MAX),
  idempotencyKey: z.uuid(),
});
export type RecordAppealInput = z.output<typeof recordAppealInput>;

/** Rejecting an appeal: the reason is sent to the customer (as a notice) and kept on the appeal. */
export const rejectAppealInput = z.object({ appealId: id, version, reason: auditNote, noticeChannel });
export type RejectAppealInput = z.output<typeof rejectAppealInput>;
