// The portfolio page's own data paths (issue 7) on a private database (created from the migrations, dropped
// afterwards): the CSV route (refusals, validation, exact figures, no stack traces), the drill-down account list
// (exactly the accounts a bucket bar or roll-rate cell counts) and the filters' extent. A small hand-made book:
//   A1 CN-BJ credit line: Jan 100 @0 DPD, Feb 200 @15, Mar 300 @45
//   A2 CN-BJ credit line + cash loan: Jan 500 @0, Feb 400 @0
//   A3 CN-SH credit line: Feb 950 @95, Mar 600 @125
// Limits 1000, changed: A1 to 250 on 15 Feb, to 400 at 23:00 on 31 Mar (in force that cycle day), to 50 on 1 Apr
// (not); A3 to 500 on 1 Mar. Utilisation: A1 Jan 10-20%, Feb 80-90%, Mar 70-80%; A2 Jan 50-60%, Feb 40-50%;
// A3 Feb 90-100%, Mar >100%.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, UTC_SESSION } from "@/lib/database-url";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { prepareDatabase, siblingDatabaseUrl } from "@/scripts/prepare-database";
import { handlePortfolioCsv } from "./csv-route";
import { findBalancesByMonth } from "./find-balances-by-month";
import { findBandAccounts } from "./find-band-accounts";
import { findBookExtent } from "./find-book-extent";
import { findBucketAccounts } from "./find-bucket-accounts";
import { findBucketsByMonth } from "./find-buckets-by-month";
import { findUtilisation } from "./find-utilisation";
import { addToPortfolioSummaries } from "./portfolio-summaries";
import type { MetricsClient } from "./summary-where";

const DATABASE = `riskops_portfolio_drill_${process.pid}`;
const url = siblingDatabaseUrl(databaseUrl(), DATABASE);
let client: pg.Client;
let prisma: PrismaClient<never, { user: { passwordHash: true } }>;
const ids: number[] = [];

type Stmt = [cycle: string, amountDue: number, dpd: number];
async function account(region: string, products: { line: boolean; loan: boolean }, statements: Stmt[]) {
  const { rows: [customer] } = await client.query<{ id: number }>(
    "INSERT INTO customer (full_name, national_id, phone) VALUES ('Test', '110101199001011234', '13800000000') RETURNING id",
  );
  const { rows: [row] } = await client.query<{ id: number }>(
    `INSERT INTO account (customer_id, opened_at, region, credit_limit, has_credit_line, has_cash_loan)
     VALUES ($1, '2024-12-01', $2, 1000, $3, $4) RETURNING id`,
    [customer.id, region, products.line, products.loan],
  );
  for (const [cycle, amountDue, dpd] of statements) {
    await client.query(
      `INSERT INTO statement (account_id, cycle_date, due_date, amount_due, minimum_due, dpd) VALUES ($1, $2::date, $2::date + 20, $3, 0, $4)`,
      [row.id, cycle, amountDue, dpd],
    );
  }
  ids.push(row.id);
}

beforeAll(async () => {
  await prepareDatabase(url, { fresh: true });
  client = new pg.Client({ connectionString: url, options: UTC_SESSION });
  await client.connect();
  prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, options: UTC_SESSION }), omit: { user: { passwordHash: true } } });
  await account("CN-BJ", { line: true, loan: false }, [["2025-01-31", 100, 0], ["2025-02-28", 200, 15], ["2025-03-31", 300, 45]]);
  await account("CN-BJ", { line: true, loan: true }, [["2025-01-31", 500, 0], ["2025-02-28", 400, 0]]);
  await account("CN-SH", { line: true, loan: false }, [["2025-02-28", 950, 95], ["2025-03-31", 600, 125]]);
  for (const [index, amount, at] of [[0, 250, "2025-02-15T10:00:00Z"], [0, 400, "2025-03-31T23:00:00Z"], [0, 50, "2025-04-01T00:00:00Z"], [2, 500, "2025-03-01T00:00:00Z"]] as const) {
    await client.query(`INSERT INTO credit_limit_change (account_id, amount, reason, changed_at) VALUES ($1, $2, 'test', $3::timestamptz)`, [ids[index], amount, at]);
  }
  await addToPortfolioSummaries(client, "ALL");
});

