// The one map from roles to what they may do. Pages, route handlers and server actions ask `can(role, permission)`
// (through lib/auth/session.ts); nothing else decides access. A permission not listed for a role is refused.
import type { Role } from "@/lib/generated/prisma/enums";

export const PERMISSIONS = [
  "portfolio:view", // home and portfolio figures
  "case:view", // the review queue and account pages (masked)
  "case:work", // claim, release, add notes
  "case:assign", // reassign and bulk-assign cases
  "decision:propose",
  "decision:approve",
  "customer:unmask", // see PII unmasked, with a stated reason (audited)
  "appeal:record", // record a customer's appeal, reject it with the reason sent to the customer
  "report:download", // regulator referral reports (PDF)
  "audit:view",
  "audit:export",
  "reviewer:metrics", // per-officer throughput
  "user:manage",
  "rule:manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  RISK_OFFICER: ["portfolio:view", "case:view", "case:work", "decision:propose", "customer:unmask", "appeal:record", "report:download"],
  SENIOR_OFFICER: [
    "portfolio:view",
    "case:view",
    "case:work",
    "case:assign",
    "decision:propose",
    "decision:approve",
    "customer:unmask",
    "appeal:record",
    "report:download",
  ],
  COMPLIANCE: ["portfolio:view", "case:view", "customer:unmask", "audit:view", "audit:export", "report:download"],
  MANAGER: ["portfolio:view", "case:view", "reviewer:metrics"],
  ADMIN: ["portfolio:view", "audit:view", "audit:export", "reviewer:metrics", "user:manage", "rule:manage"],
};

export const ROLES = Object.keys(ROLE_PERMISSIONS) as Role[];

export function can(role: Role | null | undefined, permission: Permission): boolean {
  // hasOwn: a role string from outside (a stale token, a bad row) must be refused, not crash or hit the prototype.
  return role != null && Object.hasOwn(ROLE_PERMISSIONS, role) && ROLE_PERMISSIONS[role].includes(permission);
}
