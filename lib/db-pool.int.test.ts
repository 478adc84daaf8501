// The pools under a flood and across a database restart (lib/db-pool.ts): with every connection taken, a request
// fails within the acquisition timeout as "busy" (the queue route answers 503 with Retry-After) instead of
// hanging, and a transaction cut off by the server does not keep its pool slot (Prisma would not give it back).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// This file's own small pools: Prisma 2 connections, the queue read pool 1, give up waiting after 400 ms. The
// process-wide clients other files made are set aside and put back after.
const saved = vi.hoisted(() => {
  const holder = globalThis as Record<string, unknown>;
  const env = { DATABASE_POOL_SIZE: "2", READ_POOL_SIZE: "1", DATABASE_POOL_TIMEOUT_MS: "400" };
  const previous = {
    db: holder.riskOpsDb,
    pool: holder.riskOpsQueueReadPool,
    env: Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]])),
  };
  delete holder.riskOpsDb;
  delete holder.riskOpsQueueReadPool;
  Object.assign(process.env, env);
  return previous;
});

vi.mock("@/lib/auth/session", () => ({
  getCurrentUser: async () => ({ id: 1, email: "pool-test@riskops.test", name: "Pool test", role: "RISK_OFFICER" }),
}));
vi.mock("@/lib/i18n/server", () => ({ getTranslator: async () => ({ timeZone: "UTC" }) }));

const { GET: getQueue } = await import("@/app/api/queue/route");
const { db } = await import("@/lib/db");
const { databaseFault } = await import("@/lib/db-errors");
const { createResilientPool } = await import("@/lib/db-pool");
const { PrismaPg } = await import("@prisma/adapter-pg");
const { PrismaClient, Prisma } = await import("@/lib/generated/prisma/client");
const { directRead } = await import("@/lib/db-read");

let observer: pg.Client;

beforeAll(async () => {
  observer = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await observer.connect();
});

afterAll(async () => {
  await observer.end();
  await db.$disconnect();
  const holder = globalThis as Record<string, unknown>;
  holder.riskOpsDb = saved.db;
  holder.riskOpsQueueReadPool = saved.pool;
  for (const [name, value] of Object.entries(saved.env)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** Waits until `count` backends run a query containing `marker`. */
async function untilRunning(marker: string, count: number) {
  for (let waited = 0; waited < 10_000; waited += 50) {
    const { rows } = await observer.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()",
      [`%${marker}%`],
    );
    if (rows[0].n >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${count} backends never ran ${marker}`);
}

const elapsed = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
};

describe("a saturated pool", () => {
  it("fails fast as busy, and the queue route answers 503 with Retry-After, then serves again", async () => {
    const marker = `pg_sleep(1.5) /* flood ${Date.now()} */`;
    const holders = [
      db.$transaction((tx) => tx.$executeRawUnsafe(`SELECT ${marker}`), { timeout: 10_000 }),
      db.$transaction((tx) => tx.$executeRawUnsafe(`SELECT ${marker}`), { timeout: 10_000 }),
      directRead(Prisma.sql([`SELECT ${marker}`])),
    ];
    await untilRunning(marker, 3);

    const direct = await elapsed(() => db.user.count().then(() => null, (error: unknown) => error));
    expect(databaseFault(direct.result)).toBe("busy");
    expect(direct.ms).toBeLessThan(1_500);

    const routed = await elapsed(() => getQueue(new Request("http://localhost/api/queue")));
    expect(routed.result.status).toBe(503);
    expect(routed.result.headers.get("Retry-After")).toBe("2");
    expect(await routed.result.json()).toEqual({ error: "database_busy" });
    expect(routed.ms).toBeLessThan(1_500);

    await Promise.all(holders);
    const after = await getQueue(new Request("http://localhost/api/queue"));
    expect(after.status).toBe(200);
  });
});

describe("a transaction cut off by the server", () => {
  it("gives its connection back, so the pool recovers by itself", async () => {
    const pool = createResilientPool({ connectionString: process.env.DATABASE_URL, max: 1 }, "test");
    const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
    try {
      const marker = `pg_sleep(5) /* cut ${Date.now()} */`;
      const cut = client.$transaction((tx) => tx.$executeRawUnsafe(`SELECT ${marker}`), { timeout: 10_000 }).then(
        () => null,
        (error: unknown) => error,
      );
      await untilRunning(marker, 1);
      await observer.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()", [
        `%${marker}%`,
      ]);
      expect(databaseFault(await cut)).toBe("unavailable");

      // Prisma's failed ROLLBACK never released the connection; the pool hands it back after a second.
      const { result, ms } = await elapsed(async () => {
        const deadline = Date.now() + 5_000;
        for (;;) {
          try {
            return await client.$queryRaw<{ one: number }[]>`SELECT 1 AS one`;
          } catch (error) {
            if (databaseFault(error) !== "busy" || Date.now() > deadline) throw error;
          }
        }
      });
      expect(result).toEqual([{ one: 1 }]);
      expect(ms).toBeLessThan(3_000);
    } finally {
      await client.$disconnect();
    }
  });
});
