// The UCI import against a real PostgreSQL. Other test files share the database, so every assertion is scoped to
// source = 'UCI' (and to the importer's own audit events), and the figures hold whether or not the data set was
// already loaded when this file starts.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { importUciCsv, UciCsvRejected } from "./import-uci";
import type { UciRecord } from "./parse-uci-csv";
import { readUciCsvFile, UCI_CREDIT_CARD_CSV } from "./read-uci-csv";

interface Snapshot {
  accounts: number;
  defaultNextMonth: number;
  customers: number;
  limitChanges: number;
  statements: number;
  importEvents: number;
  checksum: string;
}

/** Counts and one checksum over every column of every row the import writes for source UCI. */
async function uciSnapshot(): Promise<Snapshot> {
  const [row] = await db.$queryRaw<Snapshot[]>`
    WITH a AS (SELECT * FROM account WHERE source = 'UCI')
    SELECT
      (SELECT count(*) FROM a)::int AS "accounts",
      (SELECT count(*) FROM a WHERE (source_data ->> 'defaultNextMonth')::boolean)::int AS "defaultNextMonth",
      (SELECT count(*) FROM customer c WHERE c.id IN (SELECT customer_id FROM a))::int AS "customers",
      (SELECT count(*) FROM credit_limit_change l WHERE l.account_id IN (SELECT id FROM a))::int AS "limitChanges",
      (SELECT count(*) FROM statement s WHERE s.account_id IN (SELECT id FROM a))::int AS "statements",
      (SELECT count(*) FROM audit_event WHERE action = 'data.import' AND actor_label = 'system:import-uci')::int AS "importEvents",
      md5(concat(
        (SELECT string_agg(a::text || c::text, '|' ORDER BY a.id) FROM a JOIN customer c ON c.id = a.customer_id),
        (SELECT string_agg(l::text, '|' ORDER BY l.id) FROM credit_limit_change l JOIN a ON a.id = l.account_id),
        (SELECT string_agg(s::text, '|' ORDER BY s.id) FROM statement s JOIN a ON a.id = s.account_id)
      )) AS "checksum"`;
  return row;
}

async function uciAccount(externalRef: string) {
  return db.account.findUniqueOrThrow({
    where: { source_externalRef: { source: "UCI", externalRef } },
    include: { statements: { orderBy: { cycleDate: "asc" } }, limitChanges: true, customer: true },
  });
}

const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "uci-import-"));
let before: Snapshot;

beforeAll(async () => {
  before = await uciSnapshot();
});

afterAll(async () => {
  fs.rmSync(tmpDir, { recursive: true, force: true });
  await db.$disconnect();
});

