// The health check behind GET /api/health, for load balancers and monitors: the app is "ok" when the database
// answers a trivial query within a second. The answer says only ok or unavailable, never why (no error text,
// versions or hosts), since anyone may ask; the reason goes to the server log.
import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";

export const HEALTH_TIMEOUT_MS = 1_000;

export type Health = { status: "ok"; database: "ok" } | { status: "unavailable"; database: "unavailable" };

export async function checkHealth(
  options: { probe?: () => Promise<unknown>; timeoutMs?: number } = {},
): Promise<Health> {
  const { probe = () => db.$queryRaw`SELECT 1`, timeoutMs = HEALTH_TIMEOUT_MS } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([probe(), timeout]);
    return { status: "ok", database: "ok" };
  } catch (error) {
    log.warn({ error }, "health.databaseUnavailable");
    return { status: "unavailable", database: "unavailable" };
  } finally {
    clearTimeout(timer);
  }
}
