// The one Prisma client of the process, on the pg driver adapter (no native engine; see stack.md), over a pool that
// survives database restarts and fails fast when saturated (lib/db-pool.ts).
// Password hashes are omitted from every query unless a caller asks for them explicitly.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl, UTC_SESSION } from "@/lib/database-url";
import { createResilientPool } from "@/lib/db-pool";

function createClient() {
  const pool = createResilientPool(
    { connectionString: databaseUrl(), max: Number(process.env.DATABASE_POOL_SIZE ?? 10), options: UTC_SESSION },
    "prisma",
  );
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createClient>;
/** A transaction client, as handed to `db.$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { riskOpsDb?: Db };
export const db: Db = globalForDb.riskOpsDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.riskOpsDb = db;
