// GET /api/audit/verify (audit:view): walks the chain and streams NDJSON: {"verified":n,"total":N} progress lines,
// then {"result":{...}} (chainVerificationJson). The verification is itself audited ("audit.verify" with the result).
import "server-only";
import { db } from "@/lib/db";
import { appendAuditEvent } from "./append-audit-event";
import { authoriseRoute, NO_STORE, type AuditRouteDeps } from "./route-deps";
import { chainVerificationJson, verifyAuditChain } from "./verify-chain";

export async function handleAuditVerify(_request: Request, deps: AuditRouteDeps): Promise<Response> {
  const user = await authoriseRoute(deps, "audit:view", "audit.verify");
  if (user instanceof Response) return user;
  const actor = await deps.auditActor(user);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const line = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      try {
        const result = chainVerificationJson(
          await verifyAuditChain(undefined, { onProgress: (verified, total) => line({ verified, total }) }),
        );
        await db.$transaction((tx) => appendAuditEvent(tx, actor, { action: "audit.verify", after: result }));
        line({ result });
      } catch (error) {
        deps.log?.("error", "audit.verify.failed", { error: error instanceof Error ? error.message : String(error) });
        line({ error: "internal" });
      }
      controller.close();
    },
  });
  return new Response(body, { headers: { ...NO_STORE, "Content-Type": "application/x-ndjson; charset=utf-8" } });
}
