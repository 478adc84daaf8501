// The queue's reads against the real database: each filter and each order, keyset paging while cases change, the
// counts per filter value, and the SQL masking agreeing with the TypeScript one. Every read is scoped to the test's
// own region, so other data in the shared database does not matter.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { encodeCursor } from "./cursor";
import { maskName } from "./masking";
import { findQueueCases, findQueueCounts } from "./queries";
import type { QueueFilters } from "./schemas";
import { DEFAULT_DIRECTION, QUEUE_SORTS, type QueueSort, type SortDirection } from "./sorts";
import { createCase, createUser, testRegion, type CaseFixture } from "./test-support";

const NOW = new Date("2026-06-01T12:00:00.000Z");
const END_OF_TODAY = new Date("2026-06-02T00:00:00.000Z");
const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000);
const flagged = (day: number) => new Date(Date.UTC(2026, 0, day));

afterAll(() => db.$disconnect());

const region = testRegion();
let viewerId = 0;
let other = 0;

/** The fixture cases by letter, with the keys the orders use. */
type Letter = "A" | "B" | "C" | "D" | "E" | "F" | "G";
const fixtures = (): Record<Letter, Omit<CaseFixture, "region">> => ({
  A: { name: "王小明", phone: "13900001111", dpd: 120, outstanding: "5000.00", cashLoan: true, dueAt: hours(-2),
    flags: [{ rule: "SEVERE_OVERDUE", severity: "CRITICAL", detectedAt: flagged(5) }] },
  B: { name: "李娜", phone: "13900002222", dpd: 10, outstanding: "200.50", dueAt: hours(3), status: "IN_REVIEW", assigneeId: other,
    flags: [{ rule: "MULTI_LENDING", severity: "HIGH", detectedAt: flagged(3) }] },
  C: { name: "Wang Xiaoming", phone: "13900003333", dpd: 0, outstanding: "9999.99", creditLine: false, cashLoan: true, dueAt: hours(48),
    status: "ESCALATED", flags: [{ rule: "HIGH_UTILISATION", severity: "MEDIUM", detectedAt: flagged(9) }, { rule: "SCORE_DROP", severity: "MEDIUM", detectedAt: flagged(7) }] },
  D: { name: "欧阳小明", phone: "13900004444", dpd: 45, outstanding: "300.00", dueAt: hours(5),
    flags: [{ rule: "CASH_OUT", severity: "CRITICAL", detectedAt: flagged(1) }] },
  E: { name: "张伟", phone: "13900005555", dpd: 30, outstanding: "1000.00", dueAt: hours(-24), status: "APPEAL", assigneeId: viewerId,
    flags: [{ rule: "LIMIT_APPLICATION_BURST", severity: "MEDIUM", detectedAt: flagged(2) }] },
  F: { name: "陈静", phone: "13800001234", dpd: 60, outstanding: "1000.00", dueAt: hours(240), status: "PENDING_APPROVAL",
    flags: [{ rule: "CONTACT_LOST", severity: "HIGH", detectedAt: flagged(4) }] },
  G: { name: "赵敏", phone: "13900007777", dpd: 0, outstanding: "0.00", dueAt: hours(480),
    flags: [{ rule: "SCORE_DROP", severity: "LOW", detectedAt: flagged(6) }] },
});
const ids = {} as Record<Letter, { caseId: number; accountId: number }>;
const letterOf = new Map<number, Letter>();

async function listed(filters: QueueFilters, order: { sort?: QueueSort; dir?: SortDirection } = {}, pageSize = 50): Promise<string> {
  const sort = order.sort ?? "priority";
  const page = await findQueueCases({
    view: { filters: { ...filters, region: filters.region ?? region }, sort, dir: order.dir ?? DEFAULT_DIRECTION[sort] },
    viewerId,
    now: NOW,
    endOfToday: END_OF_TODAY,
    pageSize,
  });
  return page.rows.map((row) => letterOf.get(row.caseId) ?? "?").join("");
}