afterAll(async () => {
  await prisma?.$disconnect();
  await client?.end();
  const admin = new pg.Client({ connectionString: siblingDatabaseUrl(databaseUrl(), "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.end();
});

const asUser = (role: Role | null, client: MetricsClient = prisma) => ({ currentUser: async () => (role ? { id: 1, role } : null), client });
const get = (path: string, role: Role | null, deps = asUser(role)) => {
  const [file, search = ""] = path.split("?");
  return handlePortfolioCsv(new Request(`http://localhost/api/portfolio/${file}?${search}`), file, deps);
};

describe("the CSV route", () => {
  it("refuses without a session, without the permission, and the reviewer chart without reviewer:metrics", async () => {
    expect((await get("balances.csv", null)).status).toBe(401);
    expect((await get("balances.csv", "NOBODY" as Role)).status).toBe(403);
    const refused = await get("reviewers.csv", "RISK_OFFICER");
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: "forbidden" });
    expect((await get("reviewers.csv", "MANAGER")).status).toBe(200);
    expect((await get("secrets.csv", "MANAGER")).status).toBe(404);
  });

  it("answers bad filters with 400 and the reason", async () => {
    const bad = await get("balances.csv?from=2025-13&region=cn", "MANAGER");
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.error).toBe("invalid");
    expect(body.message).toContain("from: a month is YYYY-MM");
    expect(body.message).toContain("region: a region is a code such as CN-BJ or TW");
    expect((await get("roll-rates.csv?month=March", "MANAGER")).status).toBe(400);
    expect((await get("balances.csv?from=2025-03&to=2025-01", "MANAGER")).status).toBe(400);
  });

  it("writes the chart's exact figures as an attachment", async () => {
    const response = await get("balances.csv?region=CN-BJ&from=2025-02&to=2025-02", "RISK_OFFICER");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="portfolio-balances-2025-02_2025-02.csv"');
    expect(await response.text()).toBe(`month,currency,accounts,outstanding,overdue,overdue_ratio\r\n2025-02,CNY,2,600.00,200.00,${200 / 600}\r\n`);
  });

  it("gives one roll-rate matrix when a month is named", async () => {
    const lines = (await (await get("roll-rates.csv?month=2025-01", "MANAGER")).text()).trim().split("\r\n");
    expect(lines).toHaveLength(1 + 25);
    expect(lines.slice(1).every((line) => line.startsWith("2025-01,2025-02,CNY,"))).toBe(true);
    expect(lines).toContain("2025-01,2025-02,CNY,CURRENT,M1,1,100.00,0.16666666666666666,0.5");
  });

  it("answers a failure with a reference only, never the error", async () => {
    const failing = { $queryRawUnsafe: async () => { throw new Error("relation secret_table at /app/x.ts:12"); } } as unknown as MetricsClient;
    const response = await get("balances.csv", "MANAGER", asUser("MANAGER", failing));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("secret_table");
    expect(JSON.parse(text)).toMatchObject({ error: "internal", message: expect.stringMatching(/^reference [0-9a-f-]{36}$/) });
  });
});

