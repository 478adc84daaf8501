// The decision forms' checks before anything is sent: the same zod schemas as the server actions, plus the state
// checks a form can see (a new limit below the current one, a freeze ending after today), each failure turned into a
// message on the field it concerns. Pure, so the forms and their tests share it; the server checks everything again.
import type { z } from "zod";
import type { MessageKey, MessageValues } from "@/lib/i18n/translate";
import { toCents } from "@/lib/rules/money";
import {
  APPEAL_STATEMENT_MAX,
  APPEAL_STATEMENT_MIN,
  DECISION_NOTE_MAX,
  DECISION_NOTE_MIN,
  approveDecisionInput,
  proposeDecisionInput,
  recordAppealInput,
  rejectAppealInput,
  type ProposableKind,
} from "./schemas";

export type FieldName =
  | "reasonCodes" | "note" | "closureCategory" | "newLimit" | "freezeUntil" | "noticeChannel" | "reinstateLimit"
  | "channel" | "receivedOn" | "statement" | "reason";
export type FieldErrors = Partial<Record<FieldName, { key: MessageKey; values?: MessageValues }>>;
export type Checked<T> = { ok: true; input: T } | { ok: false; errors: FieldErrors };

/** What a proposal form holds: text as typed, reasons as ticked. */
export interface ProposalDraft {
  kind: ProposableKind;
  reasonCodes: string[];
  note: string;
  closureCategory?: string;
  newLimit?: string;
  freezeUntil?: string;
  noticeChannel?: string;
  reinstateLimit?: string;
}

/** What the form knows besides the draft: the versions it was loaded with, and today (UTC "YYYY-MM-DD"). */
export interface ProposalFrame {
  accountId: number;
  accountVersion: number;
  currentLimit: string;
  openCase: { id: number; version: number } | null;
  idempotencyKey: string;
  today: string;
  reversesDecisionId?: number;
  appealId?: number | null;
}

const FIELD_MESSAGES: Record<FieldName, MessageKey> = {
  reasonCodes: "decisions.ui.error.reasons",
  note: "decisions.ui.error.note",
  closureCategory: "decisions.ui.error.closureCategory",
  newLimit: "decisions.ui.error.amount",
  freezeUntil: "decisions.ui.error.date",
  noticeChannel: "decisions.ui.error.channel",
  reinstateLimit: "decisions.ui.error.amount",
  channel: "decisions.ui.error.channel",
  receivedOn: "decisions.ui.error.date",
  statement: "decisions.ui.error.statement",
  reason: "decisions.ui.error.note",
};
const LIMITS: MessageValues = { min: DECISION_NOTE_MIN, max: DECISION_NOTE_MAX, statementMin: APPEAL_STATEMENT_MIN, statementMax: APPEAL_STATEMENT_MAX };
const blank = (text: string | undefined) => (text ?? "").trim() === "";

/** `extra` speaks only where the schema found the value well-formed; `specific` replaces the schema's message. */
function check<S extends z.ZodType>(schema: S, input: unknown, extra: FieldErrors = {}, specific: FieldErrors = {}): Checked<z.output<S>> {
  const parsed = schema.safeParse(input);
  const errors: FieldErrors = {};
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = issue.path[0] as FieldName;
    if (field in FIELD_MESSAGES && !errors[field]) errors[field] = { key: FIELD_MESSAGES[field], values: LIMITS };
  }
  // A malformed value says so first; the state checks speak only of well-formed values.
  for (const [field, error] of Object.entries(extra) as [FieldName, FieldErrors[FieldName]][]) errors[field] ??= error;
  Object.assign(errors, specific);
  return parsed.success && Object.keys(errors).length === 0 ? { ok: true, input: parsed.data } : { ok: false, errors };
}

export function checkProposal(draft: ProposalDraft, frame: ProposalFrame) {
  const { kind } = draft;
  const input = {
    kind, accountId: frame.accountId, accountVersion: frame.accountVersion, caseId: frame.openCase?.id, caseVersion: frame.openCase?.version,
    reasonCodes: draft.reasonCodes, note: draft.note, idempotencyKey: frame.idempotencyKey,
    ...(kind === "CLOSE" && { closureCategory: draft.closureCategory || undefined, noticeChannel: draft.noticeChannel }),
    ...(kind === "REDUCE_LIMIT" && { newLimit: draft.newLimit ?? "", noticeChannel: draft.noticeChannel }),
    ...(kind === "FREEZE" && { freezeUntil: draft.freezeUntil ?? "", noticeChannel: draft.noticeChannel }),
    ...(kind === "WARN" && { noticeChannel: draft.noticeChannel }),
    ...(kind === "REVERSE" && {
      reversesDecisionId: frame.reversesDecisionId, appealId: frame.appealId ?? undefined,
      reinstateLimit: blank(draft.reinstateLimit) ? undefined : draft.reinstateLimit,
    }),
  };
  const extra: FieldErrors = {};
  const specific: FieldErrors = {};
  const newLimit = (draft.newLimit ?? "").trim();
  if (kind === "REDUCE_LIMIT" && /^-\d/.test(newLimit)) specific.newLimit = { key: "decisions.ui.error.limitNegative" };
  else if (kind === "REDUCE_LIMIT" && /^\d{1,12}(\.\d{1,2})?$/.test(newLimit) && toCents(newLimit) >= toCents(frame.currentLimit)) {
    extra.newLimit = { key: "decisions.ui.error.limitNotBelow" };
  }
  const until = draft.freezeUntil ?? "";
  if (kind === "FREEZE" && /^\d{4}-\d{2}-\d{2}$/.test(until) && until <= frame.today) extra.freezeUntil = { key: "decisions.ui.error.freezeNotFuture", values: { today: frame.today } };
  return check(proposeDecisionInput, input, extra, specific);
}

/** Approve, reject or cancel one decision as loaded (its version), with a note. */
export const checkDecide = (decisionId: number, version: number, note: string) => check(approveDecisionInput, { decisionId, version, note });

export function checkAppeal(draft: { channel: string; receivedOn: string; statement: string }, frame: { accountId: number; accountVersion: number; decisionId: number; idempotencyKey: string; today: string }) {
  const extra: FieldErrors = draft.receivedOn > frame.today ? { receivedOn: { key: "decisions.ui.error.receivedFuture" } } : {};
  return check(recordAppealInput, { ...frame, today: undefined, ...draft, channel: draft.channel || undefined }, extra);
}

export const checkRejectAppeal = (appealId: number, version: number, reason: string, noticeChannel: string) =>
  check(rejectAppealInput, { appealId, version, reason, noticeChannel });

/** Today as a UTC calendar date, the day the server's date checks use. */
export const utcToday = (now: Date = new Date()) => now.toISOString().slice(0, 10);
