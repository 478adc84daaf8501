// The approvals screen's list (server-only): proposals waiting for a senior officer, oldest first, in keyset pages of
// 25 on decision(status, proposed_at). Each row carries what the checker weighs: the account and customer (masked),
// what is proposed and why, the proposer and their note, the evidence summary frozen at proposal, and the version
// to approve or reject against.
import "server-only";
import { decodeInstantCursor, encodeInstantCursor } from "@/lib/accounts/instant-cursor";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AccountStatus, DecisionKind } from "@/lib/generated/prisma/enums";
import { maskName } from "@/lib/queue/masking";
import { utcIso } from "@/lib/queue/queue-sql";
import { evidenceSummary, type EvidenceSummary } from "./evidence-summary";
import { panelParams, type PanelDecision } from "./get-decision-context";

export const APPROVALS_PAGE = 25;

export interface PendingApproval {
  id: number;
  version: number;
  kind: DecisionKind;
  params: PanelDecision["params"];
  reasonCodes: string[];
  note: string;
  proposer: { id: number; name: string };
  proposedAt: string;
  caseId: number | null;
  /** The decision a reversal undoes, with its kind. */
  reverses: { id: number; kind: DecisionKind } | null;
  account: { id: number; status: AccountStatus; currency: string; creditLimit: string; customer: string };
  evidence: EvidenceSummary;
}

export interface PendingApprovalsPage {
  approvals: PendingApproval[];
  /** Cursor of the page after this one, or null on the last page. */
  nextCursor: string | null;
  /** All pending proposals, for "N waiting". */
  total: number;
  /** When the page was read (epoch ms): how long each proposal has waited is counted to it. */
  readAt: number;
}

interface Row extends Omit<PendingApproval, "params" | "evidence" | "account"> {
  params: unknown;
  evidence: unknown;
  accountId: number;
  accountStatus: AccountStatus;
  currency: string;
  creditLimit: string;
  fullName: string;
}

export async function findPendingApprovals(options: {
  /** Cursor of the last proposal of the previous page; a malformed one reads the first page. */
  after?: string | null;
  /** Page size, 1..APPROVALS_PAGE. */
  limit?: number;
} = {}): Promise<PendingApprovalsPage> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? APPROVALS_PAGE), 1), APPROVALS_PAGE);
  const cursor = options.after ? decodeInstantCursor(options.after) : null;
  const after = cursor ? Prisma.sql`AND (d.proposed_at, d.id) > (${cursor.at}::timestamptz, ${cursor.id}::int)` : Prisma.empty;
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT d.id, d.version, d.kind, d.params, d.reason_codes AS "reasonCodes", d.note, d.case_id AS "caseId",
        json_build_object('id', p.id, 'name', p.name) AS proposer, ${utcIso("d.proposed_at")} AS "proposedAt",
        CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object('id', r.id, 'kind', r.kind) END AS reverses,
        d.evidence, a.id AS "accountId", a.status AS "accountStatus", trim(a.currency) AS currency,
        a.credit_limit::text AS "creditLimit", cu.full_name AS "fullName"
      FROM decision d
      JOIN app_user p ON p.id = d.proposer_id
      JOIN account a ON a.id = d.account_id
      JOIN customer cu ON cu.id = a.customer_id
      LEFT JOIN decision r ON r.id = d.reverses_decision_id
      WHERE d.status = 'PROPOSED' ${after}
      ORDER BY d.proposed_at, d.id LIMIT ${limit + 1}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM decision WHERE status = 'PROPOSED'`,
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    approvals: page.map(({ accountId, accountStatus, currency, creditLimit, fullName, params, evidence, ...row }) => ({
      ...row,
      params: panelParams(params),
      account: { id: accountId, status: accountStatus, currency, creditLimit, customer: maskName(fullName) },
      evidence: evidenceSummary(evidence),
    })),
    nextCursor: rows.length > limit && last ? encodeInstantCursor({ at: last.proposedAt, id: last.id }) : null,
    total: count.total,
    readAt: Date.now(),
  };
}
