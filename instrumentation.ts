// Server-side error log for anything that escapes a page, route or action: one JSON line joining Next's digest
// (what the error page shows as the reference) with the request id (what the audit trail and proxy carry).
import type { Instrumentation } from "next";

export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const requestId = request.headers["x-request-id"];
  console.error(
    JSON.stringify({
      event: "request.failed",
      digest: typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined,
      requestId: Array.isArray(requestId) ? requestId[0] : requestId,
      method: request.method,
      path: request.path,
      route: context.routePath,
      kind: context.routeType,
      error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
    }),
  );
};