beforeAll(async () => {
  viewerId = (await createUser("RISK_OFFICER")).id;
  other = (await createUser("RISK_OFFICER")).id;
  for (const [letter, fixture] of Object.entries(fixtures()) as [Letter, CaseFixture][]) {
    ids[letter] = await createCase({ ...fixture, region });
    letterOf.set(ids[letter].caseId, letter);
  }
  // A closed case of the region never shows.
  await createCase({ region, dueAt: hours(-100), status: "CLOSED", flags: [{ rule: "SEVERE_OVERDUE", severity: "CRITICAL" }] });
});

describe("findQueueCases filters", () => {
  it("lists the open cases of the region, most urgent first", async () => {
    expect(await listed({})).toBe("ADBFECG");
  });

  it.each<[string, QueueFilters, string]>([
    ["rule", { rule: "SEVERE_OVERDUE" }, "A"],
    ["rule shared by two cases", { rule: "SCORE_DROP" }, "CG"],
    ["severity", { severity: "CRITICAL" }, "AD"],
    ["severity", { severity: "MEDIUM" }, "EC"],
    ["case status", { status: "IN_REVIEW" }, "B"],
    ["case status", { status: "NEW" }, "ADG"],
    ["assigned to me", { assignee: "me" }, "E"],
    ["unassigned", { assignee: "unassigned" }, "ADFCG"],
    ["SLA breached", { sla: "breached" }, "AE"],
    ["due today", { sla: "today" }, "DB"],
    ["cash loan", { product: "CASH_LOAN" }, "AC"],
    ["credit line", { product: "CREDIT_LINE" }, "ADBFEG"],
    ["DPD range, bounds included", { dpdMin: 30, dpdMax: 60 }, "DFE"],
    ["DPD at least", { dpdMin: 100 }, "A"],
    ["balance range, bounds included", { balanceMin: "300", balanceMax: "1000" }, "DFE"],
    ["balance at most, to the cent", { balanceMax: "200.50" }, "BG"],
    ["search by masked name", { q: "王*明" }, "A"],
    ["search by full name, masked before comparing", { q: "欧阳小明" }, "D"],
    ["search by a romanised surname, any case", { q: "wang" }, "C"],
    ["search by phone suffix", { q: "2222" }, "B"],
    ["search by masked phone", { q: "******1234" }, "F"],
    ["combined filters", { severity: "CRITICAL", sla: "today" }, "D"],
  ])("filters by %s", async (_name, filters, expected) => {
    expect(await listed(filters)).toBe(expected);
  });

  it("searches by account id", async () => {
    expect(await listed({ q: String(ids.F.accountId) })).toBe("F");
  });

  it("filters by region", async () => {
    expect(await listed({ region: testRegion() })).toBe("");
  });

  it("shows each row masked, with its flags, bucket and money as decimal text", async () => {
    const page = await findQueueCases({
      view: { filters: { region, rule: "SCORE_DROP", product: "CASH_LOAN" }, sort: "priority", dir: "asc" },
      viewerId,
      now: NOW,
      endOfToday: END_OF_TODAY,
    });
    expect(page.rows).toEqual([
      expect.objectContaining({
        caseId: ids.C.caseId,
        accountId: ids.C.accountId,
        customerName: "Wang X***",
        phone: "******3333",
        status: "ESCALATED",
        severity: "MEDIUM",
        dpd: 0,
        bucket: "CURRENT",
        outstanding: "9999.99",
        creditLimit: "10000.00",
        currency: "CNY",
        hasCreditLine: false,
        hasCashLoan: true,
        dueAt: hours(48).toISOString(),
        flaggedAt: flagged(7).toISOString(),
        assignee: null,
        flags: [
          { rule: "HIGH_UTILISATION", severity: "MEDIUM", detectedAt: flagged(9).toISOString(), summary: "test" },
          { rule: "SCORE_DROP", severity: "MEDIUM", detectedAt: flagged(7).toISOString(), summary: "test" },
        ],
      }),
    ]);
    expect(page.nextCursor).toBeNull();
    expect(page.prevCursor).toBeNull();
  });
});

