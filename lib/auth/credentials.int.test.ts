// authorize() against the real database: passwords, disabled users, the rate limit, and the audit trail.
// Every test uses its own users, emails and client IP, so it neither sees nor disturbs other tests' rows.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authorizeCredentials } from "./credentials";
import { hashPassword } from "./password";
import type { RequestMeta } from "./request-meta";
import { SIGN_IN_LIMITS } from "./sign-in-limit";

const PASSWORD = "correct horse battery staple";
const passwordHash = hashPassword(PASSWORD);

async function createUser(options: { disabled?: boolean } = {}) {
  return db.user.create({
    data: {
      email: `auth-int-${randomUUID()}@riskops.test`,
      name: "Integration Test",
      role: "RISK_OFFICER",
      passwordHash: await passwordHash,
      disabled: options.disabled ?? false,
    },
  });
}

/** A fresh request from a fresh documentation-range address (RFC 5737), so IP counts start at zero. */
function freshMeta(): RequestMeta {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  return { requestId: randomUUID(), ip: `198.51.${octet()}.${octet()}`, userAgent: "vitest integration" };
}

const auditFor = (requestId: string) => db.auditEvent.findMany({ where: { requestId }, orderBy: { seq: "asc" } });
const minutesBefore = (date: Date, minutes: number) => new Date(date.getTime() - minutes * 60_000);

afterAll(() => db.$disconnect());

describe("authorizeCredentials", () => {
  it("signs in with the right password and records it with last_login_at and an audit event", async () => {
    const user = await createUser();
    const meta = freshMeta();
    const result = await authorizeCredentials({ email: user.email.toUpperCase(), password: PASSWORD }, meta);

    expect(result).toEqual({ id: String(user.id), email: user.email, name: user.name });
    const reloaded = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(reloaded.lastLoginAt).not.toBeNull();
    expect(await db.signInAttempt.findMany({ where: { ip: meta.ip } })).toMatchObject([
      { email: user.email, succeeded: true },
    ]);
    expect(await auditFor(meta.requestId)).toMatchObject([
      {
        action: "auth.sign_in",
        actorId: user.id,
        actorLabel: user.email,
        role: "RISK_OFFICER",
        targetId: String(user.id),
        ip: meta.ip,
        userAgent: "vitest integration",
        after: { method: "password" },
      },
    ]);
  });

  it("refuses a wrong password and records the failure with the email attempted", async () => {
    const user = await createUser();
    const meta = freshMeta();
    expect(await authorizeCredentials({ email: user.email, password: "wrong" }, meta)).toBeNull();

    expect(await db.signInAttempt.findMany({ where: { ip: meta.ip } })).toMatchObject([
      { email: user.email, succeeded: false },
    ]);
    expect(await auditFor(meta.requestId)).toMatchObject([
      { action: "auth.sign_in_failed", actorId: user.id, after: { email: user.email, reason: "wrong_password" } },
    ]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).toBeNull();
  });

  it("refuses an unknown email the same way, recording the email attempted", async () => {
    const meta = freshMeta();
    const email = `nobody-${randomUUID()}@riskops.test`;
    expect(await authorizeCredentials({ email, password: PASSWORD }, meta)).toBeNull();
    expect(await auditFor(meta.requestId)).toMatchObject([
      { action: "auth.sign_in_failed", actorId: null, actorLabel: email, after: { email, reason: "unknown_email" } },
    ]);
  });

  it("refuses a disabled user even with the right password", async () => {
    const user = await createUser({ disabled: true });
    const meta = freshMeta();
    await expect(authorizeCredentials({ email: user.email, password: PASSWORD }, meta)).rejects.toThrow(
      "AccountDisabled",
    );
    expect(await auditFor(meta.requestId)).toMatchObject([
      { action: "auth.sign_in_failed", after: { email: user.email, reason: "disabled" } },
    ]);
  });

  it("refuses malformed input without recording anything", async () => {
    const meta = freshMeta();
    expect(await authorizeCredentials({ email: "", password: "" }, meta)).toBeNull();
    expect(await authorizeCredentials(undefined, meta)).toBeNull();
    expect(await auditFor(meta.requestId)).toEqual([]);
  });
});

describe("sign-in rate limit", () => {
  it("kicks in after the allowed failures, even for the right password, and recovers after the window", async () => {
    const user = await createUser();
    const now = new Date();
    for (let i = 0; i < SIGN_IN_LIMITS.maxFailuresPerEmail; i++) {
      // Each failure from a different address: the per-email limit is what is being tested.
      expect(await authorizeCredentials({ email: user.email, password: "guess" }, freshMeta(), now)).toBeNull();
    }
    const refused = freshMeta();
    await expect(authorizeCredentials({ email: user.email, password: PASSWORD }, refused, now)).rejects.toThrow(
      `RateLimited:${SIGN_IN_LIMITS.windowMinutes}`,
    );
    expect(await auditFor(refused.requestId)).toMatchObject([
      { action: "auth.sign_in_failed", after: { email: user.email, reason: "rate_limited" } },
    ]);
    // A refused attempt is not itself counted: the owner is not kept out for ever by a persistent guesser.
    expect(await db.signInAttempt.count({ where: { email: user.email } })).toBe(SIGN_IN_LIMITS.maxFailuresPerEmail);

    const later = new Date(now.getTime() + SIGN_IN_LIMITS.windowMinutes * 60_000 + 1_000);
    expect(await authorizeCredentials({ email: user.email, password: PASSWORD }, freshMeta(), later)).not.toBeNull();
  });

  it("counts backdated failures inside the window and ignores those outside it", async () => {
    const inside = await createUser();
    const outside = await createUser();
    const now = new Date();
    const rows = (email: string, minutesAgo: number) =>
      Array.from({ length: SIGN_IN_LIMITS.maxFailuresPerEmail }, () => ({
        email,
        ip: null,
        succeeded: false,
        attemptedAt: minutesBefore(now, minutesAgo),
      }));
    await db.signInAttempt.createMany({
      data: [...rows(inside.email, SIGN_IN_LIMITS.windowMinutes - 1), ...rows(outside.email, SIGN_IN_LIMITS.windowMinutes + 1)],
    });

    await expect(authorizeCredentials({ email: inside.email, password: PASSWORD }, freshMeta(), now)).rejects.toThrow(
      "RateLimited:1",
    );
    expect(await authorizeCredentials({ email: outside.email, password: PASSWORD }, freshMeta(), now)).not.toBeNull();
  });

  it("refuses an address that failed for many emails, whatever email it tries next", async () => {
    const user = await createUser();
    const meta = freshMeta();
    const now = new Date();
    await db.signInAttempt.createMany({
      data: Array.from({ length: SIGN_IN_LIMITS.maxFailuresPerIp }, (_, i) => ({
        email: `sprayed-${i}-${randomUUID()}@riskops.test`,
        ip: meta.ip,
        succeeded: false,
        attemptedAt: minutesBefore(now, 5),
      })),
    });
    await expect(authorizeCredentials({ email: user.email, password: PASSWORD }, meta, now)).rejects.toThrow(
      `RateLimited:${SIGN_IN_LIMITS.windowMinutes - 5}`,
    );
    expect(await authorizeCredentials({ email: user.email, password: PASSWORD }, freshMeta(), now)).not.toBeNull();
  });
});
