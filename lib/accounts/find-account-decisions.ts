// An account's decisions, newest proposal first (server-only): what was decided, why, by whom and when, and how
// decisions reverse one another. Keyset pages on decision(account_id, proposed_at); the reversals of a page's
// decisions are read in the same query, through the same index (a reversal belongs to the same account).
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClosureCategory, DecisionKind, DecisionStatus } from "@/lib/generated/prisma/enums";
import { utcIso } from "@/lib/queue/queue-sql";
import { decodeInstantCursor, encodeInstantCursor } from "./instant-cursor";

export const DECISIONS_PAGE = 50;

/** The kind-specific parameters the page knows how to show; other keys of decision.params are not shown. */
export interface DecisionParams {
  /** REDUCE_LIMIT: the new limit. */
  newLimit?: string;
  /** FREEZE: until when, ISO instant or "YYYY-MM-DD". */
  freezeUntil?: string;
  /** CLOSE: the closure category. */
  closureCategory?: ClosureCategory;
}

export interface AccountDecision {
  id: number;
  caseId: number | null;
  kind: DecisionKind;
  status: DecisionStatus;
  params: DecisionParams;
  reasonCodes: string[];
  note: string;
  proposer: { id: number; name: string };
  approver: { id: number; name: string } | null;
  proposedAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
  effectiveAt: string | null;
  /** The decision this one reverses. */
  reversesDecisionId: number | null;
  /** The decisions that reverse this one, oldest first. */
  reversedByIds: number[];
}

export interface DecisionsPage {
  decisions: AccountDecision[];
  nextCursor: string | null;
}

type Row = Omit<AccountDecision, "params"> & { params: unknown };

const CLOSURE_CATEGORIES: readonly string[] = ["SEVERE_OVERDUE", "ILLEGAL_USE", "OTHER"] satisfies ClosureCategory[];

/** Only well-typed values of the known keys, so a malformed row cannot break the page. */
export function decisionParams(json: unknown): DecisionParams {
  const raw = (json && typeof json === "object" ? json : {}) as Record<string, unknown>;
  const params: DecisionParams = {};
  if (typeof raw.newLimit === "string" && /^\d+(\.\d{1,2})?$/.test(raw.newLimit)) params.newLimit = raw.newLimit;
  if (typeof raw.freezeUntil === "string" && !Number.isNaN(Date.parse(raw.freezeUntil))) params.freezeUntil = raw.freezeUntil;
  if (typeof raw.closureCategory === "string" && CLOSURE_CATEGORIES.includes(raw.closureCategory)) {
    params.closureCategory = raw.closureCategory as ClosureCategory;
  }
  return params;
}

export async function findAccountDecisions(options: {
  accountId: number;
  /** Cursor of the last decision of the previous page; a malformed one reads the first page. */
  before?: string | null;
  /** Page size, 1..DECISIONS_PAGE. */
  limit?: number;
}): Promise<DecisionsPage> {
  const { accountId } = options;
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? DECISIONS_PAGE), 1), DECISIONS_PAGE);
  const cursor = options.before ? decodeInstantCursor(options.before) : null;
  const after = cursor ? Prisma.sql`AND (d.proposed_at, d.id) < (${cursor.at}::timestamptz, ${cursor.id}::int)` : Prisma.empty;
  const rows = await db.$queryRaw<Row[]>`
    SELECT d.id, d.case_id AS "caseId", d.kind, d.status, d.params, d.reason_codes AS "reasonCodes", d.note,
      json_build_object('id', p.id, 'name', p.name) AS proposer,
      CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('id', a.id, 'name', a.name) END AS approver,
      ${utcIso("d.proposed_at")} AS "proposedAt", ${utcIso("d.decided_at")} AS "decidedAt", d.decision_note AS "decisionNote",
      ${utcIso("d.effective_at")} AS "effectiveAt", d.reverses_decision_id AS "reversesDecisionId",
      coalesce((SELECT array_agg(r.id ORDER BY r.proposed_at, r.id) FROM decision r
                WHERE r.account_id = d.account_id AND r.reverses_decision_id = d.id), '{}') AS "reversedByIds"
    FROM decision d
    JOIN app_user p ON p.id = d.proposer_id
    LEFT JOIN app_user a ON a.id = d.approver_id
    WHERE d.account_id = ${accountId} ${after}
    ORDER BY d.proposed_at DESC, d.id DESC LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    decisions: page.map((row) => ({ ...row, params: decisionParams(row.params) })),
    nextCursor: rows.length > limit && last ? encodeInstantCursor({ at: last.proposedAt, id: last.id }) : null,
  };
}
