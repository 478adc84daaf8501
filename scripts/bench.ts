// `npm run bench [-- --only queue,account,decisions,audit,charts-book,charts-team] [--runs N]`: every benchmark the issues name, on the database
// in DATABASE_URL (or the embedded demo database while `npm start` or `npm run db:server` runs). Each prints its
// data function's p95 next to a reference measured in the same run, and the ratio. queue, account, audit and the charts only read;
// decisions writes (proposals, approvals and their audit events on sampled accounts, by benchmark users), so run it
// on a benchmark database, not production. Exits 1 when a budget is missed.
import { parseArgs } from "node:util";
import pg from "pg";
import { databaseUrl } from "@/lib/database-url";
import { db } from "@/lib/db";
import { benchAccountPage } from "./bench/account";
import { benchAudit } from "./bench/audit";
import { benchChartsBook } from "./bench/charts-book";
import { benchChartsTeam } from "./bench/charts-team";
import { benchDecisions } from "./bench/decisions";
import { benchQueue } from "./bench/queue";

const BENCHMARKS = {
  queue: benchQueue,
  account: benchAccountPage,
  decisions: benchDecisions,
  audit: benchAudit,
  "charts-book": benchChartsBook,
  "charts-team": benchChartsTeam,
} as const;
type Name = keyof typeof BENCHMARKS;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { runs: { type: "string" }, only: { type: "string" } }, strict: true });
  const runs = Number(values.runs ?? 200);
  if (!Number.isInteger(runs) || runs < 20) throw new Error("--runs must be a whole number of at least 20");
  const names = (values.only?.split(",") ?? Object.keys(BENCHMARKS)) as Name[];
  const unknown = names.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) throw new Error(`unknown benchmark(s): ${unknown.join(", ")}; known: ${Object.keys(BENCHMARKS).join(", ")}`);
  const client = new pg.Client({ connectionString: databaseUrl(), application_name: "riskops-bench" });
  await client.connect();
  let failures = 0;
  try {
    for (const name of names) {
      console.log(`\n=== ${name} ===\n`);
      failures += await BENCHMARKS[name](client, runs);
    }
  } finally {
    await client.end();
    await db.$disconnect();
  }
  console.log(failures === 0 ? "\nEvery benchmark is within budget." : `\n${failures} measurement(s) missed their budget.`);
  return failures === 0 ? 0 : 1;
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
