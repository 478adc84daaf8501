// PostgreSQL stops mid-session and comes back: pages show the translated "database unavailable" panel (route
// handlers answer 503 with Retry-After), a server action fails with a clear message and writes nothing, and the
// same app process serves again once the database returns, with the audit chain intact. The spec runs its own
// embedded PostgreSQL (port 54359, a fresh .data/postgres-faults) and its own `next start` of the e2e build
// (NEXT_DIST_DIR or .next, port 3199) against it, so stopping the database disturbs no other spec.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { startEmbeddedPostgres, type EmbeddedServer } from "../scripts/embedded-postgres";
import { prepareDatabase } from "../scripts/prepare-database";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { submitSignIn } from "./support/sign-in";

const PG_PORT = 54359;
const DATA_DIR = path.resolve(".data/postgres-faults");
const APP = "http://localhost:3199";
const DATABASE = `postgresql://postgres:postgres@127.0.0.1:${PG_PORT}/riskops`;
const PASSWORD = "faults-e2e-password";

test.describe.configure({ mode: "serial", timeout: 120_000 });

let database: EmbeddedServer | null = null;
let app: ChildProcess | null = null;
let fixture: { email: string; accountId: number };

const startDatabase = async () => {
  database = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PG_PORT, database: "riskops" });
};
const stopDatabase = async () => {
  await database?.stop();
  database = null;
};

async function sql<Row extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: DATABASE });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** An officer and an account with an open case: what the note form needs. */
async function createFixture() {
  const email = `faults-${Date.now()}@riskops.test`;
  await sql(`INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, 'Faults Officer', 'RISK_OFFICER', $2)`, [
    email,
    await hashPassword(PASSWORD),
  ]);
  const [customer] = await sql<{ id: number }>(
    `INSERT INTO customer (full_name, national_id, phone) VALUES ('故障测试', 'FAULTS-0001', '13900000001') RETURNING id`,
  );
  const [account] = await sql<{ id: number }>(
    `INSERT INTO account (customer_id, region, credit_limit, outstanding, current_dpd, opened_at)
     VALUES ($1, 'QF-DB', 10000, 1000, 35, '2024-01-01') RETURNING id`,
    [customer.id],
  );
  await sql(
    `INSERT INTO flag (account_id, rule_code, rule_version, severity, evidence, detected_at)
     VALUES ($1, 'SEVERE_OVERDUE', 1, 'HIGH', '{"summary":"35 DPD"}', now())`,
    [account.id],
  );
  await sql(`INSERT INTO review_case (account_id, status, severity, priority, due_at) VALUES ($1, 'NEW', 'HIGH', 2, now() + interval '1 day')`, [
    account.id,
  ]);
  return { email, accountId: account.id };
}

async function startApp() {
  const child = spawn("node_modules/.bin/next", ["start", "-p", "3199"], {
    env: { ...process.env, DATABASE_URL: DATABASE, NEXTAUTH_URL: APP, NEXTAUTH_SECRET: "faults-e2e-secret-not-for-production" },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let errors = "";
  child.stderr!.on("data", (chunk) => (errors = (errors + chunk).slice(-4000)));
  for (let waited = 0; ; waited += 250) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${errors}`);
    if (waited > 60_000) throw new Error(`next start did not answer on ${APP}:\n${errors}`);
    const up = await fetch(`${APP}/login`).then((response) => response.ok, () => false);
    if (up) return child;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** `npm run audit:verify` against the spec's database. */
function verifyAuditChain(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/audit-verify.ts"], {
      env: { ...process.env, DATABASE_URL: DATABASE },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

const notes = (page: Page) => page.locator("section").filter({ has: page.getByRole("heading", { name: "Notes", exact: true }) }).first();

async function addNote(page: Page, body: string) {
  await notes(page).getByRole("textbox").fill(body);
  await notes(page).getByRole("button", { name: "Add note" }).click();
}

test.beforeAll(async () => {
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  await startDatabase();
  await prepareDatabase(DATABASE, { fresh: true });
  fixture = await createFixture();
  app = await startApp();
});

test.afterAll(async () => {
  if (app?.pid) process.kill(-app.pid, "SIGTERM");
  await stopDatabase();
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
});

test("the database stops and returns: unavailable state, a clean refusal, recovery without a restart", async ({ page }) => {
  await page.goto(`${APP}/login`);
  await submitSignIn(page, fixture.email, PASSWORD);
  await expect(page.getByTestId("current-user")).toBeVisible();
  await page.goto(`${APP}/accounts/${fixture.accountId}`);
  await expect(page.getByRole("heading", { level: 1, name: `Account ${fixture.accountId}` })).toBeVisible();

  await stopDatabase();

  // A form on the page already loaded: the action says the database is unavailable and that nothing was saved.
  const lost = `Written while the database was down ${Date.now()}`;
  await addNote(page, lost);
  await expect(notes(page).getByText("The database is unavailable, so nothing was saved. Try again in a moment.")).toBeVisible();

  // Any page: the panel instead of the page, translated, accessible, with a retry.
  await page.goto(`${APP}/queue`);
  const panel = page.getByTestId("database-unavailable");
  await expect(panel.getByRole("heading", { name: "Database unavailable" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // In Chinese and the dark theme too (the preference cookies need no database).
  const setPreferences = (data: object) => page.request.post(`${APP}/api/preferences`, { data, headers: { Origin: APP } });
  expect((await setPreferences({ locale: "zh-CN", theme: "dark" })).status()).toBe(204);
  await page.reload();
  await expect(panel.getByRole("heading", { name: "数据库不可用" })).toBeVisible();
  await expect(panel.getByRole("button", { name: "重试" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await setPreferences({ locale: "en", theme: "light" });
  await page.reload();
  await expect(panel.getByRole("heading", { name: "Database unavailable" })).toBeVisible();

  const api = await page.request.get(`${APP}/api/queue`);
  expect(api.status()).toBe(503);
  expect(api.headers()["retry-after"]).toBe("5");

  await startDatabase();

  // The same app process serves again: no restart.
  await panel.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible({ timeout: 20_000 });
  expect((await page.request.get(`${APP}/api/queue`)).status()).toBe(200);
  await page.goto(`${APP}/accounts/${fixture.accountId}`);
  const kept = `Written after the database came back ${Date.now()}`;
  await addNote(page, kept);
  await expect(notes(page).getByText(/^Note #\d+ was added\.$/)).toBeVisible();

  // Nothing half-written: only the second note, with its one audit event; the chain verifies.
  const stored = await sql<{ body: string }>(`SELECT body FROM note WHERE account_id = $1`, [fixture.accountId]);
  expect(stored.map((note) => note.body)).toEqual([kept]);
  const audited = await sql<{ note: string }>(`SELECT note FROM audit_event WHERE action = 'note.add' AND account_id = $1`, [
    fixture.accountId,
  ]);
  expect(audited.map((event) => event.note)).toEqual([kept]);
  const verification = await verifyAuditChain();
  expect(verification.output).toMatch(/events verified/);
  expect(verification.code).toBe(0);
});
