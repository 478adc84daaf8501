// Issue 7's real-data checks: the UCI credit-card CSV imported through importUciCsv (as `npm run import:uci` does)
// into a private database of its own, then the bucket shares per month (April..September 2005), the roll-rate matrix
// August -> September 2005 and the count of accounts in M4+ in September 2005 from the metric functions, against
// the same figures computed here straight from the CSV: status n >= 1 -> n x 30 DPD, -2/-1/0 -> current; balance =
// the bill amount floored at 0; buckets by bucketOf.
import fs from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bucketOf, BUCKETS, type Bucket } from "@/lib/credit/buckets";
import { databaseUrl, UTC_SESSION } from "@/lib/database-url";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { UCI_CREDIT_CARD_CSV } from "@/lib/uci/read-uci-csv";
import { prepareDatabase, siblingDatabaseUrl } from "@/scripts/prepare-database";
import type { findBucketsByMonth as FindBuckets } from "./find-buckets-by-month";
import type { findRollRates as FindRolls } from "./find-roll-rates";

const DATABASE = `riskops_uci_book_${process.pid}`;
const url = siblingDatabaseUrl(databaseUrl(), DATABASE);
const MONTHS = ["2005-09", "2005-08", "2005-07", "2005-06", "2005-05", "2005-04"]; // PAY_0, PAY_2..PAY_6 / BILL_AMT1..6
let prisma: PrismaClient<never, { user: { passwordHash: true } }>;
const savedUrl = process.env.DATABASE_URL;
const savedDb = (globalThis as { riskOpsDb?: unknown }).riskOpsDb;

interface CsvMonth {
  bucket: Bucket;
  balance: Prisma.Decimal;
}

/** Per row of the CSV, its six months (September first), read with nothing from lib/uci. */
function readCsv(): CsvMonth[][] {
  const [header, ...lines] = fs.readFileSync(UCI_CREDIT_CARD_CSV, "utf8").trim().split(/\r?\n/);
  const columns = header.split(",");
  const status = columns.indexOf("X6"); // PAY_0 (September) .. X11 PAY_6 (April)
  const bill = columns.indexOf("X12"); // BILL_AMT1 (September) .. X17 BILL_AMT6 (April)
  return lines.map((line) => {
    const fields = line.split(",");
    return MONTHS.map((_, i) => {
      const pay = Number(fields[status + i]);
      const amount = new Prisma.Decimal(fields[bill + i]);
      return { bucket: bucketOf(pay >= 1 ? pay * 30 : 0), balance: amount.isNegative() ? new Prisma.Decimal(0) : amount };
    });
  });
}

let csv: CsvMonth[][];
// Loaded after DATABASE_URL points at the private database: they (and importUciCsv) import lib/db.
let findBucketsByMonth: typeof FindBuckets;
let findRollRates: typeof FindRolls;

beforeAll(async () => {
  await prepareDatabase(url, { fresh: true });
  // importUciCsv writes through the app's client (lib/db): point a fresh one at the private database.
  process.env.DATABASE_URL = url;
  delete (globalThis as { riskOpsDb?: unknown }).riskOpsDb;
  const { importUciCsv } = await import("@/lib/uci/import-uci");
  const { db } = await import("@/lib/db");
  ({ findBucketsByMonth } = await import("./find-buckets-by-month"));
  ({ findRollRates } = await import("./find-roll-rates"));
  const result = await importUciCsv(UCI_CREDIT_CARD_CSV);
  expect(result.inserted).toBe(30_000);
  await db.$disconnect();
  prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, options: UTC_SESSION }), omit: { user: { passwordHash: true } } });
  csv = readCsv();
}, 300_000);

afterAll(async () => {
  await prisma?.$disconnect();
  process.env.DATABASE_URL = savedUrl;
  (globalThis as { riskOpsDb?: unknown }).riskOpsDb = savedDb;
  const admin = new pg.Client({ connectionString: siblingDatabaseUrl(databaseUrl(), "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.end();
});

describe("the book on the UCI data set", () => {
  it("bucket accounts, balances and shares per month, April..September 2005, match the CSV", async () => {
    const rows = await findBucketsByMonth({ client: prisma, filters: { region: "TW" } });
    expect([...new Set(rows.map((row) => row.month))]).toEqual([...MONTHS].reverse());
    for (const [i, month] of MONTHS.entries()) {
      const total = csv.reduce((sum, account) => sum.plus(account[i].balance), new Prisma.Decimal(0));
      for (const bucket of BUCKETS) {
        const inBucket = csv.filter((account) => account[i].bucket === bucket);
        const balance = inBucket.reduce((sum, account) => sum.plus(account[i].balance), new Prisma.Decimal(0));
        const row = rows.find((r) => r.month === month && r.bucket === bucket);
        expect(row, `${month} ${bucket}`).toMatchObject({ currency: "TWD", accounts: inBucket.length, balance: balance.toFixed(2) });
        expect(row!.accountShare).toBeCloseTo(inBucket.length / csv.length, 12);
        expect(row!.balanceShare).toBeCloseTo(total.isZero() ? 0 : balance.div(total).toNumber(), 12);
      }
    }
  });

  it("the roll-rate matrix from August to September 2005 matches the CSV", async () => {
    const rows = await findRollRates({ client: prisma, filters: { from: "2005-08", to: "2005-09" } });
    expect(rows).toHaveLength(25);
    const [september, august] = [0, 1];
    for (const from of BUCKETS) {
      const moving = csv.filter((account) => account[august].bucket === from);
      const fromBalance = moving.reduce((sum, account) => sum.plus(account[august].balance), new Prisma.Decimal(0));
      for (const to of BUCKETS) {
        const cell = moving.filter((account) => account[september].bucket === to);
        const balance = cell.reduce((sum, account) => sum.plus(account[august].balance), new Prisma.Decimal(0));
        const row = rows.find((r) => r.bucketFrom === from && r.bucketTo === to);
        expect(row, `${from} -> ${to}`).toMatchObject({ monthFrom: "2005-08", monthTo: "2005-09", accounts: cell.length, balance: balance.toFixed(2) });
        expect(row!.share).toBeCloseTo(fromBalance.isZero() ? 0 : balance.div(fromBalance).toNumber(), 12);
      }
    }
  });

  it("counts the accounts in M4+ in September 2005 as the CSV does", async () => {
    const expected = csv.filter((account) => account[0].bucket === "M4_PLUS").length;
    const rows = await findBucketsByMonth({ client: prisma, filters: { from: "2005-09", to: "2005-09" } });
    expect(rows.find((row) => row.bucket === "M4_PLUS")?.accounts).toBe(expected);
    expect(expected).toBeGreaterThan(0);
  });
});
