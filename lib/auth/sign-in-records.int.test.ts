// The rate limit's records against the real database: recovery once the window has passed (for the per-email and
// the per-address limit alike), and concurrent guesses that cannot slip past the limit together. Every test uses
// its own users, emails and documentation-range addresses (RFC 5737), so no other test's rows count.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authorizeCredentials } from "./credentials";
import { hashPassword } from "./password";
import type { RequestMeta } from "./request-meta";
import { SIGN_IN_LIMITS, WINDOW_MS } from "./sign-in-limit";
import { admitPasswordAttempt } from "./sign-in-records";

const PASSWORD = "correct horse battery staple";
const passwordHash = hashPassword(PASSWORD);

async function createUser() {
  return db.user.create({
    data: { email: `limit-int-${randomUUID()}@riskops.test`, name: "Limit Test", role: "RISK_OFFICER", passwordHash: await passwordHash },
  });
}

function meta(ip: string = `192.0.2.${Math.floor(Math.random() * 254) + 1}`): RequestMeta {
  return { requestId: randomUUID(), ip, userAgent: "vitest integration" };
}

/** An address of its own in 198.18.0.0/15 (benchmarking range), which no other test uses. */
const uniqueIp = () => `198.18.${Math.floor(Math.random() * 254) + 1}.${Math.floor(Math.random() * 254) + 1}`;

afterAll(() => db.$disconnect());

describe("sign-in rate limit recovery", () => {
  it("lets the owner in again once the failures have left the window", async () => {
    const user = await createUser();
    const start = new Date();
    for (let i = 0; i < SIGN_IN_LIMITS.maxFailuresPerEmail; i++) {
      expect(await authorizeCredentials({ email: user.email, password: "guess" }, meta(), start)).toBeNull();
    }
    const justBefore = new Date(start.getTime() + WINDOW_MS - 1_000);
    await expect(authorizeCredentials({ email: user.email, password: PASSWORD }, meta(), justBefore)).rejects.toThrow(/^RateLimited:1$/);
    const after = new Date(start.getTime() + WINDOW_MS + 1_000);
    expect(await authorizeCredentials({ email: user.email, password: PASSWORD }, meta(), after)).toMatchObject({ id: String(user.id) });
  });

  it("opens an address again once its failures have left the window", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    const start = new Date();
    await db.signInAttempt.createMany({
      data: Array.from({ length: SIGN_IN_LIMITS.maxFailuresPerIp }, (_, i) => ({
        email: `sprayed-${i}-${randomUUID()}@riskops.test`,
        ip,
        succeeded: false,
        attemptedAt: start,
      })),
    });
    await expect(authorizeCredentials({ email: user.email, password: PASSWORD }, meta(ip), start)).rejects.toThrow(/^RateLimited:/);
    const after = new Date(start.getTime() + WINDOW_MS + 1_000);
    expect(await authorizeCredentials({ email: user.email, password: PASSWORD }, meta(ip), after)).toMatchObject({ id: String(user.id) });
  });
});

describe("admitPasswordAttempt", () => {
  it("lets no more concurrent guesses through than the limit allows", async () => {
    const user = await createUser();
    const now = new Date();
    const burst = await Promise.all(
      Array.from({ length: SIGN_IN_LIMITS.maxFailuresPerEmail * 3 }, () => admitPasswordAttempt({ email: user.email, meta: meta(), now })),
    );
    expect(burst.filter((attempt) => attempt.allowed)).toHaveLength(SIGN_IN_LIMITS.maxFailuresPerEmail);
    expect(await db.signInAttempt.count({ where: { email: user.email } })).toBe(SIGN_IN_LIMITS.maxFailuresPerEmail);
  });

  it("turns the counted attempt into the success when the password is right", async () => {
    const user = await createUser();
    const request = meta(uniqueIp());
    expect(await authorizeCredentials({ email: user.email, password: PASSWORD }, request)).not.toBeNull();
    expect(await db.signInAttempt.findMany({ where: { ip: request.ip }, select: { email: true, succeeded: true } })).toEqual([
      { email: user.email, succeeded: true },
    ]);
  });
});
