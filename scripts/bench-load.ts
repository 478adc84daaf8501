// `npm run bench:load [-- --duration 60] [--connections 50] [--officers 2] [--decision-rate 10]`: the load benchmark of issue 8, on the
// database in DATABASE_URL (a large one: the 1,000,000-account portfolio). Starts the production build (`next start`,
// NEXT_DIST_DIR or .next) on a free loopback port, signs in as the demo officer (demo users are added when missing),
// then loads the queue route (GET /api/queue, rotating through its orders) and the account route (GET
// /api/accounts/<id>/timeline over accounts with an open case) with autocannon, one after the other, at the given
// connections for the given seconds each, while bench officer pairs propose and approve decisions the whole time
// (`--decision-rate` commits per second, all pairs together)
// (it WRITES decisions and audit events: use a benchmark database). Prints p50/p95/p99, requests and the error rate
// per route and the decisions' figures, next to a reference measured the same way (GET /api/health: what the machine
// allows the cheapest route at this concurrency) and the ratios, then verifies the audit chain. Exits 1 when a
// route's p95 is 200 ms or more, its error rate 0.1% or more, a decision failed or the chain does not verify.
import { parseArgs } from "node:util";
import pg from "pg";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { DEMO_PASSWORD, seedDemoUsers } from "@/lib/auth/demo-users";
import { databaseUrl } from "@/lib/database-url";
import { db } from "@/lib/db";
import { QUEUE_SORTS } from "@/lib/queue/sorts";
import { benchOfficers, sampleAccounts } from "./bench/decisions-fixtures";
import { startDecisionLoad, type DecisionFigures } from "./bench/load-decisions";
import { runLoad, type LoadFigures } from "./bench/load-http";
import { signIn, startLoadServer } from "./bench/load-server";
import { percentile } from "./bench/timing";

const P95_BUDGET_MS = 200;
const ERROR_RATE_BUDGET = 0.001;
const WARM_UP_SECONDS = 5;
const ACCOUNTS_PER_OFFICER = 20;
const SIGNED_IN_AS = "officer@riskops.test";

