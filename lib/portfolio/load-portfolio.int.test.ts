// The portfolio loader against a real PostgreSQL: a seed run lands whole, with exact money and one audit event;
// the sequences are moved past the new rows so the app's own inserts carry on; a second run with the same seed
// adds the same rows again under new ids (identical content, no collision), and another seed gives other rows.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl } from "@/lib/database-url";
import { db } from "@/lib/db";
import { dayFromText } from "./calendar";
import { COLUMNS, PORTFOLIO_TABLES, type PortfolioTable } from "./copy-rows";
import { generateAccount } from "./generate-account";
import { loadPortfolio, type LoadResult } from "./load-portfolio";
import { buildMerchantCatalogue } from "./merchants";
import { centsText } from "./money";
import { seedPortfolio, type SeedPortfolioResult } from "./seed-portfolio";

const ACCOUNTS = 300;
const SEED = 4_242;
const AS_OF = "2026-11-22";

/** The table each id column points at; a run's content is compared with every id taken relative to its run. */
const REFERENCES: Record<string, PortfolioTable> = {
  customer_id: "customer", account_id: "account", loan_id: "cash_loan", merchant_id: "merchant",
};

async function contentHash(run: LoadResult, table: PortfolioTable): Promise<string> {
  const fields = COLUMNS[table].map((column) => {
    const base = column === "id" ? run.bases[table] : REFERENCES[column] ? run.bases[REFERENCES[column]] : null;
    return base === null ? `coalesce(${column}::text, 'NULL')` : `(${column} - ${base})::text`;
  });
  const [row] = await db.$queryRawUnsafe<{ hash: string }[]>(
    `SELECT md5(string_agg(concat_ws(E'\\t', ${fields.join(", ")}), E'\\n' ORDER BY id)) AS hash
     FROM ${table} WHERE id > $1 AND id <= $2`,
    run.bases[table],
    run.bases[table] + run.counts[table],
  );
  return row.hash;
}

async function countInRange(table: PortfolioTable, base: number, count: number): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) AS count FROM ${table} WHERE id > $1 AND id <= $2`, base, base + count);
  return Number(row.count);
}

const runs: LoadResult[] = [];
let appInsertedCustomer: number | null = null;

beforeAll(async () => {
  runs.push(await seedPortfolio({ accounts: ACCOUNTS, seed: SEED, asOf: AS_OF, db }));
});

afterAll(async () => {
  // Other integration tests share this database: take the rows back out (the audit trail stays, append-only).
  if (appInsertedCustomer !== null) await db.customer.delete({ where: { id: appInsertedCustomer } });
  for (const run of runs) {
    for (const table of [...PORTFOLIO_TABLES].reverse()) {
      await db.$executeRawUnsafe(`DELETE FROM ${table} WHERE id > $1 AND id <= $2`, run.bases[table], run.bases[table] + run.counts[table]);
    }
  }
  await db.$disconnect();
});

describe("seedPortfolio", () => {
  it("loads every table of the run, all of it", async () => {
    const [run] = runs;
    expect(run.counts.account).toBe(ACCOUNTS);
    expect(run.counts.customer).toBe(ACCOUNTS);
    for (const table of PORTFOLIO_TABLES) {
      expect(run.counts[table], table).toBeGreaterThan(0);
      expect(await countInRange(table, run.bases[table], run.counts[table]), table).toBe(run.counts[table]);
    }
    const asOf = await db.account.findMany({ where: { id: { gt: run.bases.account } }, select: { dpdAsOf: true, source: true } });
    expect(asOf.every((account) => account.dpdAsOf?.toISOString().slice(0, 10) === AS_OF && account.source === "DEMO")).toBe(true);
  });

  it("stores money exactly as generated, to the cent", async () => {
    const [run] = runs;
    const asOfDay = dayFromText(AS_OF);
    const merchants = buildMerchantCatalogue(SEED, asOfDay);
    let expectedCents = 0;
    for (let index = 0; index < ACCOUNTS; index++) {
      for (const statement of generateAccount({ seed: SEED, asOfDay, merchants }, index).statements) expectedCents += statement.amountDueCents;
    }
    const [row] = await db.$queryRawUnsafe<{ total: string }[]>(
      "SELECT sum(amount_due)::text AS total FROM statement WHERE id > $1 AND id <= $2",
      run.bases.statement,
      run.bases.statement + run.counts.statement,
    );
    expect(row.total).toBe(centsText(expectedCents));
    const first = await db.account.findUniqueOrThrow({ where: { id: run.bases.account + 1 } });
    const generated = generateAccount({ seed: SEED, asOfDay, merchants }, 0).account;
    expect(first.creditLimit.toFixed(2)).toBe(centsText(generated.creditLimitCents));
    expect(first.outstanding.toFixed(2)).toBe(centsText(generated.outstandingCents));
  });

  it("moves the sequences past the new rows, so the app's own inserts just work", async () => {
    const run = runs[0] as SeedPortfolioResult;
    const customer = await db.customer.create({ data: { fullName: "测试", nationalId: "11010519491231002X", phone: "13800000000" } });
    appInsertedCustomer = customer.id;
    expect(customer.id).toBeGreaterThan(run.bases.customer + run.counts.customer);
  });

  it("records the run in the audit trail", async () => {
    const event = await db.auditEvent.findFirst({ where: { action: "data.seed" }, orderBy: { seq: "desc" } });
    expect(event).toMatchObject({ actorId: null, actorLabel: "system:seed", role: null });
    expect(event?.after).toMatchObject({ accounts: ACCOUNTS, seed: SEED, asOf: AS_OF, rows: { account: ACCOUNTS } });
  });

  it("adds the same rows under new ids when run again with the same seed, and other rows with another seed", async () => {
    const [first] = runs;
    const again = await seedPortfolio({ accounts: ACCOUNTS, seed: SEED, asOf: AS_OF, db });
    runs.push(again);
    // The tables are not empty any more, so this run checked each row's foreign keys as it went.
    expect(again.foreignKeys).toBe("PER_ROW");
    expect(again.counts).toEqual(first.counts);
    for (const table of PORTFOLIO_TABLES) {
      expect(again.bases[table], table).toBeGreaterThanOrEqual(first.bases[table] + first.counts[table]);
      expect(await contentHash(again, table), table).toBe(await contentHash(first, table));
    }
    const other = await seedPortfolio({ accounts: ACCOUNTS, seed: SEED + 1, asOf: AS_OF, db });
    runs.push(other);
    expect(await contentHash(other, "statement")).not.toBe(await contentHash(first, "statement"));
    expect(await contentHash(other, "customer")).not.toBe(await contentHash(first, "customer"));
  });

  it("loads the same rows when the foreign keys are checked at the end instead of row by row", async () => {
    const [first] = runs;
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      const bulk = await loadPortfolio(client, { accounts: ACCOUNTS, seed: SEED, asOfDay: dayFromText(AS_OF), foreignKeys: "AT_END" });
      runs.push(bulk);
      expect(bulk.foreignKeys).toBe("AT_END");
      for (const table of PORTFOLIO_TABLES) expect(await contentHash(bulk, table), table).toBe(await contentHash(first, table));
    } finally {
      await client.end();
    }
  });
});
