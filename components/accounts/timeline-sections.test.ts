// The timeline, notes and customer identity rendered to HTML, as the server sends them: headed sections, kind
// filters as toggle buttons, paging, empty states, read-only roles, and masked values only.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { AccountNote } from "@/lib/accounts/find-notes";
import type { TimelinePage } from "@/lib/accounts/timeline";
import { I18nProvider } from "@/lib/i18n/client";
import { CATALOGUES } from "@/lib/i18n/translate";
import { CustomerIdentity } from "./customer-identity";
import { NotesSection } from "./notes-section";
import { AccountTimeline } from "./timeline";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => {} }) }));
vi.mock("@/lib/accounts/actions", () => ({ addNote: vi.fn(), unmaskCustomer: vi.fn() }));

const render = (element: ReactElement, locale: "en" | "zh-CN" = "en") =>
  renderToStaticMarkup(
    createElement(QueryClientProvider, { client: new QueryClient() },
      // Children go as createElement's third argument, which the props type cannot see.
      createElement(I18nProvider, { locale, timeZone: "UTC", messages: CATALOGUES[locale] } as ComponentProps<typeof I18nProvider>, element)),
  );

const page: TimelinePage = {
  items: [
    { kind: "FLAG", event: "RAISED", flagId: "4", rule: "SEVERE_OVERDUE", severity: "CRITICAL", ruleVersion: 1, at: "2026-03-26T02:00:00.000Z", key: "flag:4:raised" },
    { kind: "STATEMENT", event: "MISSED", statementId: "9", cycleDate: "2026-03-05", dueDate: "2026-03-25", minimumDue: "130.00", amountPaid: "0.00", paidDate: null, currency: "CNY", at: "2026-03-25T00:00:00.000Z", key: "statement:9" },
  ],
  nextCursor: "abc",
};

const note = (id: number, extra: Partial<AccountNote> = {}): AccountNote => ({
  id, body: `Body of note ${id}`, author: { id: 1, name: "Li Wei" }, createdAt: "2026-03-27T09:00:00.000Z", caseId: 3, correctsNoteId: null, correctedBy: [], ...extra,
});

describe("AccountTimeline", () => {
  it("is a headed section with kind toggles, dated entries and a way to older ones", () => {
    const markup = render(createElement(AccountTimeline, { accountId: 7, initialPage: page }));
    expect(markup).toMatch(/<section aria-labelledby="([^"]+)"[^>]*><h2 id="\1"/);
    expect(markup).toContain('aria-pressed="true"');
    expect(markup.match(/aria-pressed="false"/g)).toHaveLength(8);
    expect(markup).toContain('<time dateTime="2026-03-26T02:00:00.000Z"');
    expect(markup).toContain("Flag raised: Severe overdue (Critical, rules version 1).");
    expect(markup).toContain("Mar 25, 2026");
    expect(markup).toContain("Load older events");
  });

  it("says so when the account has no history, in either language", () => {
    expect(render(createElement(AccountTimeline, { accountId: 7, initialPage: { items: [], nextCursor: null } }))).toContain(
      "Nothing has happened on this account yet.",
    );
    expect(render(createElement(AccountTimeline, { accountId: 7, initialPage: { items: [], nextCursor: null } }), "zh-CN")).toContain("该账户尚无任何事件。");
  });
});

describe("NotesSection", () => {
  it("lists notes with their corrections and a labelled Correct button each, and the form with its counter", () => {
    const markup = render(
      createElement(NotesSection, { accountId: 7, canAdd: true, hasMore: true, notes: [note(2, { correctsNoteId: 1 }), note(1, { correctedBy: [2] })] }),
    );
    expect(markup).toMatch(/<section aria-labelledby="([^"]+)"[^>]*><h2 id="\1"/);
    expect(markup).toContain('aria-label="Correct note #2"');
    expect(markup).toContain('href="#note-1"');
    expect(markup).toContain("Corrected by note #2");
    expect(markup).toContain("0 of 4,000 characters");
    expect(markup).toContain('aria-live="polite"');
    expect(markup).toContain("Only the latest 2 notes are listed");
  });

  it("offers no form or Correct button to a read-only role, and has an empty state", () => {
    const markup = render(createElement(NotesSection, { accountId: 7, canAdd: false, hasMore: false, notes: [] }));
    expect(markup).toContain("Your role can read notes but not add them.");
    expect(markup).toContain("No notes yet.");
    expect(markup).not.toContain("<textarea");
  });
});

describe("CustomerIdentity", () => {
  const masked = { name: "王*明", phone: "******1234", nationalId: "**************5678" };

  it("shows masked values, and Show details only to a viewer who may unmask", () => {
    const allowed = render(createElement(CustomerIdentity, { accountId: 7, masked, canUnmask: true }));
    expect(allowed).toContain("王*明");
    expect(allowed).toContain("******1234");
    expect(allowed).toContain("Show details");
    expect(allowed).toContain('aria-live="polite"');
    expect(render(createElement(CustomerIdentity, { accountId: 7, masked, canUnmask: false }))).not.toContain("Show details");
  });
});
