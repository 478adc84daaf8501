// The connections the queue's page read goes through (server-only). Issue 3 wants the first page within 1.5 times
// the same SQL run by hand; Prisma's raw-query path costs 0.3 to 0.7 ms a query on its own, about as much as the
// page query itself, so that one read goes straight to the driver Prisma also uses (pg). Everything else, and every
// write (in a transaction with its audit event), stays on the one Prisma client of lib/db.ts. Both pools come from
// lib/db-pool.ts (they survive a database restart and fail fast when saturated).
import "server-only";
import type pg from "pg";
import { databaseUrl } from "@/lib/database-url";
import { createResilientPool } from "@/lib/db-pool";
import type { Prisma } from "@/lib/generated/prisma/client";

function createPool() {
  return createResilientPool(
    {
      connectionString: databaseUrl(),
      max: Number(process.env.QUEUE_READ_POOL_SIZE ?? 4),
      application_name: "riskops-queue",
      // Idle connections do not keep a script or test process alive.
      allowExitOnIdle: true,
    },
    "queue-read",
  );
}

const globalForPool = globalThis as unknown as { riskOpsQueueReadPool?: pg.Pool };
const pool = globalForPool.riskOpsQueueReadPool ?? createPool();
if (process.env.NODE_ENV !== "production") globalForPool.riskOpsQueueReadPool = pool;

/** Runs a query built with Prisma.sql (values as parameters) and returns its rows. */
export async function queueRead<Row extends pg.QueryResultRow>(query: Prisma.Sql): Promise<Row[]> {
  return (await pool.query<Row>(query.text, query.values)).rows;
}
