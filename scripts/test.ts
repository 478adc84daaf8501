// `npm test`: every check, in order: typecheck, lint, unit tests, integration tests against a real PostgreSQL,
// then Playwright in Chromium against a production build. A failing check does not stop the later ones (the
// whole picture in one run); a failing set-up step (database, seed, build) does.
// Without DATABASE_URL the tests run their own embedded PostgreSQL (.data/postgres-test, port 54339);
// with it they create riskops_test and riskops_e2e databases on that server (local servers only, unless
// ALLOW_REMOTE_TEST_DB=1). Ends with one "N passed, N failed" line over all test runners.
import fs from "node:fs";
import { EMBEDDED_TEST_PORT } from "@/lib/database-url";
import { buildIsCurrent, recordBuild } from "./build-stamp";
import { prepareDatabase, siblingDatabaseUrl, startDatabaseServer, type DatabaseServer } from "./prepare-database";
import { bin, runCommand } from "./run-command";
import { readRunnerTotals, type Totals } from "./test-totals";

const REPORTS = ".data/test-reports";

const failedChecks: string[] = [];

/** A check: its failure is recorded and the run goes on. */
async function check(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  console.log(`\n=== ${name} ===`);
  if ((await runCommand(command, args, env)) !== 0) failedChecks.push(name);
}

/** A set-up step: the checks after it cannot run without it. */
async function setUp(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  console.log(`\n=== ${name} ===`);
  if ((await runCommand(command, args, env)) !== 0) throw new Error(`${name} failed`);
}

/** Tests write data: refuse a server that is not on this machine unless explicitly allowed. */
function refuseRemoteServer() {
  if (!process.env.DATABASE_URL) return;
  const host = new URL(process.env.DATABASE_URL).hostname;
  if (!["localhost", "127.0.0.1", "[::1]"].includes(host) && process.env.ALLOW_REMOTE_TEST_DB !== "1") {
    throw new Error(`Refusing to run tests against ${host}: tests write data. Set ALLOW_REMOTE_TEST_DB=1 to allow it.`);
  }
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  fs.rmSync(REPORTS, { recursive: true, force: true });
  fs.mkdirSync(REPORTS, { recursive: true });
  const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
  let failure: unknown = null;
  let server: DatabaseServer | null = null;
  try {
    await check("typecheck", bin("tsc"), ["--noEmit", "-p", "."]);
    await check("lint", bin("eslint"), [".", "--max-warnings=0"]);
    await check("unit tests", bin("vitest"), ["run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile=${REPORTS}/unit.json`]);

    refuseRemoteServer();
    server = await startDatabaseServer({ dataDir: ".data/postgres-test", port: EMBEDDED_TEST_PORT });
    const integrationUrl = siblingDatabaseUrl(server.url, "riskops_test");
    await prepareDatabase(integrationUrl, { fresh: true });
    await check(
      "integration tests",
      bin("vitest"),
      ["run", "--project", "integration", "--reporter=default", "--reporter=json", `--outputFile=${REPORTS}/integration.json`],
      { ...process.env, DATABASE_URL: integrationUrl },
    );

    const e2eUrl = siblingDatabaseUrl(server.url, "riskops_e2e");
    await prepareDatabase(e2eUrl, { fresh: true });
    await setUp("seed the e2e database", bin("tsx"), ["--conditions=react-server", "scripts/seed-e2e.ts"], {
      ...process.env,
      DATABASE_URL: e2eUrl,
    });
    if (!buildIsCurrent()) {
      await setUp("production build", bin("next"), ["build"]);
      recordBuild();
    }
    await check("end-to-end tests (Playwright, Chromium)", bin("playwright"), ["test"], {
      ...process.env,
      E2E_DATABASE_URL: e2eUrl,
      PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/e2e.json`,
    });
  } catch (error) {
    failure = error;
  } finally {
    await server?.stop();
  }
  Object.assign(totals, readRunnerTotals(REPORTS));
  if (failure) console.error(`\n${failure instanceof Error ? failure.message : failure}`);
  if (failedChecks.length) console.error(`\nFailed: ${failedChecks.join(", ")}`);
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(failure || failedChecks.length || totals.failed > 0 ? 1 : 0);
}

main();
