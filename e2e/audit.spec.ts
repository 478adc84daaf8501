// The compliance screens: the explorer filters the trail and opens an event (and looking is itself recorded); a CSV
// export of the filter holds exactly the trail's rows, formulas neutralised, with a manifest whose SHA-256 is the
// file's; an empty filter exports a valid empty file; the chain verifies from the button; risk officers and managers
// are refused in the UI and at the routes; axe finds nothing serious.
import { createHash } from "node:crypto";
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { PREFERENCE_COOKIES } from "@/lib/preferences/preferences";
import { createKnownAccount } from "./support/account";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { query } from "./support/db";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in";

const NOTES = ['=HYPERLINK("http://evil.example","click") as the customer asked', "+1 called back, 客户说下周还款", '@SUM(A1:A2) "quoted"\nsecond line'];

/** Minimal RFC 4180 reader: quoted fields with doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      endField();
    } else if (c === "\r" && text[i + 1] === "\n") {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else {
      field += c;
    }
  }
  if (field !== "" || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

async function exportCsv(page: Page) {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const file = await (await download).path();
  await expect(page.getByText("Export saved.")).toBeVisible();
  return fs.readFileSync(file!);
}

test("compliance filters, opens an event, exports it safely with a matching manifest, and verifies the chain", async ({ page, browser }) => {
  const account = await createKnownAccount();
  const officer = await (await browser.newContext()).newPage();
  await signInAs(officer, "RISK_OFFICER");
  await officer.goto(`/accounts/${account.accountId}`);
  for (const note of NOTES) {
    await officer.getByRole("region", { name: "Notes" }).getByRole("textbox").fill(note);
    await officer.getByRole("button", { name: "Add note" }).click();
    await expect(officer.getByText(/^Note #\d+ was added\.$/)).toBeVisible();
  }

  await signInAs(page, "COMPLIANCE");
  await page.getByRole("link", { name: "Audit trail" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  const filters = page.getByRole("form", { name: "Filter the audit trail" });
  await filters.getByLabel("Account", { exact: true }).fill(String(account.accountId));
  await filters.getByLabel(/^Action/).fill("note.");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`action=note.*accountId=${account.accountId}|accountId=${account.accountId}.*action=note`));
  const rows = page.getByRole("region", { name: /Events/ }).getByRole("row");
  await expect(rows).toHaveCount(NOTES.length + 1);
  const [newest] = await query<{ seq: string; hash: string }>(
    `SELECT seq::text, hash FROM audit_event WHERE account_id = $1 AND action = 'note.add' ORDER BY seq DESC LIMIT 1`,
    [account.accountId],
  );
  await page.getByRole("button", { name: `Show event ${newest.seq}` }).click();
  await expect(page.getByText(newest.hash)).toBeVisible();
  const [view] = await query<{ after: { filter: Record<string, unknown> } }>(
    `SELECT after FROM audit_event WHERE action = 'audit.view' AND actor_label = 'compliance@riskops.test' ORDER BY seq DESC LIMIT 1`,
  );
  expect(view.after.filter).toEqual({ action: "note.", accountId: account.accountId });

  const bytes = await exportCsv(page);
  const csv = parseCsv(bytes.toString("utf8"));
  const header = csv[0];
  const notes = csv.slice(1).map((row) => row[header.indexOf("note")]);
  expect(notes).toHaveLength(NOTES.length);
  expect(notes).toContain(`'${NOTES[0]}`);
  expect(notes).toContain(`'${NOTES[1]}`);
  expect(notes).toContain(`'${NOTES[2]}`);
  const dbSeqs = await query<{ seq: string }>(`SELECT seq::text FROM audit_event WHERE account_id = $1 AND action LIKE 'note.%' ORDER BY seq`, [account.accountId]);
  expect(csv.slice(1).map((row) => row[header.indexOf("seq")])).toEqual(dbSeqs.map((row) => row.seq));
  await expect(page.getByTestId("export-sha256")).toHaveText(createHash("sha256").update(bytes).digest("hex"));
  const [exported] = await query<{ note: string | null }>(`SELECT note FROM audit_event WHERE action = 'audit.export' ORDER BY seq DESC LIMIT 1`);
  expect(exported).toBeTruthy();

  await page.getByRole("button", { name: "Verify the chain" }).click();
  await expect(page.getByTestId("verify-result")).toContainText(/events verified, head [0-9a-f]{64}/, { timeout: 30_000 });
});

test("an export of a filter that selects nothing is a valid empty file", async ({ page }) => {
  await signInAs(page, "COMPLIANCE");
  await page.goto("/audit?accountId=2147483000");
  await expect(page.getByText("No event matches this filter.")).toBeVisible();
  const csv = parseCsv((await exportCsv(page)).toString("utf8"));
  expect(csv).toHaveLength(1);
  expect(csv[0]).toContain("seq");
});

test("a risk officer and a manager are refused, in the UI and at the routes", async ({ page }) => {
  for (const role of ["RISK_OFFICER", "MANAGER"] as const) {
    await signInAs(page, role);
    await expect(page.getByRole("link", { name: "Audit trail" })).toHaveCount(0);
    await page.goto("/audit");
    await expect(page).toHaveURL(/\/forbidden$/);
    for (const route of ["/api/audit/export?format=csv", "/api/audit/verify"]) {
      expect((await page.request.get(route)).status(), `${role} ${route}`).toBe(403);
    }
    await page.context().clearCookies();
  }
});

test("axe finds no serious violation on the explorer, light and dark", async ({ page, context, baseURL }) => {
  await signInAs(page, "ADMIN");
  await page.goto("/audit");
  await page.getByRole("button", { name: /^Show event/ }).first().click();
  await expectNoSeriousA11yViolations(page);
  await context.addCookies([{ name: PREFERENCE_COOKIES.theme, value: "dark", url: baseURL! }]);
  await page.reload();
  await page.getByRole("button", { name: /^Show event/ }).first().click();
  await expectNoSeriousA11yViolations(page);
});
