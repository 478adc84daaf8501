// The portfolio charts (issue 7): a manager opens the page on the last 12 months of data, changes the filters (the
// URL carries them, the figures follow), reads a bar's exact figures from its tooltip by keyboard, drills down from
// a bucket bar to its accounts and from a severity bar to the queue, downloads a chart's CSV whose figures are the
// table's, and sees reviewer throughput; a risk officer does not, and the reviewer CSV refuses them; bad filters
// get a 400 and no session goes to sign in; the titles follow the language; axe finds nothing serious, light or dark.
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { PREFERENCE_COOKIES } from "@/lib/preferences/preferences";
import { createKnownAccount } from "./support/account";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { query } from "./support/db";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in";

const monthName = (month: string) => new Intl.DateTimeFormat("en", { year: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
const money = (amount: string) => new Intl.NumberFormat("en", { style: "currency", currency: "CNY" }).format(amount as Intl.StringNumericLiteral);

async function latestMonth(): Promise<string> {
  const [row] = await query<{ month: string }>(`SELECT to_char(max(month), 'YYYY-MM') AS month FROM portfolio_month_bucket WHERE product = 'ALL'`);
  return row.month;
}

async function monthFigures(product: "ALL" | "CASH_LOAN", month: string) {
  const [row] = await query<{ accounts: number; outstanding: string }>(
    `SELECT sum(accounts)::int AS accounts, sum(balance)::text AS outstanding FROM portfolio_month_bucket WHERE product = $1 AND month = $2::date`,
    [product, `${month}-01`],
  );
  return row;
}

/** The balances chart's table row of a month (opening the "Show as table" disclosure). */
async function balancesRow(page: Page, month: string) {
  const card = page.getByTestId("chart-balances");
  await card.getByText("Show as table").click();
  return card.getByRole("row", { name: new RegExp(`^${monthName(month)}`) });
}

test("a manager filters the charts through the URL and reads exact figures by keyboard", async ({ page }) => {
  await signInAs(page, "MANAGER");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Portfolio" }).click();
  await expect(page).toHaveURL("/portfolio");
  await expect(page.getByRole("heading", { level: 1, name: "Portfolio charts" })).toBeVisible();
  const latest = await latestMonth();
  await expect(page.getByLabel("To month")).toHaveValue(latest);

  const all = await monthFigures("ALL", latest);
  await expect(await balancesRow(page, latest)).toContainText(money(all.outstanding));

  await page.getByLabel("Product").selectOption("CASH_LOAN");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]product=CASH_LOAN/);
  expect(new URL(page.url()).searchParams.get("to")).toBe(latest);
  const cash = await monthFigures("CASH_LOAN", latest);
  expect(cash.outstanding).not.toBe(all.outstanding);
  const row = await balancesRow(page, latest);
  await expect(row).toContainText(money(cash.outstanding));
  await expect(row).toContainText(String(cash.accounts));

  // The filters survive a reload, and a bar's figures show on keyboard focus.
  await page.reload();
  await expect(page.getByLabel("Product")).toHaveValue("CASH_LOAN");
  const bar = page.getByTestId("chart-balances").locator(`[data-tip^="${monthName(latest)}: outstanding"][data-tip$="; opens the overdue accounts"]`);
  await expect(bar).toHaveAttribute("data-tip", new RegExp(`outstanding ${money(cash.outstanding).replace(/[.$]/g, "\\$&")}, `));
  await bar.focus();
  await expect(page.getByTestId("chart-tooltip")).toHaveText((await bar.getAttribute("data-tip"))!);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("chart-tooltip")).toHaveCount(0);
});

