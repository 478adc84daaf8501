import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { can, PERMISSIONS, ROLES, type Permission } from "./permissions";

// Written out in full on purpose: a change to the role map has to be made twice, once here, deliberately.
const EXPECTED: Record<Role, Permission[]> = {
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

describe("role -> permission map", () => {
  it("covers exactly the five roles", () => {
    expect([...ROLES].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED) as [Role, Permission[]][])("%s has exactly its permissions", (role, granted) => {
    for (const permission of PERMISSIONS) expect(can(role, permission), permission).toBe(granted.includes(permission));
  });

  it("keeps maker and checker apart: only senior officers approve decisions", () => {
    expect(ROLES.filter((role) => can(role, "decision:approve"))).toEqual(["SENIOR_OFFICER"]);
  });

  it("refuses a missing or unknown role", () => {
    expect(can(null, "portfolio:view")).toBe(false);
    expect(can(undefined, "portfolio:view")).toBe(false);
    expect(can("ROOT" as Role, "portfolio:view")).toBe(false);
    expect(can("constructor" as Role, "portfolio:view")).toBe(false);
  });
});
