// The book's metrics (balances, buckets, roll rates, vintages, utilisation) against a small hand-made portfolio on a
// private database of its own (created from the migrations, dropped afterwards), so every aggregate is exact:
//   A1 CN-BJ credit line, opened 2024-12-10, limit 1000: Jan 100 @0 DPD, Feb 200 @15, Mar 300 @45
//   A2 CN-BJ credit line + cash loan, opened 2024-12-20, limit 2000: Jan 500 @0, Feb 400 @0, no March statement
//   A3 CN-SH credit line, opened 2025-01-05, limit 1000 cut to 500 on 2025-03-01: Feb 950 @95, Mar 600 @125
//   A4 CN-SH cash loan only, no statements
// Last, the demo seed is loaded on top (twice) to check that its call keeps the tables equal to a rebuild.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, UTC_SESSION } from "@/lib/database-url";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedPortfolio } from "@/lib/portfolio/seed-portfolio";
import { prepareDatabase, siblingDatabaseUrl } from "@/scripts/prepare-database";
import { findBalancesByMonth } from "./find-balances-by-month";
import { findBucketsByMonth } from "./find-buckets-by-month";
import { findRollRates } from "./find-roll-rates";
import { findUtilisation } from "./find-utilisation";
import { findVintageCurves } from "./find-vintage-curves";
import { addToPortfolioSummaries, rebuildPortfolioSummaries, SUMMARY_TABLES } from "./portfolio-summaries";

const DATABASE = `riskops_book_metrics_${process.pid}`;
const url = siblingDatabaseUrl(databaseUrl(), DATABASE);
let client: pg.Client;
let prisma: PrismaClient<never, { user: { passwordHash: true } }>;
const ids: number[] = [];

