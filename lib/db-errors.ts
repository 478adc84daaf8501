// Tells a database that is down or saturated apart from every other failure, so the app can say "try again" (HTTP
// 503 with Retry-After, a typed action result, the unavailable panel) instead of a generic error. The signs come from
// three layers: Prisma's codes (P1001...), its driver adapter's error kinds, and pg's own errors and messages (the
// queue's read pool uses pg directly). Pure: no I/O, so every shape is unit-tested.

/** "unavailable": no connection can be made or kept; "busy": every pooled connection stayed taken too long. */
export type DatabaseFault = "unavailable" | "busy";

/** Seconds a client should wait before trying again, per fault. */
export const RETRY_AFTER_SECONDS: Record<DatabaseFault, number> = { unavailable: 5, busy: 2 };

const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
const UNAVAILABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
const UNAVAILABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH"]);
// SQLSTATE 57P01-57P03: admin shutdown, crash shutdown, cannot connect now (starting up or shutting down).
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03"]);
const UNAVAILABLE_MESSAGES = [
  "Connection terminated",
  "Client has encountered a connection error and is not queryable",
  "Client was closed and is not queryable",
];
const BUSY_SQLSTATES = new Set(["53300"]);
const BUSY_MESSAGES = ["timeout exceeded when trying to connect"];

/** The fault behind `error` (looking through causes and Prisma's wrapping), or null for any other error. */
export function databaseFault(error: unknown): DatabaseFault | null {
  let fault: DatabaseFault | null = null;
  for (const layer of layers(error)) {
    const found = layerFault(layer);
    if (found === "unavailable") return found;
    fault ??= found;
  }
  return fault;
}

function layerFault(layer: Record<string, unknown>): DatabaseFault | null {
  const code = typeof layer.code === "string" ? layer.code : undefined;
  const message = typeof layer.message === "string" ? layer.message : "";
  if (layer.kind === "TooManyConnections" || (code && BUSY_SQLSTATES.has(code))) return "busy";
  if (BUSY_MESSAGES.some((text) => message.startsWith(text))) return "busy";
  if (typeof layer.kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(layer.kind)) return "unavailable";
  if (code && (UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code))) return "unavailable";
  // Class 08: connection exceptions.
  if (code && (UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return "unavailable";
  if (UNAVAILABLE_MESSAGES.some((text) => message.startsWith(text))) return "unavailable";
  return null;
}

/** The error, its causes, Prisma's `meta.driverAdapterError` and an AggregateError's members, breadth first. */
function layers(error: unknown): Record<string, unknown>[] {
  const seen = new Set<unknown>();
  const found: Record<string, unknown>[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && found.length < 20) {
    const next = queue.shift();
    if (typeof next !== "object" || next === null || seen.has(next)) continue;
    seen.add(next);
    const layer = next as Record<string, unknown>;
    found.push(layer);
    queue.push(layer.cause);
    if (typeof layer.meta === "object" && layer.meta !== null) {
      queue.push((layer.meta as Record<string, unknown>).driverAdapterError);
    }
    if (Array.isArray(layer.errors)) queue.push(...layer.errors);
  }
  return found;
}