describe("findQueueCases orders", () => {
  // Expected orders written out. C and G share a DPD, E and F a balance: ties fall to the case id (created in letter
  // order), which runs in the order's direction too.
  it.each<[QueueSort, SortDirection, string]>([
    ["priority", "asc", "ADBFECG"],
    ["priority", "desc", "GCEFBDA"],
    ["due", "asc", "EABDCFG"],
    ["due", "desc", "GFCDBAE"],
    ["dpd", "desc", "AFDEBGC"],
    ["dpd", "asc", "CGBEDFA"],
    ["outstanding", "desc", "CAFEDBG"],
    ["outstanding", "asc", "GBDEFAC"],
    ["flagged", "asc", "DEBFAGC"],
    ["flagged", "desc", "CGAFBED"],
  ])("sorts by %s %s", async (sort, dir, expected) => {
    expect(await listed({}, { sort, dir })).toBe(expected);
  });
});

describe("keyset paging", () => {
  it("pages forwards and back in every order without gaps or repeats", async () => {
    for (const sort of QUEUE_SORTS) {
      for (const dir of ["asc", "desc"] as const) {
        const view = { filters: { region }, sort, dir };
        const scope = { viewerId, now: NOW, endOfToday: END_OF_TODAY, pageSize: 3 };
        const pages = [await findQueueCases({ ...scope, view })];
        while (pages[pages.length - 1].nextCursor) {
          pages.push(await findQueueCases({ ...scope, view: { ...view, after: pages[pages.length - 1].nextCursor ?? undefined } }));
        }
        const walked = pages.map((p) => p.rows.map((row) => letterOf.get(row.caseId)).join("")).join("");
        expect(walked, `${sort} ${dir}`).toBe(await listed({}, { sort, dir }));
        expect(pages.map((p) => p.rows.length)).toEqual([3, 3, 1]);
        const back = await findQueueCases({ ...scope, view: { ...view, before: pages[2].prevCursor ?? undefined } });
        expect(back.rows.map((row) => row.caseId)).toEqual(pages[1].rows.map((row) => row.caseId));
        const first = await findQueueCases({ ...scope, view: { ...view, before: pages[1].prevCursor ?? undefined } });
        expect(first.rows.map((row) => row.caseId)).toEqual(pages[0].rows.map((row) => row.caseId));
        expect(first.prevCursor).toBeNull();
      }
    }
  });

  it("neither skips nor repeats a case while cases are opened, claimed and closed between pages", async () => {
    const pagingRegion = testRegion();
    const created = [];
    for (let i = 0; i < 9; i++) created.push(await createCase({ region: pagingRegion, dueAt: hours(10 + i) }));
    const view = { filters: { region: pagingRegion }, sort: "due" as const, dir: "asc" as const };
    const scope = { viewerId, now: NOW, endOfToday: END_OF_TODAY, pageSize: 4 };
    const first = await findQueueCases({ ...scope, view });
    // Between pages: a case opens before the cursor (the reader has passed its place) and one after it; an unseen
    // case is claimed and a seen one is closed. Neither changes where the others sort.
    const before = await createCase({ region: pagingRegion, dueAt: hours(1) });
    const after = await createCase({ region: pagingRegion, dueAt: hours(100) });
    await db.$executeRaw`UPDATE review_case SET assignee_id = ${other}, version = version + 1 WHERE id = ${created[6].caseId}`;
    await db.$executeRaw`UPDATE review_case SET status = 'CLOSED', closed_at = now() WHERE id = ${created[0].caseId}`;
    const second = await findQueueCases({ ...scope, view: { ...view, after: first.nextCursor ?? undefined } });
    await db.$executeRaw`UPDATE review_case SET due_at = due_at + interval '1 minute' WHERE id = ${created[5].caseId}`;
    const third = await findQueueCases({ ...scope, view: { ...view, after: second.nextCursor ?? undefined } });
    expect(third.nextCursor).toBeNull();
    const seen = [...first.rows, ...second.rows, ...third.rows].map((row) => row.caseId);
    expect(seen).toEqual([...created.map((c) => c.caseId), after.caseId]);
    expect(seen).not.toContain(before.caseId);
  });

  it("reads the first page for a cursor of another order or a forged one", async () => {
    const forged = encodeCursor({ sort: "dpd", dir: "desc", key: [5], id: 1 });
    const page = await findQueueCases({
      view: { filters: { region }, sort: "priority", dir: "asc", after: forged },
      viewerId,
      now: NOW,
      endOfToday: END_OF_TODAY,
    });
    expect(page.rows.map((row) => letterOf.get(row.caseId)).join("")).toBe("ADBFECG");
    expect(page.prevCursor).toBeNull();
  });
});

