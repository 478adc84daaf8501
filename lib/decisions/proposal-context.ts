// What a proposal decides on besides the account, read in one statement once the account is locked (so it sees
// whatever the mutation before it committed): the decision an earlier submission of the same form wrote (the
// idempotency key), the account's open case (locked: ./locks.ts's order, account then case), the pending proposal
// of the same kind if there is one, and the open flags the evidence snapshot freezes.
import "server-only";
import type { Tx } from "@/lib/db";
import type { DecisionKind } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { openFlagsJson, type EvidenceSnapshot } from "./evidence-snapshot";
import type { CaseFacts } from "./state-machine";

export interface ProposalContext {
  /** The decision already written under this idempotency key, if any. */
  replayId: number | null;
  openCase: CaseFacts | null;
  /** The account's PROPOSED decision of the kind (asked only for proposals): its id, proposer's name and day. */
  pending: { id: number; name: string; day: string } | null;
  flags: EvidenceSnapshot["flags"];
}

export async function proposalContext(tx: Tx, input: { accountId: number; kind: DecisionKind; idempotencyKey: string; askPending: boolean }): Promise<ProposalContext> {
  const { accountId, kind } = input;
  const pending = input.askPending
    ? Prisma.sql`(
        SELECT json_build_object('id', d.id, 'name', u.name, 'day', to_char(d.proposed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'))
        FROM decision d JOIN app_user u ON u.id = d.proposer_id
        WHERE d.account_id = ${accountId} AND d.kind = ${kind}::"DecisionKind" AND d.status = 'PROPOSED')`
    : Prisma.sql`NULL::json`;
  const [context] = await tx.$queryRaw<ProposalContext[]>`
    WITH open_case AS (
      SELECT c.id, c.status, c.version, c.assignee_id AS "assigneeId",
        (SELECT u.name FROM app_user u WHERE u.id = c.assignee_id) AS "assigneeName"
      FROM review_case c WHERE c.account_id = ${accountId} AND c.status <> 'CLOSED' FOR UPDATE OF c)
    SELECT (SELECT id FROM decision WHERE idempotency_key = ${input.idempotencyKey}) AS "replayId",
      (SELECT row_to_json(o) FROM open_case o) AS "openCase",
      ${pending} AS pending,
      ${openFlagsJson(accountId)} AS flags`;
  return context;
}
