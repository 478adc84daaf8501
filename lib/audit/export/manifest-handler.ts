// GET /api/audit/exports/<id>/manifest (audit:export): the manifest of a finished export; 404 while it is still
// streaming, for an unknown id, or for one that is not a UUID.
import "server-only";
import { z } from "zod";
import { authoriseRoute, NO_STORE, type AuditRouteDeps } from "../route-deps";
import { getExportManifest } from "./record-export";

const exportId = z.uuid();

export async function handleExportManifest(id: string, deps: AuditRouteDeps): Promise<Response> {
  const user = await authoriseRoute(deps, "audit:export", "audit.export.manifest");
  if (user instanceof Response) return user;
  const parsed = exportId.safeParse(id);
  const manifest = parsed.success ? await getExportManifest(parsed.data) : null;
  if (!manifest) return Response.json({ error: "not found" }, { status: 404, headers: NO_STORE });
  return Response.json(manifest, { headers: NO_STORE });
}
