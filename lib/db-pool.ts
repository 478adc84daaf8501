// The pg pools of the process (Prisma's, through its driver adapter, and the queue's read pool) made to survive the
// database going away and coming back, and to fail fast when saturated:
// - a connection that errors, checked out or idle, is logged instead of crashing the process (an unhandled
//   'error' event would), and the pool replaces it on the next checkout;
// - a checked-out connection whose socket closes is handed back as broken (a second later). Prisma 6.19's
//   transaction manager releases its connection only after a successful COMMIT or ROLLBACK, so a transaction cut
//   off by a restart would otherwise hold its pool slot forever and, after DATABASE_POOL_SIZE such cuts, starve
//   the app (lib/db-pool.int.test.ts shows it);
// - waiting for a free connection gives up after DATABASE_POOL_TIMEOUT_MS (default 2000), which lib/db-errors.ts
//   reads as "busy", so a flood gets quick 503s instead of a growing queue of hanging requests.
import "server-only";
import pg from "pg";
import { log } from "@/lib/log";

const DEFAULT_ACQUIRE_TIMEOUT_MS = 2_000;
const RELEASE_DEAD_AFTER_MS = 1_000;

function poolAcquireTimeoutMs(): number {
  const value = Number(process.env.DATABASE_POOL_TIMEOUT_MS);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_ACQUIRE_TIMEOUT_MS;
}

export function createResilientPool(config: pg.PoolConfig, name: string): pg.Pool {
  const pool = new pg.Pool({ connectionTimeoutMillis: poolAcquireTimeoutMs(), ...config });
  const checkedOut = new Set<pg.PoolClient>();
  const warn = (event: string, error: Error) => log.warn({ pool: name, error }, event);

  pool.on("error", (error) => warn("db.pool.idleConnectionLost", error));
  pool.on("acquire", (client) => checkedOut.add(client));
  pool.on("release", (_error, client) => checkedOut.delete(client));
  pool.on("remove", (client) => checkedOut.delete(client));
  pool.on("connect", (client) => {
    client.on("error", (error) => warn("db.pool.connectionLost", error));
    // Later, not at once: the code holding the connection may still release it itself (a second release throws).
    client.on("end", () => {
      setTimeout(() => {
        if (!checkedOut.has(client)) return;
        checkedOut.delete(client);
        client.release(new Error("connection closed while checked out"));
      }, RELEASE_DEAD_AFTER_MS).unref();
    });
  });
  return pool;
}