describe("findBucketAccounts", () => {
  it("lists exactly the accounts a bucket bar counts, for every bucket and month", async () => {
    for (const row of await findBucketsByMonth({ client: prisma })) {
      const page = await findBucketAccounts({ client: prisma, query: { month: row.month, bucket: row.bucket } });
      expect(page.rows.length, `${row.month} ${row.bucket}`).toBe(row.accounts);
      expect(page.rows.reduce((sum, account) => sum + Number(account.amountDue), 0)).toBeCloseTo(Number(row.balance));
    }
  });

  it("lists exactly the statements of a balances bar's segments: not overdue (CURRENT) and overdue (OVERDUE)", async () => {
    for (const filters of [{}, { region: "CN-BJ" }, { product: "CASH_LOAN" as const }]) {
      const months = await findBalancesByMonth({ client: prisma, filters });
      expect(months.length).toBeGreaterThan(0);
      for (const row of months) {
        const current = await findBucketAccounts({ client: prisma, query: { month: row.month, bucket: "CURRENT", ...filters } });
        const overdue = await findBucketAccounts({ client: prisma, query: { month: row.month, bucket: "OVERDUE", ...filters } });
        const sum = (rows: { amountDue: string }[]) => rows.reduce((total, account) => total + Number(account.amountDue), 0);
        expect(current.rows.length + overdue.rows.length, `${row.month}`).toBe(row.accounts);
        expect(sum(overdue.rows)).toBeCloseTo(Number(row.overdue));
        expect(sum(current.rows)).toBeCloseTo(Number(row.outstanding) - Number(row.overdue));
        expect(overdue.rows.every((account) => account.dpd >= 1)).toBe(true);
      }
    }
    const february = await findBucketAccounts({ client: prisma, query: { month: "2025-02", bucket: "OVERDUE" } });
    expect(february.rows.map((row) => [row.accountId, row.dpd])).toEqual([[ids[0], 15], [ids[2], 95]]);
  });

  it("narrows to a roll-rate cell, a segment and a page", async () => {
    const roll = await findBucketAccounts({ client: prisma, query: { month: "2025-01", bucket: "CURRENT", next: "M1" } });
    expect(roll).toEqual({ rows: [{ accountId: ids[0], region: "CN-BJ", currency: "CNY", amountDue: "100.00", dpd: 0, nextDpd: 15 }], nextAfter: null });
    const loans = await findBucketAccounts({ client: prisma, query: { month: "2025-01", bucket: "CURRENT", product: "CASH_LOAN" } });
    expect(loans.rows.map((row) => row.accountId)).toEqual([ids[1]]);
    expect((await findBucketAccounts({ client: prisma, query: { month: "2025-02", bucket: "M4_PLUS", region: "CN-BJ" } })).rows).toEqual([]);
    const after = await findBucketAccounts({ client: prisma, query: { month: "2025-01", bucket: "CURRENT", after: ids[0] } });
    expect(after.rows.map((row) => row.accountId)).toEqual([ids[1]]);
  });
});

describe("findBandAccounts", () => {
  /** Every page of a band's list, `scan` statements read a page. */
  async function allPages(query: Parameters<typeof findBandAccounts>[0]["query"], scan?: number) {
    const pages = [];
    let after: number | undefined;
    do {
      const page = await findBandAccounts({ client: prisma, query: { ...query, after }, scan });
      pages.push(page);
      after = page.nextAfter ?? undefined;
    } while (after !== undefined);
    return pages;
  }

  it("lists exactly the accounts a utilisation bar counts, for every month, band and segment", async () => {
    let counted = 0;
    for (const month of ["2025-01", "2025-02", "2025-03"]) {
      for (const filters of [{}, { region: "CN-BJ" }, { product: "CASH_LOAN" as const }]) {
        const bars = await findUtilisation({ client: prisma, filters: { ...filters, from: month, to: month } });
        for (const [band, bar] of bars.entries()) {
          for (const scan of [undefined, 1]) {
            const rows = (await allPages({ month, band, ...filters }, scan)).flatMap((page) => page.rows);
            expect(rows.length, `${month} ${bar.band} ${JSON.stringify(filters)} scan ${scan}`).toBe(bar.accounts);
            counted += rows.length;
          }
        }
      }
    }
    expect(counted).toBeGreaterThan(0);
  });

  it("uses the limit in force at the cycle date", async () => {
    const march = await findBandAccounts({ client: prisma, query: { month: "2025-03", band: 10 } });
    expect(march).toEqual({ rows: [{ accountId: ids[2], region: "CN-SH", currency: "CNY", amountDue: "600.00", creditLimit: "500.00", dpd: 125 }], nextAfter: null });
    expect((await findBandAccounts({ client: prisma, query: { month: "2025-03", band: 7 } })).rows.map((row) => [row.accountId, row.creditLimit])).toEqual([[ids[0], "400.00"]]);
    expect((await findBandAccounts({ client: prisma, query: { month: "2025-02", band: 8 } })).rows.map((row) => [row.accountId, row.creditLimit])).toEqual([[ids[0], "250.00"]]);
  });

  it("reads a bounded stretch a page: a page may be empty with more to come", async () => {
    const pages = await allPages({ month: "2025-02", band: 8 }, 1);
    expect(pages).toEqual([
      { rows: [expect.objectContaining({ accountId: ids[0] })], nextAfter: ids[0] },
      { rows: [], nextAfter: ids[1] },
      { rows: [], nextAfter: ids[2] },
      { rows: [], nextAfter: null },
    ]);
  });
});

describe("findBookExtent", () => {
  it("gives the latest month and the regions", async () => {
    expect(await findBookExtent({ client: prisma })).toEqual({ latestMonth: "2025-03", regions: ["CN-BJ", "CN-SH"] });
  });
});
