// GET /api/health: 200 {status:"ok"} while the database answers, 503 {status:"unavailable"} otherwise. Open to
// anyone (proxy.ts lets it through without a session); it reveals nothing but that.
import { checkHealth } from "@/lib/health/check-health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store", ...(health.status === "ok" ? {} : { "Retry-After": "5" }) },
  });
}
