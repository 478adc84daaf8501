// `npm start`: the whole dashboard in one command. With no DATABASE_URL it runs the embedded PostgreSQL
// (.data/postgres, port 54329), applies migrations, seeds the demo portfolio and users into an empty demo
// database and runs the review rules over it, applies the decisions that came due, builds when the sources changed,
// and serves on http://localhost:3000. Ctrl-C stops the app and the database cleanly. With DATABASE_URL it uses that
// server and seeds nothing unless SEED_DEMO=1.
import crypto from "node:crypto";
import fs from "node:fs";
import { EMBEDDED_PORT } from "@/lib/database-url";
import { buildIsCurrent, recordBuild } from "./build-stamp";
import { prepareDatabase, siblingDatabaseUrl, startDatabaseServer } from "./prepare-database";
import { bin, runCommand, startCommand } from "./run-command";

const PORT = Number(process.env.PORT ?? 3000);
const DEMO_ACCOUNTS = 20_000;

/** A stable NEXTAUTH_SECRET for the demo, kept in the git-ignored data folder; production sets its own. */
function demoAuthSecret(): string {
  const file = ".data/nextauth-secret";
  if (!fs.existsSync(file)) {
    fs.mkdirSync(".data", { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function seedIfEmpty(url: string) {
  process.env.DATABASE_URL = url;
  const { db } = await import("@/lib/db");
  const { seedPortfolio } = await import("@/lib/portfolio/seed-portfolio");
  const { seedDemoUsers } = await import("@/lib/auth/demo-users");
  const { evaluatePortfolio } = await import("@/lib/rules/evaluate-portfolio");
  if ((await db.account.count()) === 0) {
    console.log(`Empty database: seeding the demo portfolio (${DEMO_ACCOUNTS.toLocaleString("en")} accounts)…`);
    await seedPortfolio({ accounts: DEMO_ACCOUNTS, progress: true });
    const evaluation = await evaluatePortfolio();
    console.log(`Review rules: ${evaluation.flagsRaised} flags raised, ${evaluation.casesOpened} cases opened.`);
  }
  const { portfolioSummariesMissing } = await import("@/lib/portfolio-metrics/portfolio-summaries");
  if (await portfolioSummariesMissing(db)) {
    console.log("Building the portfolio charts' summary tables for the existing accounts…");
    await (await import("./rebuild-metrics")).rebuildMetrics(url);
  }
  return seedDemoUsers(db);
}

/** Decisions whose date came while the app was stopped take effect before it serves (then hourly: instrumentation.ts). */
async function applyDueDecisionsNow(url: string) {
  process.env.DATABASE_URL = url;
  const { applyDueDecisions } = await import("@/lib/decisions/apply-due-decisions");
  const result = await applyDueDecisions({ log: (event, details) => console.error(JSON.stringify({ event, ...details })) });
  if (result.applied + result.lapsed + result.freezesExpired + result.failed > 0) {
    console.log(`Due decisions: ${result.applied} applied, ${result.lapsed} lapsed, ${result.freezesExpired} freezes ended, ${result.failed} failed.`);
  }
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  const server = await startDatabaseServer({ dataDir: ".data/postgres", port: EMBEDDED_PORT });
  const stopDatabase = () => server.stop();
  const databaseUrl = server.embedded ? siblingDatabaseUrl(server.url, "riskops") : server.url;
  try {
    await prepareDatabase(databaseUrl);
    const seedDemo = server.embedded || process.env.SEED_DEMO === "1";
    const users = seedDemo ? await seedIfEmpty(databaseUrl) : [];
    await applyDueDecisionsNow(databaseUrl);
    await (await import("@/lib/db")).db.$disconnect();
    if (!buildIsCurrent()) {
      console.log("Building the dashboard (first start or changed sources)…");
      if ((await runCommand(bin("next"), ["build"])) !== 0) throw new Error("next build failed");
      recordBuild();
    }
    const secret = process.env.NEXTAUTH_SECRET ?? (server.embedded ? demoAuthSecret() : undefined);
    if (!secret) throw new Error("Set NEXTAUTH_SECRET (a long random string) when running against DATABASE_URL.");
    const url = `http://localhost:${PORT}`;
    const app = startCommand(bin("next"), ["start", "-p", String(PORT)], {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
    });
    console.log(`\nRisk Ops is starting on ${url}`);
    if (users.length) {
      console.log("Demo sign-ins (password for all: " + users[0].password + "):");
      for (const user of users) console.log(`  ${user.role.padEnd(15)} ${user.email}`);
    }
    console.log("Ctrl-C stops the app and the database.\n");

    let stopping = false;
    const shutdown = () => {
      if (stopping) return;
      stopping = true;
      app.kill("SIGTERM");
    };
    process.on("SIGINT", shutdown);
    process.on("SIGTERM", shutdown);
    const code = await new Promise<number>((resolve) => app.on("exit", (exitCode) => resolve(exitCode ?? 0)));
    await stopDatabase();
    process.exit(stopping ? 0 : code);
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
