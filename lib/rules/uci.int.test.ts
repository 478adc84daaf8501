// The rules on the real UCI data set: after the import (lib/uci), SEVERE_OVERDUE and HIGH_UTILISATION fire on exactly
// the accounts their definitions select, computed here straight from the CSV's columns, without the importer's
// parser or mapping: X6..X11 are the repayment statuses September..April (n = n months late = n x 30 DPD), X12..X17
// the bills September..April, X1 the limit. The data set has no merchants, lenders, applications, scores or contact
// events, so no other rule may fire.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importUciCsv } from "@/lib/uci/import-uci";
import { UCI_CREDIT_CARD_CSV } from "@/lib/uci/read-uci-csv";
import { evaluatePortfolio } from "./evaluate-portfolio";

interface CsvRow {
  id: string;
  limit: number;
  /** September first, as in the file. */
  statuses: number[];
  bills: number[];
}

function readCsv(): CsvRow[] {
  const [header, ...lines] = fs.readFileSync(UCI_CREDIT_CARD_CSV, "utf8").trim().split(/\r?\n/);
  const column = new Map(header.split(",").map((name, i) => [name.trim(), i]));
  const at = (name: string) => column.get(name)!;
  return lines.map((line) => {
    // Amounts are whole NT dollars, some written as "5.00E+05": Number reads both exactly.
    const cells = line.split(",").map(Number);
    return {
      id: String(cells[at("ID")]),
      limit: cells[at("X1")],
      statuses: ["X6", "X7", "X8", "X9", "X10", "X11"].map((name) => cells[at(name)]),
      bills: ["X12", "X13", "X14", "X15", "X16", "X17"].map((name) => cells[at(name)]),
    };
  });
}

const idsWhere = (rows: CsvRow[], holds: (row: CsvRow) => boolean) => rows.filter(holds).map((row) => row.id).sort();

async function flaggedExternalRefs(ruleCode: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ ref: string }[]>`
    SELECT a.external_ref AS ref FROM flag f JOIN account a ON a.id = f.account_id
    WHERE a.source = 'UCI' AND f.cleared_at IS NULL AND f.rule_code = ${ruleCode}::"RuleCode"`;
  return rows.map((row) => row.ref).sort();
}

const csv = readCsv();

beforeAll(async () => {
  await importUciCsv(UCI_CREDIT_CARD_CSV);
  await evaluatePortfolio({ scope: { source: "UCI" } });
}, 300_000);

afterAll(() => db.$disconnect());

describe("the rules on the UCI data set", () => {
  it("has the 30,000 accounts of the file", () => {
    expect(csv).toHaveLength(30_000);
  });

  it("SEVERE_OVERDUE: September 3+ months late (DPD >= 90), or 3+ of the 6 months 2+ months late (DPD >= 60)", async () => {
    const expected = idsWhere(csv, (row) => row.statuses[0] >= 3 || row.statuses.filter((s) => s >= 2).length >= 3);
    const flagged = await flaggedExternalRefs("SEVERE_OVERDUE");
    expect(flagged.length).toBe(expected.length);
    expect(flagged).toEqual(expected);
  });

  it("HIGH_UTILISATION: the July, August and September bills each >= 90% of the limit", async () => {
    const expected = idsWhere(csv, (row) => row.bills.slice(0, 3).every((bill) => bill * 10 >= row.limit * 9));
    const flagged = await flaggedExternalRefs("HIGH_UTILISATION");
    expect(flagged.length).toBe(expected.length);
    expect(flagged).toEqual(expected);
  });

  it("fires no rule that needs data the set does not have", async () => {
    const others = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM flag f JOIN account a ON a.id = f.account_id
      WHERE a.source = 'UCI' AND f.rule_code NOT IN ('SEVERE_OVERDUE', 'HIGH_UTILISATION')`;
    expect(others[0].n).toBe(0);
  });

  it("changes nothing when evaluated again", async () => {
    const again = await evaluatePortfolio({ scope: { source: "UCI" } });
    expect(again).toMatchObject({ accounts: 30_000, flagsRaised: 0, flagsUpdated: 0, flagsCleared: 0, casesOpened: 0, casesEscalated: 0 });
  });
});
