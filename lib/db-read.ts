// Direct reads for the hottest paths (server-only): the review queue's page (issue 3 wants it within 1.5 times the
// same SQL run by hand) and the signed-in user, re-read on every request (lib/auth/session.ts). Prisma compiles
// every query (0.3 to 0.7 ms of CPU each, about as much as the query itself, and the largest single cost of a
// request under load), so these go straight to the driver Prisma also uses (pg). Everything else, and every write
// (in a transaction with its audit event), stays on the one Prisma client of lib/db.ts. Both pools come from
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
      max: Number(process.env.READ_POOL_SIZE ?? 4),
      application_name: "riskops-read",
      // Idle connections do not keep a script or test process alive.
      allowExitOnIdle: true,
    },
    "direct-read",
  );
}

const globalForPool = globalThis as unknown as { riskOpsReadPool?: pg.Pool };
const pool = globalForPool.riskOpsReadPool ?? createPool();
if (process.env.NODE_ENV !== "production") globalForPool.riskOpsReadPool = pool;

/** Runs a query built with Prisma.sql (values as parameters) and returns its rows. */
export async function directRead<Row extends pg.QueryResultRow>(query: Prisma.Sql): Promise<Row[]> {
  return (await pool.query<Row>(query.text, query.values)).rows;
}