function options() {
  const { values } = parseArgs({
    options: {
      duration: { type: "string" },
      connections: { type: "string" },
      officers: { type: "string" },
      "decision-rate": { type: "string" },
    },
    strict: true,
  });
  const whole = (name: string, value: string | undefined, fallback: number) => {
    const number = Number(value ?? fallback);
    if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a whole number of at least 1`);
    return number;
  };
  return {
    duration: whole("duration", values.duration, 60),
    connections: whole("connections", values.connections, 50),
    officers: whole("officers", values.officers, 2),
    decisionRate: whole("decision-rate", values["decision-rate"], 10),
  };
}

async function accountPaths(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ id: number }>(
    `SELECT account_id AS id FROM review_case TABLESAMPLE SYSTEM (5) WHERE status <> 'CLOSED' LIMIT 500`,
  );
  if (rows.length === 0) throw new Error("no open cases: seed a portfolio and run `npm run rules:evaluate` first");
  return rows.map((row) => `/api/accounts/${row.id}/timeline`);
}

const queuePaths = () => QUEUE_SORTS.flatMap((sort) => [`/api/queue?sort=${sort}`, `/api/queue?sort=${sort}&dir=${sort === "dpd" ? "asc" : "desc"}`]);

const ms = (value: number) => `${value.toFixed(1)} ms`;

function printRoute(figures: LoadFigures, connections: number, seconds: number) {
  const statuses = Object.entries(figures.statuses).map(([status, count]) => `${count}x${status}`).join(", ");
  console.log(
    `${figures.name.padEnd(8)} ${connections} connections, ${seconds} s: ${figures.requests} requests (${figures.perSecond.toFixed(0)}/s), ` +
      `p50 ${ms(figures.p50)}, p95 ${ms(figures.p95)}, p99 ${ms(figures.p99)}, max ${ms(figures.max)}, ` +
      `errors ${figures.errors} (${(figures.errorRate * 100).toFixed(3)}%)${statuses ? `: ${statuses}` : ""}`,
  );
}

function printDecisions(figures: DecisionFigures, seconds: number, targetRate: number) {
  console.log(
    `decisions concurrently (target ${targetRate} commits/s): ${figures.cycles} freeze cycles, ${figures.commits} commits ` +
      `(${(figures.commits / seconds).toFixed(1)}/s), ` +
      `propose/approve commit p95 ${ms(percentile(figures.commitTimes, 0.95) ?? NaN)}, failures ${figures.failures.length}`,
  );
  for (const failure of figures.failures.slice(0, 5)) console.log(`  ${failure}`);
}

async function main(): Promise<number> {
  const { duration, connections, officers: officerCount, decisionRate } = options();
  const url = databaseUrl();
  console.log(`load benchmark on ${new URL(url).host}${new URL(url).pathname}`);
  const client = new pg.Client({ connectionString: url, application_name: "riskops-bench-load" });
  await client.connect();
  const server = await startLoadServer(url);
  try {
    await seedDemoUsers(db);
    const [{ total }] = (await client.query<{ total: number }>("SELECT count(*)::int AS total FROM account")).rows;
    const [officers, accounts, accountRoute] = await Promise.all([
      benchOfficers(officerCount),
      sampleAccounts(client, total, officerCount * ACCOUNTS_PER_OFFICER),
      accountPaths(client),
    ]);
    console.log(`${total} accounts; app on ${server.baseUrl}; waiting for its start-up jobs (audit chain check)...`);
    await server.logEvent("audit.maintenance", 300_000);
    const cookie = await signIn(server.baseUrl, SIGNED_IN_AS, DEMO_PASSWORD);
    const targets = [
      { name: "queue", paths: queuePaths() },
      { name: "account", paths: accountRoute },
    ].map((target) => ({ ...target, baseUrl: server.baseUrl, cookie, connections }));
    // The reference: the cheapest route the app has (GET /api/health: the proxy, one `SELECT 1`, no session) under
    // the same load, i.e. what this machine's cores allow any route at this concurrency.
    const reference = { name: "health", paths: ["/api/health"], baseUrl: server.baseUrl, cookie, connections };

    for (const target of [...targets, reference]) await runLoad({ ...target, durationSeconds: WARM_UP_SECONDS });
    const decisions = startDecisionLoad(officers, accounts, decisionRate);
    const decidingSince = performance.now();
    const results: LoadFigures[] = [];
    for (const target of targets) results.push(await runLoad({ ...target, durationSeconds: duration }));
    const baseline = await runLoad({ ...reference, durationSeconds: duration });
    const decided = await decisions.stop();
    const decidingSeconds = (performance.now() - decidingSince) / 1000;

    console.log("");
    for (const figures of results) printRoute(figures, connections, duration);
    printRoute(baseline, connections, duration);
    for (const figures of results) {
      console.log(`${figures.name} vs health (reference): p95 ${(figures.p95 / baseline.p95).toFixed(2)}x, throughput ${(figures.perSecond / baseline.perSecond).toFixed(2)}x`);
    }
    printDecisions(decided, decidingSeconds, decisionRate);
    const chain = await verifyAuditChain(client);
    console.log(chain.ok ? `audit chain: ${chain.verified} events verified, head ${chain.headHash}` : `audit chain BROKEN at ${chain.badSeq}: ${chain.reason}`);

    const missed = results.filter((figures) => !(figures.p95 < P95_BUDGET_MS) || figures.errorRate >= ERROR_RATE_BUDGET);
    for (const figures of missed) console.log(`MISSED: ${figures.name} (budget: p95 < ${P95_BUDGET_MS} ms, errors < 0.1%)`);
    const ok = missed.length === 0 && decided.failures.length === 0 && decided.cycles > 0 && chain.ok;
    console.log(ok ? "\nWithin budget." : "\nOver budget.");
    return ok ? 0 : 1;
  } finally {
    await server.stop();
    await client.end();
    await db.$disconnect();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
