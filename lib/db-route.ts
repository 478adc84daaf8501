// Route handlers' answer to a database that is down or saturated: 503 with Retry-After (and a machine-readable
// reason) instead of a 500 or a request left hanging. Wrap a handler: `export const GET = withDatabaseFaults(...)`.
import { databaseFault, RETRY_AFTER_SECONDS } from "@/lib/db-errors";

export function withDatabaseFaults<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      const fault = databaseFault(error);
      if (!fault) throw error;
      return Response.json(
        { error: fault === "busy" ? "database_busy" : "database_unavailable" },
        {
          status: 503,
          headers: { "Retry-After": String(RETRY_AFTER_SECONDS[fault]), "Cache-Control": "no-store" },
        },
      );
    }
  };
}
