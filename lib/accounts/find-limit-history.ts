// An account's credit limit changes, newest first, with who made each (server-only). Keyset pages on
// credit_limit_change(account_id, changed_at): `before` is the cursor of the last change shown.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { utcIso } from "@/lib/queue/queue-sql";
import { decodeInstantCursor, encodeInstantCursor } from "./instant-cursor";

export const LIMIT_HISTORY_PAGE = 50;

export interface LimitChange {
  id: string;
  changedAt: string;
  /** Null for the account's first limit. */
  previousAmount: string | null;
  amount: string;
  /** Free text written by whoever made the change (English for the system's own changes). */
  reason: string;
  /** Null when the system made the change (opening, import, periodic review). */
  changedBy: { id: number; name: string } | null;
}

export interface LimitHistoryPage {
  changes: LimitChange[];
  /** The cursor for the older changes, null when there are none. */
  nextCursor: string | null;
}

interface Row {
  id: string;
  changed_at: string;
  previous_amount: string | null;
  amount: string;
  reason: string;
  changed_by_id: number | null;
  changed_by_name: string | null;
}

export async function findLimitHistory(options: {
  accountId: number;
  /** Cursor of the last change of the previous page; a malformed one reads the first page. */
  before?: string | null;
  /** Page size, 1..LIMIT_HISTORY_PAGE. */
  limit?: number;
}): Promise<LimitHistoryPage> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? LIMIT_HISTORY_PAGE), 1), LIMIT_HISTORY_PAGE);
  const cursor = options.before ? decodeInstantCursor(options.before) : null;
  const after = cursor
    ? Prisma.sql`AND (l.changed_at, l.id) < (${cursor.at}::timestamptz, ${cursor.id}::bigint)`
    : Prisma.empty;
  const rows = await db.$queryRaw<Row[]>`
    SELECT l.id::text AS id, ${utcIso("l.changed_at")} AS changed_at, l.previous_amount::text AS previous_amount,
      l.amount::text AS amount, l.reason, l.changed_by_id, u.name AS changed_by_name
    FROM credit_limit_change l LEFT JOIN app_user u ON u.id = l.changed_by_id
    WHERE l.account_id = ${options.accountId} ${after}
    ORDER BY l.changed_at DESC, l.id DESC LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    changes: page.map((row) => ({
      id: row.id,
      changedAt: row.changed_at,
      previousAmount: row.previous_amount,
      amount: row.amount,
      reason: row.reason,
      changedBy: row.changed_by_id === null ? null : { id: row.changed_by_id, name: row.changed_by_name ?? "" },
    })),
    nextCursor: rows.length > limit && last ? encodeInstantCursor({ at: last.changed_at, id: Number(last.id) }) : null,
  };
}