describe("importUciCsv on the real data set", () => {
  it("loads 30,000 accounts, 6,636 with Y = 1, 180,000 statements, and records one audit event", async () => {
    const result = await importUciCsv(UCI_CREDIT_CARD_CSV);
    const sha256 = createHash("sha256").update(fs.readFileSync(UCI_CREDIT_CARD_CSV)).digest("hex");
    expect(result).toMatchObject({
      fileName: "UCI_Credit_Card.csv",
      sha256,
      rows: 30_000,
      inserted: 30_000 - before.accounts,
      alreadyPresent: before.accounts,
      defaultNextMonth: 6_636,
    });

    const after = await uciSnapshot();
    expect(after).toMatchObject({
      accounts: 30_000,
      defaultNextMonth: 6_636,
      customers: 30_000,
      limitChanges: 30_000,
      statements: 180_000,
      importEvents: before.importEvents + 1,
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "data.import", actorLabel: "system:import-uci" },
      orderBy: { seq: "desc" },
    });
    expect(event).toMatchObject({ actorId: null, actorLabel: "system:import-uci", role: null, targetType: "dataset" });
    expect(event.after).toEqual({
      file: "UCI_Credit_Card.csv",
      rows: 30_000,
      inserted: result.inserted,
      alreadyPresent: result.alreadyPresent,
      sha256,
    });
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("gives known rows the right DPD, amounts and attributes", async () => {
    const one = await uciAccount("1"); // statuses Sept..April 2, 2, -1, -1, -2, -2
    expect(one.statements.map((s) => s.dpd)).toEqual([0, 0, 0, 0, 60, 60]);
    expect(one).toMatchObject({ currentDpd: 60, region: "TW", currency: "TWD", hasCreditLine: true, status: "ACTIVE" });
    expect(one.dpdAsOf?.toISOString().slice(0, 10)).toBe("2005-09-30");
    expect(one.openedAt.toISOString().slice(0, 10)).toBe("2005-04-01");
    expect([one.creditLimit, one.outstanding, one.overdueAmount].map((d) => d.toFixed(2))).toEqual(["20000.00", "3913.00", "3913.00"]);
    expect(one.sourceData).toEqual({ sex: 2, education: 2, marriage: 1, age: 24, defaultNextMonth: true });
    expect(one.customer).toMatchObject({ fullName: "UCI client 1", nationalId: "UCI-000001", language: "ZH", birthYear: 1981 });
    expect(one.limitChanges.map((l) => [l.amount.toFixed(2), l.previousAmount, l.changedById])).toEqual([["20000.00", null, null]]);

    const two = await uciAccount("2"); // -1, 2, 0, 0, 0, 2
    expect(two.statements.map((s) => s.dpd)).toEqual([60, 0, 0, 0, 60, 0]);
    expect([two.currentDpd, two.overdueAmount.toFixed(2)]).toEqual([0, "0.00"]);

    const late = await uciAccount("650"); // 8, 7, 6, 5, 4, 3: later every month
    expect(late.statements.map((s) => s.dpd)).toEqual([90, 120, 150, 180, 210, 240]);
    expect(late.openedAt.toISOString().slice(0, 10)).toBe("2004-12-01");

    const seven = await uciAccount("7"); // the file writes its limit as 5.00E+05
    expect(seven.creditLimit.toFixed(2)).toBe("500000.00");
    expect(seven.statements.map((s) => s.amountDue.toFixed(0))).toEqual(["473944", "483003", "542653", "445007", "412023", "367965"]);
  });

  it("agrees with the file read independently: DPD per account, exact sums of bills and limits", async () => {
    const csv = await readUciCsvFile(UCI_CREDIT_CARD_CSV);
    if (!csv.ok) throw new Error("the real file must parse");
    const dpdByRef = await db.$queryRaw<{ external_ref: string; current_dpd: number }[]>`
      SELECT external_ref, current_dpd FROM account WHERE source = 'UCI'`;
    const expectedDpd = new Map(csv.records.map((r) => [String(r.id), r.months[5].dpd]));
    expect(dpdByRef.filter((row) => expectedDpd.get(row.external_ref) !== row.current_dpd)).toEqual([]);

    const [sums] = await db.$queryRaw<{ limits: string; bills: string; paid: string }[]>`
      SELECT (SELECT sum(credit_limit) FROM account WHERE source = 'UCI')::text AS limits,
             sum(s.amount_due)::text AS bills, sum(s.amount_paid)::text AS paid
      FROM statement s JOIN account a ON a.id = s.account_id WHERE a.source = 'UCI'`;
    const sum = (pick: (record: UciRecord) => Prisma.Decimal[]) => csv.records.flatMap(pick).reduce((a, b) => a.plus(b)).toFixed(2);
    expect(sums.limits).toBe(sum((r) => [r.creditLimit]));
    expect(sums.bills).toBe(sum((r) => r.months.map((m) => Prisma.Decimal.max(m.billAmount, 0))));
    // Each month's payment settles the previous bill: April's is left out, September's bill is unpaid so far.
    expect(sums.paid).toBe(sum((r) => r.months.slice(1).map((m) => m.amountPaid)));
  });

  it("changes nothing when run again", async () => {
    const first = await uciSnapshot();
    const result = await importUciCsv(UCI_CREDIT_CARD_CSV);
    expect(result).toMatchObject({ rows: 30_000, inserted: 0, alreadyPresent: 30_000, defaultNextMonth: 6_636 });
    const second = await uciSnapshot();
    expect(second).toEqual({ ...first, importEvents: first.importEvents + 1 });
  });
});

describe("importUciCsv on malformed files", () => {
  const header = ["ID", ...Array.from({ length: 23 }, (_, i) => `X${i + 1}`), "Y"];
  /** A valid row under an ID the real data set does not have, so a load would show in the counts. */
  const row = (id: number) => `${id},20000,2,2,1,24,2,2,-1,-1,-2,-2,3913,3102,689,0,0,0,0,689,0,0,0,0,1`;
  const good = [row(900_001), row(900_002)];

  it.each([
    ["a missing column", [header.filter((h) => h !== "X14").join(","), ...good], { line: 1, reason: 'missing column "X14" or "BILL_AMT3"' }],
    ["a wrong field count", [header.join(","), ...good, row(900_003).replace(/,1$/, "")], { line: 4, reason: "expected 25 fields, found 24" }],
    ["a non-numeric amount", [header.join(","), ...good, row(900_003).replace(",3913,", ",39l3,")], { line: 4, reason: 'X12 "39l3" is not a number' }],
    ["a bad status code", [header.join(","), row(900_003).replace("24,2,2,", "24,11,2,"), ...good], { line: 2, reason: 'X6 "11" is not a repayment status (-2..9)' }],
    ["a duplicate ID", [header.join(","), ...good, row(900_001)], { line: 4, reason: "duplicate ID 900001 (first on line 2)" }],
    ["a bad Y", [header.join(","), ...good, row(900_003).replace(/,1$/, ",Y")], { line: 4, reason: 'Y "Y" is not 0 or 1' }],
  ])("rejects a file with %s, naming the line, and loads nothing", async (name, lines, error) => {
    const file = path.join(tmpDir, `${name.replaceAll(" ", "-")}.csv`);
    fs.writeFileSync(file, `${lines.join("\r\n")}\r\n`);
    const snapshot = await uciSnapshot();
    const rejection = await importUciCsv(file).catch((e: unknown) => e);
    expect(rejection).toBeInstanceOf(UciCsvRejected);
    expect((rejection as UciCsvRejected).errors).toContainEqual(error);
    expect(await uciSnapshot()).toEqual(snapshot);
  });

  it("rejects a file that does not exist, and loads nothing", async () => {
    const snapshot = await uciSnapshot();
    await expect(importUciCsv(path.join(tmpDir, "missing.csv"))).rejects.toThrow(/ENOENT/);
    expect(await uciSnapshot()).toEqual(snapshot);
  });
});
