// Taking effect, in one place, for every path that gets there (approval, the apply-due job, an immediate unfreeze):
// the account's change and side records (./account-effects.ts), the customer's notice, the decision EFFECTIVE with
// its outcome (what was there before, so a reversal restores exactly that), and the audit event "decision.effective"
// with the account before and after, which the caller appends last. Runs inside the caller's transaction; the caller
// has checked the state.
import "server-only";
import type { AuditEventInput } from "@/lib/audit/append-audit-event";
import type { Json } from "@/lib/audit/chain";
import type { Tx } from "@/lib/db";
import type { Decision } from "@/lib/generated/prisma/client";
import type { AccountStatus, NoticeChannel } from "@/lib/generated/prisma/enums";
import { accountSnapshot, decisionSnapshot, decisionTarget, type AccountSnapshot } from "./audit-snapshots";
import { closureRecords, liftClosureRecords, noSideRecords, recordLimitChange, statusBeforeFreeze, writeAccount, type AccountChange, type SideRecords } from "./account-effects";
import { updateDecision } from "./decision-row";
import { lockAccount, lockDecision, type LockedAccount } from "./locks";
import { recordNotice, type NoticeValues } from "./notices";
import { effectNotice, type DecisionParams } from "./state-machine";

export interface DecisionOutcome {
  previousStatus: AccountStatus;
  status: AccountStatus;
  previousLimit: string;
  creditLimit: string;
  previousClosureCategory: string | null;
  previousFreezeUntil: string | null;
  blacklistEntryIds: number[];
  liftedBlacklistEntryIds: number[];
  reports: { id: number; kind: string }[];
  noticeId: number | null;
}

export interface AppliedEffect {
  decision: Decision;
  account: AccountSnapshot;
  outcome: DecisionOutcome;
  /** "decision.effective", not yet appended. */
  auditEvent: AuditEventInput;
}

const day = (date: Date) => date.toISOString().slice(0, 10);
const freezeEnd = (date: string) => new Date(`${date}T00:00:00.000Z`);
/** Leaves CLOSED and FROZEN as they are: a reduction under a freeze shows when the freeze ends. */
const reducedStatus = (status: AccountStatus): AccountStatus => (status === "CLOSED" || status === "FROZEN" ? status : "LIMIT_REDUCED");

interface Planned {
  change: AccountChange;
  records: SideRecords;
  notice: NoticeValues;
  reversed?: Decision;
}

async function plan(tx: Tx, decision: Decision, account: LockedAccount, now: Date): Promise<Planned> {
  const params = decision.params as DecisionParams;
  switch (decision.kind) {
    case "CLOSE": {
      const category = params.closureCategory ?? "OTHER";
      const records = await closureRecords(tx, decision, account, category, now);
      return { change: { status: "CLOSED", closureCategory: category, freezeUntil: null }, records, notice: { date: day(now) } };
    }
    case "REDUCE_LIMIT": {
      const limit = params.newLimit ?? account.creditLimit;
      await recordLimitChange(tx, decision, account, limit, now);
      return { change: { creditLimit: limit, status: reducedStatus(account.status) }, records: noSideRecords(), notice: {} };
    }
    case "FREEZE":
      return { change: { status: "FROZEN", freezeUntil: freezeEnd(params.freezeUntil ?? day(now)) }, records: noSideRecords(), notice: { date: params.freezeUntil } };
    case "UNFREEZE":
      return { change: { status: await statusBeforeFreeze(tx, account.id), freezeUntil: null }, records: noSideRecords(), notice: { date: day(now) } };
    case "REVERSE":
      return planReversal(tx, decision, params, account, now);
    default:
      return { change: {}, records: noSideRecords(), notice: {} };
  }
}

