// Server-side hooks of Next: register() starts the hourly jobs in the Node runtime: the decisions that came due
// take effect and freezes end (scripts/start.ts also runs it once before the server starts), and the audit trail's
// upkeep (next months' partitions, verify the chain and publish its head; at start too),
// and the error log for anything that escapes a page, route or action: one JSON line joining Next's digest (what the
// error page shows as the reference) with the request id (what the audit trail and proxy carry).
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ scheduleHourly }, { applyDueDecisions }, { runAuditMaintenance }, { log }] = await Promise.all([
    import("@/lib/jobs/schedule-hourly"),
    import("@/lib/decisions/apply-due-decisions"),
    import("@/lib/audit/audit-maintenance"),
    import("@/lib/log"),
  ]);
  const logEvent = (event: string, details: Record<string, unknown>) => log.info(details, event);
  scheduleHourly("decisions.applyDue", async () => ({ ...(await applyDueDecisions({ log: logEvent })) }));
  scheduleHourly(
    "audit.maintenance",
    async () => {
      const { partitions, publish } = await runAuditMaintenance();
      return publish.ok
        ? { partitions, headSeq: publish.head?.seq.toString() ?? null, headHash: publish.head?.hash ?? null }
        : { partitions, chainBroken: { seq: publish.verification.badSeq.toString(), reason: publish.verification.reason } };
    },
    { now: true },
  );
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("@/lib/log");
  const requestId = request.headers["x-request-id"];
  log.error(
    {
      digest: typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined,
      requestId: Array.isArray(requestId) ? requestId[0] : requestId,
      method: request.method,
      path: request.path,
      route: context.routePath,
      kind: context.routeType,
      error,
    },
    "request.failed",
  );
};
