// The account history's sections rendered to HTML in English: marked months and flagged purchases say so in text
// (not colour alone), unknown checkpoints and open episodes are spelled out, empty lists have their empty state.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { OverdueHistory as History } from "@/lib/accounts/find-overdue-history";
import { I18nProvider } from "@/lib/i18n/client";
import { createFormatters } from "@/lib/i18n/format";
import { CATALOGUES, createTranslator } from "@/lib/i18n/translate";
import { DpdBalanceChart } from "./dpd-balance-chart";
import { OverdueEpisodes } from "./overdue-episodes";
import { OverdueHistory } from "./overdue-history";
import { PurchasesTable } from "./purchases-table";
import { RepaymentsTable } from "./repayments-table";

vi.mock("@/lib/i18n/server", () => ({
  getTranslator: async () => ({
    locale: "en",
    timeZone: "UTC",
    t: createTranslator(CATALOGUES.en),
    format: createFormatters("en", "UTC"),
  }),
}));

const history: History = {
  currency: "CNY",
  dpdAsOf: "2026-03-10",
  currentDpd: 0,
  outstanding: "525.00",
  olderBefore: "2026-01-31",
  episodes: [],
  chart: [{ cycleDate: "2026-02-28", dpd: 41, balance: "525.00" }],
  statements: [
    {
      cycleDate: "2026-02-28", dueDate: "2026-03-20", amountDue: "525.00", minimumDue: "50.00", amountPaid: "0.00", paidDate: null, dpd: 41, bucket: "M2",
      checkpoints: [30, 60, 90].map((afterDays) => ({ afterDays: afterDays as 30 | 60 | 90, date: "2026-04-19", dpd: null })),
    },
  ],
};
const marks = { "2026-02-28": ["SEVERE_OVERDUE" as const] };

const html = (element: ReactElement) => renderToStaticMarkup(element);
const inProviders = (element: ReactElement) =>
  html(
    createElement(QueryClientProvider, { client: new QueryClient() },
      // createElement takes the children as its third argument, which its props type does not know.
      createElement(I18nProvider, { locale: "en", timeZone: "UTC", messages: CATALOGUES.en } as Parameters<typeof I18nProvider>[0], element)),
  );

describe("account history sections", () => {
  it("marks the months that made a rule fire in text and spells out unknown checkpoints", async () => {
    const markup = html(await OverdueHistory({ history, ruleMarks: marks }));
    expect(markup).toContain('aria-labelledby="account-history-heading"');
    expect(markup).toContain("Severe overdue");
    expect(markup).toContain("41 (M2)");
    expect(markup).toContain("Not yet known");
    expect(markup).toContain("Not paid");
    expect(markup).toContain("?statementsBefore=2026-01-31");
  });

  it("says when there are no statements or episodes", async () => {
    expect(html(await OverdueHistory({ history: { ...history, statements: [], olderBefore: null }, ruleMarks: {} }))).toContain("No statements yet.");
    expect(html(await OverdueEpisodes({ episodes: [], currency: "CNY" }))).toContain("No overdue episodes");
    const open = html(await OverdueEpisodes({
      currency: "CNY",
      episodes: [{ start: "2026-01-20", worstDpd: 49, worstBucket: "M2", worstOn: "2026-03-10", amount: "600.00", curedOn: null, statementCount: 2 }],
    }));
    expect(open).toContain("Still open");
    expect(open).toContain("CN¥600.00");
  });

  it("gives the chart a title, exact figures per point and the same figures as a table", async () => {
    const markup = html(await DpdBalanceChart({ points: history.chart, outstanding: "525.00", currency: "CNY", ruleMarks: marks }));
    expect(markup).toContain('role="img"');
    expect(markup).toContain("Feb 28, 2026: amount due CN¥525.00, 41 days past due (M2); rules: Severe overdue");
    expect(markup).toContain("Show the figures as a table");
    expect(markup).toContain("Outstanding now: CN¥525.00");
  });

  it("highlights flagged purchases with the rule's name and watch-listed merchants in words", () => {
    const page = {
      nextCursor: "abc",
      rows: [{ id: "7", amount: "900.00", category: "electronics", channel: "QR" as const, occurredAt: "2026-01-02T10:00:00.000Z",
        merchant: { id: 1, name: "Shop", category: "electronics", watchListed: true } }],
    };
    const markup = inProviders(createElement(PurchasesTable, { accountId: 1, currency: "CNY", initialPage: page, highlighted: { "7": ["CASH_OUT"] } }));
    expect(markup).toContain("Cash-out");
    expect(markup).toContain("Watch-listed");
    expect(markup).toContain("Load older");
  });

  it("says when there are no repayments", () => {
    const markup = inProviders(createElement(RepaymentsTable, { accountId: 1, currency: "CNY", initialPage: { rows: [], nextCursor: null } }));
    expect(markup).toContain("No repayments yet.");
  });
});
