// The demo users, one per role, seeded into the demo database only (never by migrations or in production).
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "./password";

export const DEMO_PASSWORD = "riskops-demo";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "officer@riskops.test", name: "Li Wei", role: "RISK_OFFICER" },
  { email: "officer2@riskops.test", name: "Chen Jing", role: "RISK_OFFICER" },
  { email: "senior@riskops.test", name: "Wang Fang", role: "SENIOR_OFFICER" },
  { email: "senior2@riskops.test", name: "Zhao Min", role: "SENIOR_OFFICER" },
  { email: "compliance@riskops.test", name: "Zhang Yan", role: "COMPLIANCE" },
  { email: "manager@riskops.test", name: "Liu Yang", role: "MANAGER" },
  { email: "admin@riskops.test", name: "Sun Hao", role: "ADMIN" },
];

/** Creates the demo users that do not exist yet; existing users (and their passwords) are left alone. */
export async function seedDemoUsers(db: Db) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    await db.user.upsert({ where: { email: user.email }, update: {}, create: { ...user, passwordHash } });
  }
  return DEMO_USERS.map((user) => ({ ...user, password: DEMO_PASSWORD }));
}
