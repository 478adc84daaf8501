// `npm run metrics:rebuild`: recomputes the portfolio charts' summary tables (lib/portfolio-metrics/
// portfolio-summaries.ts) from every account, in one transaction, on the database of DATABASE_URL (or the embedded
// one). For databases loaded before the summaries existed; loads after them keep the tables current themselves.
import pg from "pg";
import { databaseUrl, UTC_SESSION } from "@/lib/database-url";
import { rebuildPortfolioSummaries } from "@/lib/portfolio-metrics/portfolio-summaries";

/** Rebuilds on `url` in one transaction; returns the time taken in ms. */
export async function rebuildMetrics(url: string = databaseUrl()): Promise<number> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: url, application_name: "riskops-metrics-rebuild", options: UTC_SESSION });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL work_mem = '256MB'");
    await rebuildPortfolioSummaries(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return Date.now() - started;
}

if (process.argv[1]?.endsWith("rebuild-metrics.ts")) {
  rebuildMetrics().then(
    (ms) => console.log(`Portfolio summaries rebuilt in ${(ms / 1000).toFixed(1)} s.`),
    (error) => {
      console.error(`Rebuild failed, nothing changed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