type Stmt = [cycle: string, amountDue: number, dpd: number];
async function account(region: string, opened: string, limit: number, products: { line: boolean; loan: boolean }, statements: Stmt[]) {
  const { rows: [customer] } = await client.query<{ id: number }>(
    "INSERT INTO customer (full_name, national_id, phone) VALUES ('Test', '110101199001011234', '13800000000') RETURNING id",
  );
  const { rows: [row] } = await client.query<{ id: number }>(
    `INSERT INTO account (customer_id, opened_at, region, credit_limit, has_credit_line, has_cash_loan)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [customer.id, opened, region, limit, products.line, products.loan],
  );
  for (const [cycle, amountDue, dpd] of statements) {
    await client.query(
      `INSERT INTO statement (account_id, cycle_date, due_date, amount_due, minimum_due, dpd)
       VALUES ($1, $2::date, $2::date + 20, $3, 0, $4)`,
      [row.id, cycle, amountDue, dpd],
    );
  }
  ids.push(row.id);
  return row.id;
}

async function summaryContents() {
  const contents: Record<string, unknown[]> = {};
  for (const table of SUMMARY_TABLES) contents[table] = (await client.query(`SELECT * FROM ${table} t ORDER BY t::text`)).rows;
  return contents;
}

beforeAll(async () => {
  await prepareDatabase(url, { fresh: true });
  client = new pg.Client({ connectionString: url, options: UTC_SESSION });
  await client.connect();
  prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, options: UTC_SESSION }), omit: { user: { passwordHash: true } } });
  const line = { line: true, loan: false };
  await account("CN-BJ", "2024-12-10", 1000, line, [["2025-01-15", 100, 0], ["2025-02-15", 200, 15], ["2025-03-15", 300, 45]]);
  await account("CN-BJ", "2024-12-20", 2000, { line: true, loan: true }, [["2025-01-15", 500, 0], ["2025-02-15", 400, 0]]);
  const a3 = await account("CN-SH", "2025-01-05", 1000, line, [["2025-02-15", 950, 95], ["2025-03-15", 600, 125]]);
  await client.query(
    `INSERT INTO credit_limit_change (account_id, amount, previous_amount, reason, changed_at)
     VALUES ($1, 1000, NULL, 'opening', '2025-01-05'), ($1, 500, 1000, 'decrease', '2025-03-01')`,
    [a3],
  );
  await account("CN-SH", "2024-12-01", 0, { line: false, loan: true }, []);
  // Incrementally, in two loads as the ingest would: a list of ids, then an id range.
  await client.query("BEGIN");
  await addToPortfolioSummaries(client, [ids[0], ids[1]]);
  await addToPortfolioSummaries(client, { minId: ids[2], maxId: ids[3] });
  await client.query("COMMIT");
});

afterAll(async () => {
  await prisma?.$disconnect();
  await client?.end();
  const admin = new pg.Client({ connectionString: siblingDatabaseUrl(databaseUrl(), "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.end();
});

describe("summary maintenance", () => {
  it("adding accounts load by load gives the same tables as a rebuild from scratch", async () => {
    const incremental = await summaryContents();
    await rebuildPortfolioSummaries(client);
    expect(await summaryContents()).toEqual(incremental);
    expect(incremental.portfolio_month_bucket.length).toBeGreaterThan(0);
  });
});

describe("findBalancesByMonth", () => {
  it("sums the statements cut each month; overdue is DPD > 0", async () => {
    expect(await findBalancesByMonth({ client: prisma })).toEqual([
      { month: "2025-01", currency: "CNY", accounts: 2, outstanding: "600.00", overdue: "0.00", overdueRatio: 0 },
      { month: "2025-02", currency: "CNY", accounts: 3, outstanding: "1550.00", overdue: "1150.00", overdueRatio: 1150 / 1550 },
      { month: "2025-03", currency: "CNY", accounts: 2, outstanding: "900.00", overdue: "900.00", overdueRatio: 1 },
    ]);
  });

  it("filters by region, product and period", async () => {
    expect(await findBalancesByMonth({ client: prisma, filters: { region: "CN-BJ", from: "2025-02", to: "2025-02" } })).toEqual([
      { month: "2025-02", currency: "CNY", accounts: 2, outstanding: "600.00", overdue: "200.00", overdueRatio: 200 / 600 },
    ]);
    const loans = await findBalancesByMonth({ client: prisma, filters: { product: "CASH_LOAN" } });
    expect(loans.map((row) => [row.month, row.outstanding])).toEqual([["2025-01", "500.00"], ["2025-02", "400.00"]]);
  });

  it("rejects invalid filters", async () => {
    await expect(findBalancesByMonth({ client: prisma, filters: { from: "2025-03", to: "2025-01" } })).rejects.toThrow(/from must not be after to/);
  });
});

describe("findBucketsByMonth", () => {
  it("gives every bucket every month, as accounts, balances and shares", async () => {
    const february = (await findBucketsByMonth({ client: prisma, filters: { from: "2025-02", to: "2025-02" } })).map(
      ({ bucket, accounts, balance, accountShare, balanceShare }) => [bucket, accounts, balance, accountShare, balanceShare],
    );
    expect(february).toEqual([
      ["CURRENT", 1, "400.00", 1 / 3, 400 / 1550],
      ["M1", 1, "200.00", 1 / 3, 200 / 1550],
      ["M2", 0, "0.00", 0, 0],
      ["M3", 0, "0.00", 0, 0],
      ["M4_PLUS", 1, "950.00", 1 / 3, 950 / 1550],
    ]);
    expect((await findBucketsByMonth({ client: prisma })).length).toBe(15);
  });
});

describe("findRollRates", () => {
  it("moves balances of accounts with statements in both months; each row sums to 1", async () => {
    const rows = await findRollRates({ client: prisma });
    const cell = (from: string, bucketFrom: string, bucketTo: string) =>
      rows.find((row) => row.monthFrom === from && row.bucketFrom === bucketFrom && row.bucketTo === bucketTo);
    expect(new Set(rows.map((row) => row.monthFrom))).toEqual(new Set(["2025-01", "2025-02"]));
    expect(cell("2025-01", "CURRENT", "CURRENT")).toMatchObject({ monthTo: "2025-02", accounts: 1, balance: "500.00", share: 500 / 600 });
    expect(cell("2025-01", "CURRENT", "M1")).toMatchObject({ accounts: 1, balance: "100.00", share: 100 / 600, accountShare: 0.5 });
    // A2 has no March statement and A3 no January one: neither enters a matrix it cannot finish.
    expect(cell("2025-02", "CURRENT", "CURRENT")).toMatchObject({ accounts: 0, share: 0 });
    expect(cell("2025-02", "M1", "M2")).toMatchObject({ accounts: 1, balance: "200.00", share: 1 });
    expect(cell("2025-02", "M4_PLUS", "M4_PLUS")).toMatchObject({ accounts: 1, balance: "950.00", share: 1 });
    expect(rows.length).toBe(2 * 25);
  });

  it("keeps both months of a matrix inside the period", async () => {
    const rows = await findRollRates({ client: prisma, filters: { from: "2025-01", to: "2025-02" } });
    expect(new Set(rows.map((row) => row.monthFrom))).toEqual(new Set(["2025-01"]));
  });
});

describe("findVintageCurves", () => {
  it("counts accounts ever at 30+ / 90+ DPD by months on book, among those with a statement at that MOB", async () => {
    expect(await findVintageCurves({ client: prisma })).toEqual([
      { vintage: "2024-12", mob: 1, accounts: 2, ever30: 0, ever90: 0, ever30Share: 0, ever90Share: 0 },
      { vintage: "2024-12", mob: 2, accounts: 2, ever30: 0, ever90: 0, ever30Share: 0, ever90Share: 0 },
      { vintage: "2024-12", mob: 3, accounts: 1, ever30: 1, ever90: 0, ever30Share: 1, ever90Share: 0 },
      { vintage: "2025-01", mob: 1, accounts: 1, ever30: 1, ever90: 1, ever30Share: 1, ever90Share: 1 },
      { vintage: "2025-01", mob: 2, accounts: 1, ever30: 1, ever90: 1, ever30Share: 1, ever90Share: 1 },
    ]);
    const december = await findVintageCurves({ client: prisma, filters: { to: "2024-12" } });
    expect(december.map((row) => row.vintage)).toEqual(["2024-12", "2024-12", "2024-12"]);
  });
});

describe("findUtilisation", () => {
  it("bands the latest month's balances by the limit in force at the cycle date", async () => {
    const latest = await findUtilisation({ client: prisma });
    expect(latest).toHaveLength(11);
    expect(latest.filter((row) => row.accounts > 0)).toEqual([
      { month: "2025-03", band: "30-40%", accounts: 1, share: 0.5 },
      { month: "2025-03", band: ">100%", accounts: 1, share: 0.5 }, // 600 on the 500 limit of 2025-03-01
    ]);
    const february = await findUtilisation({ client: prisma, filters: { to: "2025-02" } });
    expect(february.filter((row) => row.accounts > 0).map((row) => [row.band, row.accounts])).toEqual([
      ["20-30%", 2],
      ["90-100%", 1], // 950 on the 1000 limit in force then
    ]);
    expect(await findUtilisation({ client: prisma, filters: { to: "2024-06" } })).toEqual([]);
  });
});

describe("the demo seed's load", () => {
  it("keeps the summaries equal to a rebuild, load after load", async () => {
    for (const seed of [1, 2]) await seedPortfolio({ accounts: 300, seed, asOf: "2025-06-30", db: prisma, connectionString: url });
    const incremental = await summaryContents();
    expect(incremental.portfolio_vintage.length).toBeGreaterThan(5);
    await rebuildPortfolioSummaries(client);
    expect(await summaryContents()).toEqual(incremental);
  });
});