describe("findQueueCounts", () => {
  it("counts the open cases per filter value", async () => {
    const before = await findQueueCounts({ viewerId, now: NOW, endOfToday: END_OF_TODAY, fresh: true });
    const countsRegion = testRegion();
    await createCase({ region: countsRegion, dueAt: hours(-1), cashLoan: true, flags: [{ rule: "CASH_OUT", severity: "CRITICAL" }, { rule: "SCORE_DROP", severity: "MEDIUM" }] });
    await createCase({ region: countsRegion, dueAt: hours(2), status: "ESCALATED", assigneeId: viewerId });
    await createCase({ region: countsRegion, dueAt: hours(2), status: "CLOSED" });
    const after = await findQueueCounts({ viewerId, now: NOW, endOfToday: END_OF_TODAY, fresh: true });
    expect(after.region[countsRegion]).toBe(2);
    expect(after.total - before.total).toBe(2);
    expect(after.severity.CRITICAL - before.severity.CRITICAL).toBe(1);
    expect(after.severity.MEDIUM - before.severity.MEDIUM).toBe(1);
    expect(after.status.NEW - before.status.NEW).toBe(1);
    expect(after.status.ESCALATED - before.status.ESCALATED).toBe(1);
    expect(after.rule.CASH_OUT - before.rule.CASH_OUT).toBe(1);
    expect(after.rule.SCORE_DROP - before.rule.SCORE_DROP).toBe(2);
    expect(after.product.CASH_LOAN - before.product.CASH_LOAN).toBe(1);
    expect(after.product.CREDIT_LINE - before.product.CREDIT_LINE).toBe(2);
    expect(after.sla.breached - before.sla.breached).toBe(1);
    expect(after.sla.today - before.sla.today).toBe(1);
    expect(after.assignee.me - before.assignee.me).toBe(1);
    expect(after.assignee.unassigned - before.assignee.unassigned).toBe(1);
  });
});

describe("the case snapshot", () => {
  it("follows the account, the customer and the flags while the case is open", async () => {
    const snapshotRegion = testRegion();
    const { caseId, accountId } = await createCase({ region: snapshotRegion, dueAt: hours(5), dpd: 3 });
    await db.$executeRaw`UPDATE account SET current_dpd = 95, outstanding = 42.10 WHERE id = ${accountId}`;
    await db.$executeRaw`UPDATE customer SET full_name = '周杰', phone = '13700009876' WHERE id = (SELECT customer_id FROM account WHERE id = ${accountId})`;
    await db.$executeRaw`UPDATE flag SET cleared_at = now() WHERE account_id = ${accountId}`;
    await db.$executeRaw`INSERT INTO flag (account_id, rule_code, rule_version, severity, evidence, detected_at)
      VALUES (${accountId}, 'CASH_OUT', 1, 'CRITICAL', '{}', '2026-03-01')`;
    const [row] = await db.$queryRaw<{ current_dpd: number; outstanding: string; name_masked: string; phone_last4: string; rule_codes: string[] }[]>`
      SELECT current_dpd, outstanding::text, name_masked, phone_last4, rule_codes::text[] FROM review_case WHERE id = ${caseId}`;
    expect(row).toEqual({ current_dpd: 95, outstanding: "42.10", name_masked: "周*", phone_last4: "9876", rule_codes: ["CASH_OUT"] });
    expect(await listed({ region: snapshotRegion, rule: "CASH_OUT", dpdMin: 91, q: "9876" }, {})).toBe("?");
  });

  it("masks names in SQL exactly as the queue shows them", async () => {
    const names = ["王小明", "李娜", "欧阳小明", "王", "", "Wang Xiaoming", "  Ouyang   Xiao Ming ", "𠀀小𠀁", "A B"];
    const rows = await db.$queryRaw<{ masked: string }[]>`SELECT mask_name(n) AS masked FROM unnest(${names}::text[]) WITH ORDINALITY AS t(n, i) ORDER BY i`;
    expect(rows.map((row) => row.masked)).toEqual(names.map(maskName));
  });
});
