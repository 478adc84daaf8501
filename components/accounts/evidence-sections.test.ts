// The header, flags, contact, limit and decisions sections rendered to HTML in both languages: figures in words,
// each section labelled by its heading, empty states, and no placeholder or English left in the Chinese page.
import { createElement, type FunctionComponent, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { AccountFlags } from "@/lib/accounts/find-account-flags";
import type { AccountHeader as Header } from "@/lib/accounts/get-account-header";
import { I18nProvider } from "@/lib/i18n/client";
import type { Locale } from "@/lib/i18n/config";
import { createFormatters } from "@/lib/i18n/format";
import { CATALOGUES, createTranslator } from "@/lib/i18n/translate";
import { AccountHeader } from "./account-header";
import { ContactEvents } from "./contact-events";
import { DecisionsHistory } from "./decisions-history";
import { FlagEvidence } from "./flag-evidence";
import { LimitHistory } from "./limit-history";

/** The provider with its children passed as createElement's argument (the lint rule's way). */
const Provider = I18nProvider as FunctionComponent<Omit<Parameters<typeof I18nProvider>[0], "children">>;
const i18nOf = (locale: Locale) => ({ locale, t: createTranslator(CATALOGUES[locale]), format: createFormatters(locale, "UTC") });
const render = (locale: Locale, element: (i18n: ReturnType<typeof i18nOf>) => ReactElement) =>
  renderToStaticMarkup(createElement(Provider, { locale, timeZone: "UTC", messages: CATALOGUES[locale] }, element(i18nOf(locale))));
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

const header: Header = {
  accountId: 7, source: "DEMO", externalRef: null, hasCreditLine: true, hasCashLoan: true, status: "FROZEN",
  statusSince: "2026-05-01T08:00:00.000Z", closureCategory: null, freezeUntil: "2026-07-01T00:00:00.000Z", currency: "CNY",
  creditLimit: "8000.00", outstanding: "7400.00", available: "600.00", utilisationPercent: "92.5", currentDpd: 45, bucket: "M2",
  dpdAsOf: "2026-06-30", overdueAmount: "1200.50", region: "QA-EVD", openedAt: "2024-01-15",
  score: { latest: 560, history: [{ score: 680, scoredAt: "2026-01-03T08:00:00.000Z" }, { score: 560, scoredAt: "2026-01-08T08:00:00.000Z" }], delta: -120 },
  customer: { name: "王*明", phone: "******1234", nationalId: "**************002X", language: "ZH" },
  openCase: { id: 31, status: "IN_REVIEW", severity: "HIGH", assignee: { id: 2, name: "Li Officer" }, claimedAt: "2026-06-01T09:00:00.000Z", dueAt: "2026-06-02T09:00:00.000Z", openedAt: "2026-06-01T08:00:00.000Z" },
};
const NOW = Date.parse("2026-06-01T12:00:00.000Z");

const flags: AccountFlags = {
  flags: [
    { id: "1", rule: "CASH_OUT", ruleVersion: 2, severity: "CRITICAL", detectedAt: "2026-05-10T10:00:00.000Z", clearedAt: null, summary: "s",
      evidence: { summary: "s", reasons: ["ROUND_AMOUNT_BURST"], watchListedPurchases: [],
        bursts: [{ merchantId: 5, total: "7000.00", limit: "8000.00", sharePercent: "87.5", purchases: [{ id: "11", amount: "3500.00", occurredAt: "2026-05-01T10:00:00.000Z" }, { id: "12", amount: "3500.00", occurredAt: "2026-05-02T10:00:00.000Z" }] }] } },
    { id: "2", rule: "SCORE_DROP", ruleVersion: 2, severity: "MEDIUM", detectedAt: "2026-04-10T10:00:00.000Z", clearedAt: "2026-05-10T10:00:00.000Z", summary: "s",
      evidence: { summary: "s", reasons: ["DROP"], latest: { id: "2", score: 560, scoredAt: "2026-04-09T00:00:00.000Z" }, peak: { id: "1", score: 680, scoredAt: "2026-02-01T00:00:00.000Z" }, drop: 120 } },
    { id: "3", rule: "SEVERE_OVERDUE", ruleVersion: 1, severity: "CRITICAL", detectedAt: "2026-03-10T10:00:00.000Z", clearedAt: "2026-03-20T10:00:00.000Z", summary: "Legacy English summary", evidence: null },
  ],
  truncated: false,
  purchases: { "11": { id: "11", merchantId: 5, amount: "3500.00", category: "electronics", channel: "POS", occurredAt: "2026-05-01T10:00:00.000Z" } },
  merchants: { 5: { id: 5, name: "Shop Five", category: "electronics", watchListed: true } },
  bureauEvents: {}, limitApplications: {}, contactEvents: {}, recentContactEvents: [],
};

describe("AccountHeader", () => {
  it("says every figure in words, with the open case, its assignee and SLA", () => {
    const html = render("en", (i18n) => createElement(AccountHeader, { header, identity: createElement("span", null, "王*明"), now: NOW, i18n }));
    expect(html).toContain('<section aria-labelledby="account-header-heading"');
    const t = text(html);
    for (const expected of ["Frozen", "CN¥8,000.00", "CN¥600.00", "92.5%", "45 days · M2 (31–60 days)", "CN¥1,200.50", "560", "Down 120 points since", "Credit line, Cash loan", "Case 31", "High", "In review", "Li Officer", "Due in 21 h 0 min", "王*明", "Chinese"]) {
      expect(t).toContain(expected);
    }
  });

  it("reads in Chinese and copes with no case and no score", () => {
    const html = render("zh-CN", (i18n) => createElement(AccountHeader, { header: { ...header, openCase: null, score: { latest: null, history: [], delta: null } }, identity: null, now: NOW, i18n }));
    expect(text(html)).toContain("无未结案件");
    expect(text(html)).toContain("无评分");
    expect(html).not.toMatch(/\{\w+\}/);
  });
});

describe("FlagEvidence", () => {
  it("groups open and cleared flags and renders each rule's figures", () => {
    const html = render("en", (i18n) => createElement(FlagEvidence, { data: flags, currency: "CNY", i18n }));
    const t = text(html);
    expect(t).toContain("Open flags (1)");
    expect(t).toContain("Cleared flags (2)");
    expect(t).toContain("2 round-amount purchases at Shop Five totalling CN¥7,000.00, 87.5% of the CN¥8,000.00 limit");
    expect(t).toContain("(at a card terminal)");
    expect(t).toContain("watch-listed");
    expect(t).toContain("Down 120 points: 680 on Feb 1, 2026, 560 on Apr 9, 2026.");
    expect(html).toContain('<p lang="en">Legacy English summary</p>');
  });

  it("renders the figures in Chinese", () => {
    const t = text(render("zh-CN", (i18n) => createElement(FlagEvidence, { data: flags, currency: "CNY", i18n })));
    expect(t).toContain("在 Shop Five 有 2 笔整额消费");
    expect(t).toContain("下降 120 分");
    expect(t).not.toMatch(/\{\w+\}/);
  });

  it("has an empty state", () => {
    const t = text(render("en", (i18n) => createElement(FlagEvidence, { data: { ...flags, flags: [] }, currency: "CNY", i18n })));
    expect(t).toContain("No flags have been raised on this account.");
  });
});

describe("history sections", () => {
  it("lists contact events in a captioned table, or says there are none", () => {
    const events = [{ id: "1", kind: "UNREACHABLE" as const, occurredAt: "2026-05-01T10:00:00.000Z", detail: "no answer" }];
    const html = render("en", (i18n) => createElement(ContactEvents, { events, i18n }));
    expect(html).toContain('<th scope="col"');
    expect(text(html)).toContain("Not reached");
    expect(text(render("en", (i18n) => createElement(ContactEvents, { events: [], i18n })))).toContain("No contact attempts or app events recorded.");
  });

  it("says whether a limit was raised or reduced, translating the system's reasons", () => {
    const page = {
      nextCursor: null,
      changes: [
        { id: "2", changedAt: "2026-05-01T10:00:00.000Z", previousAmount: "8000.00", amount: "3000.00", reason: "After review", changedBy: { id: 1, name: "Senior A" } },
        { id: "1", changedAt: "2025-01-01T10:00:00.000Z", previousAmount: null, amount: "8000.00", reason: "initial limit", changedBy: null },
      ],
    };
    const t = text(render("zh-CN", (i18n) => createElement(LimitHistory, { page, currency: "CNY", i18n })));
    expect(t).toContain("由 ¥8,000.00 降低至 ¥3,000.00");
    expect(t).toContain("初始额度 ¥8,000.00");
    expect(t).toContain("After review");
    expect(t).toContain("系统");
    expect(text(render("en", (i18n) => createElement(LimitHistory, { page: { changes: [], nextCursor: null }, currency: "CNY", i18n })))).toContain("No limit changes recorded.");
  });

  it("shows decisions with their people, parameters and reversal links, or 'No decisions yet'", () => {
    const base = { caseId: 31, reasonCodes: ["SEVERE_OVERDUE", "APPEAL_UPHELD"], note: "note", proposer: { id: 1, name: "Officer A" }, decisionNote: null, effectiveAt: null };
    const page = {
      nextCursor: null,
      decisions: [
        { ...base, id: 9, kind: "REVERSE" as const, status: "EFFECTIVE" as const, params: {}, approver: { id: 2, name: "Senior B" }, proposedAt: "2026-05-02T10:00:00.000Z", decidedAt: "2026-05-03T10:00:00.000Z", reversesDecisionId: 8, reversedByIds: [] },
        { ...base, id: 8, kind: "CLOSE" as const, status: "REVERSED" as const, params: { closureCategory: "SEVERE_OVERDUE" as const }, approver: null, proposedAt: "2026-05-01T10:00:00.000Z", decidedAt: null, reversesDecisionId: null, reversedByIds: [9] },
      ],
    };
    const html = render("en", (i18n) => createElement(DecisionsHistory, { page, currency: "CNY", i18n }));
    const t = text(html);
    expect(t).toContain("Decision 8: Close the account");
    expect(t).toContain("Closure reason: Serious overdue");
    expect(t).toContain("Severe overdue, APPEAL_UPHELD");
    expect(t).toContain("Decided by Senior B on");
    expect(html).toContain('href="#decision-8"');
    expect(html).toContain('href="#decision-9"');
    expect(text(render("zh-CN", (i18n) => createElement(DecisionsHistory, { page: { decisions: [], nextCursor: null }, currency: "CNY", i18n })))).toContain("尚无处置决定。");
  });
});
