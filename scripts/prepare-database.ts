// Gets migrated databases for the start, test and db:server runners: on DATABASE_URL's server when set,
// otherwise on the embedded PostgreSQL; migrations are applied with `prisma migrate deploy`.
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { bin, runCommand } from "./run-command";

export interface DatabaseServer {
  /** URL of a database on the server: DATABASE_URL itself, or the embedded server's maintenance database. */
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

/** DATABASE_URL's server when set; otherwise starts the embedded one (data folder and port given). */
export async function startDatabaseServer(embedded: { dataDir: string; port: number }): Promise<DatabaseServer> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres({ ...embedded, database: "postgres" });
  return { ...server, embedded: true };
}

/** Creates the database when missing (dropped first when `fresh`) and applies every migration. */
export async function prepareDatabase(url: string, { fresh = false } = {}) {
  await ensureDatabase(url, fresh);
  const code = await runCommand(bin("prisma"), ["migrate", "deploy"], { ...process.env, DATABASE_URL: url });
  if (code !== 0) throw new Error("prisma migrate deploy failed");
}

async function ensureDatabase(url: string, fresh: boolean) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new pg.Client({ connectionString: siblingDatabaseUrl(url, "postgres") });
  await admin.connect();
  try {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    if (fresh) await admin.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${quoted}`);
  } finally {
    await admin.end();
  }
}

/** The same server as `url`, another database on it. */
export function siblingDatabaseUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
