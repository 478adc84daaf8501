// The account's repayments, newest first, a keyset page at a time (server-only), read through
// repayment(account_id, paid_at) with the same (instant, id) boundary as the purchases.
import "server-only";
import { db } from "@/lib/db";
import type { Channel } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { olderThan, pageLimit, type KeysetPage } from "./find-purchases";
import { encodeInstantCursor } from "./instant-cursor";

export const REPAYMENT_PAGE_SIZE = 50;

export interface AccountRepayment {
  id: string;
  /** Decimal string. */
  amount: string;
  /** UTC ISO instant. */
  paidAt: string;
  channel: Channel;
}

export interface FindRepaymentsOptions {
  accountId: number;
  /** A cursor from a previous page; a malformed one reads from the newest. */
  before?: string;
  /** Rows per page, 1..50. */
  limit?: number;
}

/** null when the account does not exist. */
export async function findRepayments({ accountId, before, limit }: FindRepaymentsOptions): Promise<KeysetPage<AccountRepayment> | null> {
  const size = pageLimit(limit, REPAYMENT_PAGE_SIZE);
  const [accounts, rows] = await Promise.all([
    db.$queryRaw<{ id: number }[]>`SELECT id FROM account WHERE id = ${accountId}`,
    db.$queryRaw<{ id: string; amount: string; paid_at: Date; channel: Channel }[]>`
      SELECT id::text AS id, amount::text AS amount, paid_at, channel::text AS channel
      FROM repayment
      WHERE account_id = ${accountId} ${olderThan(before, Prisma.sql`paid_at`, Prisma.sql`id`)}
      ORDER BY paid_at DESC, id DESC
      LIMIT ${size + 1}`,
  ]);
  if (accounts.length === 0) return null;
  const page = rows.slice(0, size);
  const last = page[page.length - 1];
  return {
    rows: page.map((row) => ({ id: row.id, amount: row.amount, paidAt: row.paid_at.toISOString(), channel: row.channel })),
    nextCursor: rows.length > size ? encodeInstantCursor({ at: last.paid_at.toISOString(), id: Number(last.id) }) : null,
  };
}
