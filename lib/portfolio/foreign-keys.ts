// Foreign keys during a bulk load into empty tables. Checked row by row, they cost more than half of the
// database's time (measured: 0.50 ms of backend CPU per account with them, 0.24 without). So a load into empty
// tables takes them off inside its transaction and puts them back, verbatim from the catalogue, before it commits:
// PostgreSQL then checks every row in one set-based pass, and any failure rolls everything back, the removal too.
// Loads into tables that already hold rows keep the per-row checks: re-validating whole tables would cost more,
// and taking a key off locks the table (and the one it references) against readers until commit.
import "server-only";
import type { ClientBase } from "pg";

interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

const quoteName = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** True when none of the tables has a row: the only case where taking the keys off pays. */
export async function tablesAreEmpty(client: ClientBase, tables: readonly string[]): Promise<boolean> {
  const { rows } = await client.query<{ empty: boolean }>(
    `SELECT ${tables.map((table) => `NOT EXISTS (SELECT 1 FROM ${table})`).join(" AND ")} AS empty`,
  );
  return rows[0].empty;
}

/** Runs `load` with the foreign keys declared on `tables` taken off; they are back (and checked) when it returns. */
export async function withForeignKeysCheckedAtEnd<T>(client: ClientBase, tables: readonly string[], load: () => Promise<T>): Promise<T> {
  const { rows: keys } = await client.query<ForeignKey>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
     FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::regclass[]) ORDER BY conrelid::regclass::text, conname`,
    [tables],
  );
  for (const key of keys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${quoteName(key.name)}`);
  const result = await load();
  for (const key of keys) await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${quoteName(key.name)} ${key.definition}`);
  return result;
}
