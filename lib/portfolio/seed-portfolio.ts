// Seeds the demo portfolio into the app's database: generates and COPY-loads the accounts (one transaction),
// then records the run in the audit trail. Used by `npm run seed`, by `npm start` on an empty database and by the
// end-to-end set-up. The demo users are seeded separately (lib/auth/demo-users.ts).
import "server-only";
import pg from "pg";
import { appendAuditEvent, type AuditActor } from "@/lib/audit/append-audit-event";
import { databaseUrl, UTC_SESSION } from "@/lib/database-url";
import { db as appDb, type Db } from "@/lib/db";
import { dateText, dayFromDate, dayFromText } from "./calendar";
import { loadPortfolio, type LoadProgress, type LoadResult } from "./load-portfolio";
import { progressPrinter } from "./progress-printer";
import { accountsSchema, asOfSchema, DEFAULT_SEED, seedSchema } from "./schemas";

const SEED_ACTOR: AuditActor = { actorId: null, actorLabel: "system:seed", role: null };

export interface SeedPortfolioOptions {
  /** How many accounts (each with its own customer) to add. */
  accounts: number;
  /** Seed of the generator: the same seed and as-of date give the same rows. Default DEFAULT_SEED. */
  seed?: number;
  /** The date the portfolio is as of, YYYY-MM-DD. Default: today (UTC). */
  asOf?: string;
  /** true prints progress on stdout (a bar on a terminal); a function receives it instead. */
  progress?: boolean | ((progress: LoadProgress) => void);
  /** Prisma client that writes the audit event. Default: the app's. */
  db?: Db;
  /** The database to load into. Default: the app's (databaseUrl()); must be the one `db` talks to. */
  connectionString?: string;
}

export interface SeedPortfolioResult extends LoadResult {
  accounts: number;
  seed: number;
  asOf: string;
  elapsedMs: number;
}

export async function seedPortfolio(options: SeedPortfolioOptions): Promise<SeedPortfolioResult> {
  const started = Date.now();
  const accounts = accountsSchema.parse(options.accounts);
  const seed = seedSchema.parse(options.seed ?? DEFAULT_SEED);
  const asOf = asOfSchema.parse(options.asOf ?? dateText(dayFromDate(new Date())));
  const onProgress = options.progress === true ? progressPrinter() : options.progress || undefined;

  const client = new pg.Client({
    connectionString: options.connectionString ?? databaseUrl(),
    application_name: "riskops-seed",
    options: UTC_SESSION,
  });
  await client.connect();
  let loaded: LoadResult;
  try {
    loaded = await loadPortfolio(client, { accounts, seed, asOfDay: dayFromText(asOf), onProgress });
  } finally {
    await client.end();
  }
  await (options.db ?? appDb).$transaction((tx) =>
    appendAuditEvent(tx, SEED_ACTOR, { action: "data.seed", targetType: "portfolio", after: { accounts, seed, asOf, rows: loaded.counts } }),
  );
  return { ...loaded, accounts, seed, asOf, elapsedMs: Date.now() - started };
}
