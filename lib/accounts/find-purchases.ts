// The account's purchases on the credit line, newest first, a keyset page at a time (server-only): with the merchant
// (name, category, whether it is watch-listed) so an officer can judge cash-out evidence. Read through
// purchase(account_id, occurred_at); the boundary is (occurred_at, id) so equal instants neither repeat nor vanish.
import "server-only";
import { db } from "@/lib/db";
import type { Channel } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeInstantCursor, encodeInstantCursor } from "./instant-cursor";

export const PURCHASE_PAGE_SIZE = 100;

export interface AccountPurchase {
  /** The purchase id as text (a bigint key), the key of `highlighted`. */
  id: string;
  /** Decimal string. */
  amount: string;
  category: string;
  channel: Channel;
  /** UTC ISO instant. */
  occurredAt: string;
  merchant: { id: number; name: string; category: string; watchListed: boolean };
}

export interface KeysetPage<Row> {
  rows: Row[];
  /** Pass as `before` for the next older page; null when this is the oldest. */
  nextCursor: string | null;
}

export interface FindPurchasesOptions {
  accountId: number;
  /** A cursor from a previous page; a malformed one reads from the newest. */
  before?: string;
  /** Rows per page, 1..100. */
  limit?: number;
}

interface PurchaseRow {
  id: string;
  amount: string;
  category: string;
  channel: Channel;
  occurred_at: Date;
  merchant_id: number;
  merchant_name: string;
  merchant_category: string;
  watch_listed: boolean;
}

/** The boundary condition "older than the cursor" on (time column, id), or nothing for the first page. */
export function olderThan(cursorText: string | undefined, time: Prisma.Sql, id: Prisma.Sql): Prisma.Sql {
  const cursor = cursorText ? decodeInstantCursor(cursorText) : null;
  if (!cursor) return Prisma.empty;
  // The first bound lets the (account_id, time) index start at the cursor; the row comparison breaks ties.
  return Prisma.sql`AND ${time} <= ${cursor.at}::timestamptz AND (${time}, ${id}) < (${cursor.at}::timestamptz, ${cursor.id}::bigint)`;
}

export const pageLimit = (limit: number | undefined, max: number) => Math.min(Math.max(Math.trunc(limit ?? max), 1), max);

/** null when the account does not exist. */
export async function findPurchases({ accountId, before, limit }: FindPurchasesOptions): Promise<KeysetPage<AccountPurchase> | null> {
  const size = pageLimit(limit, PURCHASE_PAGE_SIZE);
  const [accounts, rows] = await Promise.all([
    db.$queryRaw<{ id: number }[]>`SELECT id FROM account WHERE id = ${accountId}`,
    db.$queryRaw<PurchaseRow[]>`
      SELECT p.id::text AS id, p.amount::text AS amount, p.category, p.channel::text AS channel, p.occurred_at,
        m.id AS merchant_id, m.name AS merchant_name, m.category AS merchant_category, m.watch_listed
      FROM purchase p JOIN merchant m ON m.id = p.merchant_id
      WHERE p.account_id = ${accountId} ${olderThan(before, Prisma.sql`p.occurred_at`, Prisma.sql`p.id`)}
      ORDER BY p.occurred_at DESC, p.id DESC
      LIMIT ${size + 1}`,
  ]);
  if (accounts.length === 0) return null;
  const page = rows.slice(0, size);
  const last = page[page.length - 1];
  return {
    rows: page.map((row) => ({
      id: row.id,
      amount: row.amount,
      category: row.category,
      channel: row.channel,
      occurredAt: row.occurred_at.toISOString(),
      merchant: { id: row.merchant_id, name: row.merchant_name, category: row.merchant_category, watchListed: row.watch_listed },
    })),
    nextCursor: rows.length > size ? encodeInstantCursor({ at: last.occurred_at.toISOString(), id: Number(last.id) }) : null,
  };
}