test("a manager drills down from a bucket bar to its accounts and from a severity bar to the queue", async ({ page }) => {
  await signInAs(page, "MANAGER");
  await page.goto("/portfolio");
  const latest = await latestMonth();
  const [m4] = await query<{ accounts: number }>(`SELECT sum(accounts)::int AS accounts FROM portfolio_month_bucket WHERE product = 'ALL' AND month = $1::date AND bucket = 'M4_PLUS'`, [`${latest}-01`]);
  expect(m4.accounts).toBeGreaterThan(0);

  const bucketBar = page.getByTestId("chart-buckets").getByRole("link", { name: new RegExp(`^${monthName(latest)}, M4\\+ \\(over 90 days\\)`) });
  await bucketBar.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/portfolio/accounts\\?month=${latest}&bucket=M4_PLUS`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Accounts in M4+ (over 90 days), ${monthName(latest)}`);
  const rows = page.getByRole("region", { name: "Accounts behind the chart's figure" }).locator("tbody tr");
  await expect(rows).toHaveCount(Math.min(50, m4.accounts));
  for (const dpd of await rows.locator("td:nth-child(4)").allInnerTexts()) expect(Number(dpd.replaceAll(",", ""))).toBeGreaterThan(90);

  // The roll-rate matrix of the month before the latest: a cell opens the accounts that made that move.
  const previous = (await query<{ month: string }>(`SELECT to_char($1::date - interval '1 month', 'YYYY-MM') AS month`, [`${latest}-01`]))[0].month;
  const [cell] = await query<{ accounts: number }>(
    `SELECT sum(accounts)::int AS accounts FROM portfolio_roll WHERE product = 'ALL' AND month_from = $1::date AND bucket_from = 'CURRENT' AND bucket_to = 'M1'`,
    [`${previous}-01`],
  );
  expect(cell.accounts).toBeGreaterThan(0);
  await page.goto("/portfolio");
  const roll = page.getByTestId("chart-roll-rates");
  await roll.getByLabel("From month").selectOption(previous);
  await roll.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]roll=${previous}`));
  await roll.getByRole("link", { name: /^Current \(0 days\) to M1 \(1–30 days\):/ }).click();
  await expect(page).toHaveURL(new RegExp(`/portfolio/accounts\\?month=${previous}&bucket=CURRENT&next=M1`));
  await expect(page.getByRole("region", { name: "Accounts behind the chart's figure" }).locator("tbody tr")).toHaveCount(Math.min(50, cell.accounts));

  await page.goto("/portfolio");
  await page.getByTestId("chart-buckets").getByRole("link", { name: "Shares" }).click();
  await expect(page).toHaveURL(/[?&]buckets=shares/);
  await expect(page.getByTestId("chart-buckets")).toContainText("Share of each month's balance per delinquency bucket, stacked to 100%.");
  await page.getByTestId("chart-open-cases").getByRole("link", { name: /^Critical, open under 1 day/ }).click();
  await expect(page).toHaveURL(/\/queue\?severity=CRITICAL/);
  await expect(page.getByRole("table", { name: "Open review cases" }).locator("tbody tr").first()).toBeVisible();
});

test("a manager drills down from a balances bar's overdue segment and from a utilisation bar to their accounts", async ({ page }) => {
  await signInAs(page, "MANAGER");
  await page.goto("/portfolio");
  const latest = await latestMonth();
  const [overdue] = await query<{ accounts: number }>(
    `SELECT sum(accounts)::int AS accounts FROM portfolio_month_bucket WHERE product = 'ALL' AND month = $1::date AND bucket <> 'CURRENT'`,
    [`${latest}-01`],
  );
  expect(overdue.accounts).toBeGreaterThan(0);
  await page.getByTestId("chart-balances").locator(`a[data-tip^="${monthName(latest)}: outstanding"][data-tip$="; opens the overdue accounts"]`).click();
  await expect(page).toHaveURL(new RegExp(`/portfolio/accounts\\?month=${latest}&bucket=OVERDUE$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Accounts in Overdue (1 day or more), ${monthName(latest)}`);
  const rows = page.getByRole("region", { name: "Accounts behind the chart's figure" }).locator("tbody tr");
  await expect(rows).toHaveCount(Math.min(50, overdue.accounts));
  for (const dpd of await rows.locator("td:nth-child(4)").allInnerTexts()) expect(Number(dpd.replaceAll(",", ""))).toBeGreaterThan(0);

  // The 10-20% band of the latest month: every account listed owes 10% to 20% of the limit in force then.
  const [band] = await query<{ accounts: number }>(`SELECT sum(accounts)::int AS accounts FROM portfolio_utilisation WHERE product = 'ALL' AND month = $1::date AND band = 1`, [`${latest}-01`]);
  expect(band.accounts).toBeGreaterThan(0);
  await page.goto("/portfolio");
  await page.getByTestId("chart-utilisation").getByRole("link", { name: /^10-20%: / }).click();
  await expect(page).toHaveURL(new RegExp(`/portfolio/accounts\\?month=${latest}&band=1$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Accounts at 10-20% of their credit limit, ${monthName(latest)}`);
  await expect(rows).toHaveCount(Math.min(50, band.accounts));
  const amount = (text: string) => Number(text.replace(/[^0-9.-]/g, ""));
  const owed = await rows.locator("td:nth-child(3)").allInnerTexts();
  const limits = await rows.locator("td:nth-child(5)").allInnerTexts();
  owed.forEach((due, i) => {
    expect(amount(due) / amount(limits[i])).toBeGreaterThanOrEqual(0.1);
    expect(amount(due) / amount(limits[i])).toBeLessThan(0.2);
  });
  await expectNoSeriousA11yViolations(page);
});

test("a manager downloads a chart's CSV whose figures are the table's, and sees reviewer throughput", async ({ page }) => {
  await signInAs(page, "MANAGER");
  await page.goto("/portfolio");
  const latest = await latestMonth();
  const all = await monthFigures("ALL", latest);
  await expect(await balancesRow(page, latest)).toContainText(money(all.outstanding));

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download data as CSV: Outstanding and overdue balance by month" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^portfolio-balances-\d{4}-\d{2}_\d{4}-\d{2}\.csv$/);
  const lines = fs.readFileSync((await download.path())!, "utf8").split("\r\n");
  expect(lines[0]).toBe("month,currency,accounts,outstanding,overdue,overdue_ratio");
  const last = lines.find((line) => line.startsWith(`${latest},`))!.split(",");
  expect(last.slice(0, 4)).toEqual([latest, "CNY", String(all.accounts), Number(all.outstanding).toFixed(2)]);
  expect(lines).toHaveLength(12 + 2); // header, 12 months, and the empty string after the last CRLF

  // A case the demo officer closed an hour ago, in a region of its own, so the figures are exact.
  const { accountId, region } = await createKnownAccount();
  const [officer] = await query<{ id: number; name: string }>(`SELECT id, name FROM app_user WHERE email = 'officer@riskops.test'`);
  await query(
    `INSERT INTO review_case (account_id, status, severity, priority, assignee_id, claimed_at, due_at, opened_at, closed_at)
     VALUES ($1, 'CLOSED', 'HIGH', 2, $2, now() - interval '2 hours', now() + interval '1 day', now() - interval '3 hours', now() - interval '1 hour')`,
    [accountId, officer.id],
  );
  await page.goto(`/portfolio?region=${region}`);
  const card = page.getByTestId("chart-reviewers");
  await expect(card.getByRole("heading", { name: "Reviewer throughput" })).toBeVisible();
  await card.getByText("Show as table").click();
  await expect(card.getByRole("row", { name: new RegExp(`^${officer.name}`) })).toHaveText(new RegExp(`${officer.name}\\s*1\\s*n/a`));
  const reviewers = await page.request.get(`/api/portfolio/reviewers.csv?region=${region}`);
  expect(reviewers.status()).toBe(200);
  expect((await reviewers.text()).split("\r\n")).toEqual(["officer_id,officer,cases_closed,median_hours_to_decision", `${officer.id},${officer.name},1,`, ""]);
});

test("a risk officer sees the charts but not reviewer throughput, and its CSV is refused", async ({ page }) => {
  await signInAs(page, "RISK_OFFICER");
  await page.goto("/portfolio");
  await expect(page.getByRole("heading", { name: "Open cases by severity and age" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Reviewer throughput" })).toHaveCount(0);
  const refused = await page.request.get("/api/portfolio/reviewers.csv");
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: "forbidden" });
  expect((await page.request.get("/api/portfolio/sla.csv")).status()).toBe(200);
});

test("an administrator sees reviewer throughput but no drill links into the queue, which the role cannot open", async ({ page }) => {
  await signInAs(page, "ADMIN");
  await page.goto("/portfolio");
  await expect(page.getByRole("heading", { name: "Reviewer throughput" })).toBeVisible();
  await expect(page.getByTestId("chart-open-cases").getByRole("img").first()).toBeVisible();
  await expect(page.locator('a[href^="/queue"]')).toHaveCount(0);
  await expect(page.getByTestId("chart-buckets").locator('a[href^="/portfolio/accounts"]').first()).toBeVisible();
});

test("bad filters get a clear answer (400 from the CSV route, a message on the account list); a signed-out visitor is sent to sign in", async ({ page, playwright, baseURL }) => {
  await signInAs(page, "MANAGER");
  const bad = await page.request.get("/api/portfolio/balances.csv?from=2025-13&product=MORTGAGE");
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(body.error).toBe("invalid");
  expect(body.message).toContain("a month is YYYY-MM");
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts):\d+/);
  expect((await page.request.get("/api/portfolio/nothing.csv")).status()).toBe(404);
  // The account list behind a bar, opened with a hand-made bad URL: a message and the way back, no error page.
  await page.goto("/portfolio/accounts?month=2025-13&bucket=M9");
  await expect(page.getByRole("alert").filter({ hasText: "This list needs a month and a bucket or a utilisation band" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the portfolio charts" })).toBeVisible();
  const anonymous = await playwright.request.newContext({ baseURL });
  // The proxy sends signed-out GETs to the sign-in page before the route's own 401 (tested in the integration test).
  const refused = await anonymous.get("/api/portfolio/balances.csv", { maxRedirects: 0 });
  expect(refused.status()).toBe(307);
  expect(refused.headers()["location"]).toContain("/login");
  await anonymous.dispose();
});

test("the charts follow the language, and axe finds nothing serious, light or dark", async ({ page, context, baseURL }) => {
  await signInAs(page, "MANAGER");
  await page.goto("/portfolio");
  await expect(page.getByTestId("chart-balances")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await context.addCookies([
    { name: PREFERENCE_COOKIES.theme, value: "dark", url: baseURL! },
    { name: PREFERENCE_COOKIES.locale, value: "zh-CN", url: baseURL! },
  ]);
  await page.goto("/portfolio?buckets=shares");
  await expect(page.getByRole("heading", { level: 1, name: "资产组合图表" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "按月未偿余额与逾期余额" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "迁徙率矩阵" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "审核人员处理量" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto(`/portfolio/accounts?month=${await latestMonth()}&bucket=M4_PLUS`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("处于 M4+");
  await expectNoSeriousA11yViolations(page);
});
