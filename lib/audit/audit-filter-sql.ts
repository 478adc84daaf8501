// The SQL of an audit filter (./audit-filter.ts): the WHERE condition over audit_event, every value a parameter,
// each condition shaped for an index: occurred_at, actor_label, (action, seq) for exact actions and constant
// prefixes, (account_id|case_id|decision_id, seq), and the trigram index on note for the free-text search
// (migration audit_compliance).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { actionMatch, escapeLike, type AuditFilter } from "./audit-filter";

/**
 * The WHERE condition (without the keyword) of a filter over audit_event; `alias` qualifies the columns
 * ("e" gives e.seq ...). An empty filter is `true`.
 */
export function auditFilterSql(filter: AuditFilter, alias?: string): Prisma.Sql {
  const col = (name: string) => Prisma.raw(alias ? `${alias}.${name}` : name);
  const parts: Prisma.Sql[] = [];
  if (filter.from) parts.push(Prisma.sql`${col("occurred_at")} >= ${filter.from}::timestamptz`);
  if (filter.to) parts.push(Prisma.sql`${col("occurred_at")} < ${filter.to}::timestamptz`);
  if (filter.actor) {
    // Emails are stored lower-case; "system:<job>" labels are matched as written.
    const actor = filter.actor.includes("@") ? filter.actor.toLowerCase() : filter.actor;
    parts.push(Prisma.sql`${col("actor_label")} = ${actor}`);
  }
  if (filter.role) parts.push(Prisma.sql`${col("role")} = ${filter.role}`);
  if (filter.action) {
    const match = actionMatch(filter.action);
    // A LIKE with a constant prefix uses the (action, seq) btree under the C collation the database is created with.
    parts.push(
      "exact" in match
        ? Prisma.sql`${col("action")} = ${match.exact}`
        : Prisma.sql`${col("action")} LIKE ${`${escapeLike(match.prefix)}%`}`,
    );
  }
  if (filter.accountId !== undefined) parts.push(Prisma.sql`${col("account_id")} = ${filter.accountId}`);
  if (filter.caseId !== undefined) parts.push(Prisma.sql`${col("case_id")} = ${filter.caseId}`);
  if (filter.decisionId !== undefined) parts.push(Prisma.sql`${col("decision_id")} = ${filter.decisionId}`);
  // The trigram index on note (migration audit_compliance) serves ILIKE '%text%'.
  if (filter.q) parts.push(Prisma.sql`${col("note")} ILIKE ${`%${escapeLike(filter.q)}%`}`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`true`;
}
