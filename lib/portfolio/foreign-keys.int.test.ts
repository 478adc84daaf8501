// Taking the foreign keys off for a bulk load is only safe if they always come back: checked when the load
// succeeds, and restored by the rollback when any row breaks them.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl } from "@/lib/database-url";
import { PORTFOLIO_TABLES } from "./copy-rows";
import { withForeignKeysCheckedAtEnd } from "./foreign-keys";

const client = new pg.Client({ connectionString: databaseUrl() });

async function foreignKeys(): Promise<string[]> {
  const { rows } = await client.query<{ key: string }>(
    `SELECT conrelid::regclass::text || '.' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated AS key
     FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::regclass[]) ORDER BY 1`,
    [PORTFOLIO_TABLES],
  );
  return rows.map((row) => row.key);
}

beforeAll(() => client.connect());
afterAll(() => client.end());

describe("withForeignKeysCheckedAtEnd", () => {
  it("puts back every foreign key exactly as it was, validated", async () => {
    const before = await foreignKeys();
    expect(before.length).toBeGreaterThanOrEqual(10);
    await client.query("BEGIN");
    const during = await withForeignKeysCheckedAtEnd(client, PORTFOLIO_TABLES, () => foreignKeys());
    await client.query("COMMIT");
    expect(during).toEqual([]);
    expect(await foreignKeys()).toEqual(before);
  });

  it("refuses a row that breaks a key, and the rollback restores the keys", async () => {
    const before = await foreignKeys();
    await client.query("BEGIN");
    const load = withForeignKeysCheckedAtEnd(client, PORTFOLIO_TABLES, async () => {
      await client.query("INSERT INTO credit_score (account_id, score, scored_at) VALUES (-1, 600, now())");
    });
    await expect(load).rejects.toThrow(/violates foreign key constraint/);
    await client.query("ROLLBACK");
    expect(await foreignKeys()).toEqual(before);
    const { rows } = await client.query("SELECT 1 FROM credit_score WHERE account_id = -1");
    expect(rows).toHaveLength(0);
  });
});
