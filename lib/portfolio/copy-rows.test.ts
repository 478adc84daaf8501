import { describe, expect, it } from "vitest";
import { dayFromText } from "./calendar";
import { COLUMNS, CopyRows, emptyCounts, PORTFOLIO_TABLES, type PortfolioTable } from "./copy-rows";
import { generateAccount } from "./generate-account";
import { buildMerchantCatalogue } from "./merchants";

const AS_OF = dayFromText("2026-11-22");

/** COPY text of 300 freshly generated accounts (nothing cached, so equal output means equal generation). */
function copyText(seed: number, bases = emptyCounts()): Map<PortfolioTable, string> {
  const merchants = buildMerchantCatalogue(seed, AS_OF);
  const rows = new CopyRows(bases);
  rows.addMerchants(merchants);
  for (let index = 0; index < 300; index++) rows.addAccount(generateAccount({ seed, asOfDay: AS_OF, merchants }, index), AS_OF);
  return new Map(rows.takeBatch().map(([table, bytes]) => [table, bytes.toString("utf8")]));
}

describe("CopyRows", () => {
  it("writes byte-identical rows for the same seed, and different ones for another", () => {
    expect(copyText(5)).toEqual(copyText(5));
    expect(copyText(5).get("statement")).not.toEqual(copyText(6).get("statement"));
  });

  it("writes one field per column in every row of every table", () => {
    const tables = copyText(5);
    expect([...tables.keys()]).toEqual([...PORTFOLIO_TABLES]);
    for (const [table, text] of tables) {
      const lines = text.split("\n");
      expect(lines.pop()).toBe("");
      expect(lines.filter((line) => line.split("\t").length !== COLUMNS[table].length), table).toEqual([]);
    }
  });

  it("numbers rows after the given bases, without gaps, and points children at their parents", () => {
    const bases = { ...emptyCounts(), merchant: 1_000, customer: 50, account: 70, statement: 9, cash_loan: 3, loan_instalment: 4 };
    const tables = copyText(5, bases);
    const ids = (table: PortfolioTable) => tables.get(table)!.trimEnd().split("\n").map((line) => Number(line.split("\t")[0]));
    for (const table of PORTFOLIO_TABLES) {
      const list = ids(table);
      expect(list[0]).toBe(bases[table] + 1);
      expect(list[list.length - 1]).toBe(bases[table] + list.length);
    }
    const dangling = (child: PortfolioTable, field: number, parent: PortfolioTable) => {
      const parents = new Set(ids(parent));
      return tables.get(child)!.trimEnd().split("\n").filter((line) => !parents.has(Number(line.split("\t")[field])));
    };
    expect(dangling("account", 1, "customer")).toEqual([]);
    expect(dangling("statement", 1, "account")).toEqual([]);
    expect(dangling("purchase", 2, "merchant")).toEqual([]);
    expect(dangling("loan_instalment", 1, "cash_loan")).toEqual([]);
  });

  it("writes money as exact decimals with two places", () => {
    const tables = copyText(5);
    const column = (table: PortfolioTable, name: string) =>
      tables.get(table)!.trimEnd().split("\n").map((line) => line.split("\t")[COLUMNS[table].indexOf(name)]);
    const amounts = [...column("statement", "amount_due"), ...column("account", "credit_limit"), ...column("purchase", "amount")];
    expect(amounts.filter((value) => !/^\d+\.\d{2}$/.test(value))).toEqual([]);
    expect(column("cash_loan", "annual_rate").filter((value) => !/^0\.\d{4}$/.test(value))).toEqual([]);
  });
});
