// The connections the audit trail's long reads go through (server-only): verification walks and exports stream
// millions of rows with cursors and COPY, which Prisma cannot do, so they use the pg driver Prisma also uses, on a
// small pool of their own that never competes with the app's Prisma pool. Every session works in UTC.
import "server-only";
import pg from "pg";
import { databaseUrl, UTC_SESSION } from "@/lib/database-url";

function createPool() {
  return new pg.Pool({
    connectionString: databaseUrl(),
    max: Number(process.env.AUDIT_POOL_SIZE ?? 4),
    application_name: "riskops-audit",
    options: UTC_SESSION,
    // Idle connections do not keep a script or test process alive.
    allowExitOnIdle: true,
  });
}

const globalForPool = globalThis as unknown as { riskOpsAuditPool?: pg.Pool };

function auditPool(): pg.Pool {
  globalForPool.riskOpsAuditPool ??= createPool();
  return globalForPool.riskOpsAuditPool;
}

/** Runs `work` on a pooled connection, released afterwards (destroyed if `work` failed midway, e.g. inside a COPY). */
export async function withAuditClient<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await auditPool().connect();
  let failed = false;
  try {
    return await work(client);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    client.release(failed);
  }
}

/** Closes the pool: for scripts that want to exit promptly. */
export async function closeAuditPool(): Promise<void> {
  const pool = globalForPool.riskOpsAuditPool;
  globalForPool.riskOpsAuditPool = undefined;
  await pool?.end();
}