/** Restores what the reversed decision's outcome remembers, at the reinstated limit when one is given. */
async function planReversal(tx: Tx, decision: Decision, params: DecisionParams, account: LockedAccount, now: Date): Promise<Planned> {
  const reversed = (await lockDecision(tx, decision.reversesDecisionId ?? 0))?.row;
  if (!reversed) throw new Error(`decision ${decision.id} reverses a decision that does not exist`);
  const before = (reversed.outcome ?? {}) as Partial<DecisionOutcome>;
  const previousStatus = before.previousStatus ?? "ACTIVE";
  const notice: NoticeValues = { date: day(now), limit: params.reinstateLimit };
  let records = noSideRecords();
  const change: AccountChange = {};
  if (reversed.kind === "CLOSE") {
    Object.assign(change, { status: previousStatus, closureCategory: null, freezeUntil: before.previousFreezeUntil ? new Date(before.previousFreezeUntil) : null });
    records = await liftClosureRecords(tx, decision, reversed, now);
  } else if (reversed.kind === "FREEZE" && account.status === "FROZEN") {
    Object.assign(change, { status: await statusBeforeFreeze(tx, account.id), freezeUntil: null });
  } else if (reversed.kind === "REDUCE_LIMIT" && account.status === "LIMIT_REDUCED") {
    change.status = previousStatus;
  }
  const limit = reversed.kind === "REDUCE_LIMIT" ? (params.reinstateLimit ?? before.previousLimit) : params.reinstateLimit;
  if (limit !== undefined && limit !== account.creditLimit) {
    change.creditLimit = limit;
    await recordLimitChange(tx, decision, account, limit, now);
  }
  const marked = await updateDecision(tx, reversed.id, { status: "REVERSED" });
  return { change, records, notice, reversed: marked };
}

/** The channel the customer was told through: the decision's, else the reversed decision's, else the app. */
const channelOf = (decision: Decision, reversed?: Decision): NoticeChannel =>
  (decision.params as DecisionParams).noticeChannel ?? (reversed?.params as DecisionParams | undefined)?.noticeChannel ?? "APP";

/**
 * Applies the effect. `account`: the account as the caller locked it in this transaction, when nothing has written it
 * since (else it is locked and read here). Returns the audit event "decision.effective" for the caller to append
 * last, with its own events (./audit-last.ts).
 */
export async function applyDecisionEffect(tx: Tx, decision: Decision, options: { now: Date; account?: LockedAccount }): Promise<AppliedEffect> {
  const { now } = options;
  const before = options.account ?? (await lockAccount(tx, decision.accountId));
  const planned = await plan(tx, decision, before, now);
  // A warning, a dismissal or an escalation changes nothing on the account: its version stays, so no one's view is stale.
  const written = Object.keys(planned.change).length ? await writeAccount(tx, before, planned.change, now) : null;
  const after: AccountSnapshot = written
    ? { status: written.status, creditLimit: written.creditLimit, closureCategory: written.closureCategory, freezeUntil: written.freezeUntil?.toISOString() ?? null, version: written.version }
    : accountSnapshot(before);
  const template = effectNotice(decision.kind);
  const notice = template
    ? await recordNotice(tx, { account: before, decisionId: decision.id, template, channel: channelOf(decision, planned.reversed), values: planned.notice, sentAt: now })
    : null;
  const outcome: DecisionOutcome = {
    previousStatus: before.status,
    status: after.status as AccountStatus,
    previousLimit: before.creditLimit,
    creditLimit: after.creditLimit,
    previousClosureCategory: before.closureCategory,
    previousFreezeUntil: before.freezeUntilAt,
    ...planned.records,
    noticeId: notice?.id ?? null,
  };
  const effective = await updateDecision(tx, decision.id, { status: "EFFECTIVE", effectiveAt: decision.effectiveAt ?? now, outcome: outcome as unknown as Json });
  const [appeal] = decision.appealId
    ? await tx.$queryRaw<{ id: number; status: string; version: number }[]>`
        UPDATE appeal SET status = 'UPHELD', decided_at = ${now}::timestamptz, version = version + 1 WHERE id = ${decision.appealId}
        RETURNING id, status, version`
    : [null];
  const auditEvent: AuditEventInput = {
    action: "decision.effective",
    ...decisionTarget(decision),
    before: { account: accountSnapshot(before) } as unknown as Json,
    after: {
      account: after,
      decision: decisionSnapshot(effective),
      reversed: planned.reversed ? decisionSnapshot(planned.reversed) : null,
      appeal,
      notice: notice && { id: notice.id, template: notice.template, channel: notice.channel, language: notice.language },
    } as unknown as Json,
  };
  return { decision: effective, account: after, outcome, auditEvent };
}
