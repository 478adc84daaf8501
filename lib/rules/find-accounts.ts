// Walks the accounts to evaluate in id order, a batch at a time (server-only): keyset pagination on the primary key,
// so memory stays flat and each batch costs the same however far into the portfolio it is.
import "server-only";
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DataSource } from "@/lib/generated/prisma/enums";

/** Which accounts to evaluate; all of them when empty. */
export interface AccountScope {
  source?: DataSource;
  fromAccountId?: number;
  toAccountId?: number;
}

export interface BatchAccount {
  id: number;
  /** The date the rules evaluate the account as of. */
  asOf: string;
  currentDpd: number;
  dpdAsOf: string | null;
  creditLimit: string;
}

function scopeConditions(scope: AccountScope): Prisma.Sql[] {
  return [
    ...(scope.source ? [Prisma.sql`source = ${scope.source}::"DataSource"`] : []),
    ...(scope.fromAccountId !== undefined ? [Prisma.sql`id >= ${scope.fromAccountId}`] : []),
    ...(scope.toAccountId !== undefined ? [Prisma.sql`id <= ${scope.toAccountId}`] : []),
  ];
}

const where = (conditions: Prisma.Sql[]) =>
  conditions.length === 0 ? Prisma.empty : Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;

/**
 * The next accounts after `afterId`. Each is evaluated as of `asOf` when given, else its dpd_as_of (the date its
 * current DPD is as of), else `today`.
 */
export async function findAccountBatch(
  reader: Db | Tx,
  options: { afterId: number; limit: number; scope: AccountScope; asOf: string | null; today: string },
): Promise<BatchAccount[]> {
  return reader.$queryRaw<BatchAccount[]>`
    SELECT id, current_dpd AS "currentDpd", dpd_as_of::text AS "dpdAsOf", credit_limit::text AS "creditLimit",
      COALESCE(${options.asOf}::date, dpd_as_of, ${options.today}::date)::text AS "asOf"
    FROM account ${where([Prisma.sql`id > ${options.afterId}`, ...scopeConditions(options.scope)])}
    ORDER BY id LIMIT ${options.limit}`;
}

export async function countAccounts(reader: Db | Tx, scope: AccountScope): Promise<number> {
  const [row] = await reader.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM account ${where(scopeConditions(scope))}`;
  return row.n;
}
