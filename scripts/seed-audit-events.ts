// `npm run seed:audit -- --events N`: appends N synthetic, correctly chained audit events after the current head of
// the database in DATABASE_URL (for the audit benchmark, which wants at least 1,000,000). Never for production data.
import { parseArgs } from "node:util";
import pg from "pg";
import { seedAuditEvents } from "@/lib/audit/seed-audit-events";
import { databaseUrl, UTC_SESSION } from "@/lib/database-url";

async function main() {
  const { values } = parseArgs({ options: { events: { type: "string" } }, strict: true });
  const count = Number(values.events ?? 1_000_000);
  if (!Number.isInteger(count) || count < 1) throw new Error("--events must be a positive whole number");
  const client = new pg.Client({ connectionString: databaseUrl(), options: UTC_SESSION, application_name: "riskops-seed-audit" });
  await client.connect();
  try {
    const started = performance.now();
    const { headSeq, headHash } = await seedAuditEvents(client, count);
    const seconds = (performance.now() - started) / 1000;
    console.log(`Appended ${count} audit events in ${seconds.toFixed(1)} s; head is now seq ${headSeq}: ${headHash}`);
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
