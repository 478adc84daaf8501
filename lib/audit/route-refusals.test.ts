// The audit routes fail closed: no session is 401, and roles without audit:view / audit:export (a risk officer, a
// manager, a senior officer) are 403 before anything is read or streamed.
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { handleAuditExport } from "./export/export-handler";
import { handleExportManifest } from "./export/manifest-handler";
import type { AuditRouteDeps, RouteUser } from "./route-deps";
import { handleAuditVerify } from "./verify-handler";

function deps(role: Role | null): AuditRouteDeps & { logged: string[] } {
  const logged: string[] = [];
  const user: RouteUser | null = role && { id: 7, email: "someone@riskops.test", role };
  return {
    logged,
    currentUser: async () => user,
    auditActor: async () => {
      throw new Error("a refused request must not get as far as the audit actor");
    },
    log: (_level, event) => logged.push(event),
  };
}

const routes = {
  export: (d: AuditRouteDeps) => handleAuditExport(new Request("http://test/api/audit/export?format=csv"), d),
  verify: (d: AuditRouteDeps) => handleAuditVerify(new Request("http://test/api/audit/verify"), d),
  manifest: (d: AuditRouteDeps) => handleExportManifest("00000000-0000-4000-8000-000000000000", d),
};

describe("audit routes", () => {
  for (const [name, call] of Object.entries(routes)) {
    it(`${name}: 401 without a session`, async () => {
      expect((await call(deps(null))).status).toBe(401);
    });

    for (const role of ["RISK_OFFICER", "MANAGER", "SENIOR_OFFICER"] as const) {
      it(`${name}: 403 for ${role}, logged`, async () => {
        const d = deps(role);
        const response = await call(d);
        expect(response.status).toBe(403);
        expect(await response.json()).toEqual({ error: "forbidden" });
        expect(d.logged).toEqual(["route.forbidden"]);
      });
    }
  }
});
