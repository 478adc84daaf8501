// Email + password sign-in (next-auth's Credentials authorize): rate limit, password check, disabled check, and
// a record of the outcome. Unknown emails cost the same scrypt work as known ones, so timing does not reveal
// which emails have accounts.
import "server-only";
import { z } from "zod";
import { hashPassword, verifyPassword } from "./password";
import type { RequestMeta } from "./request-meta";
import { ACCOUNT_DISABLED, rateLimitedError } from "./sign-in-errors";
import { admitPasswordAttempt, recordFailedSignIn, recordSignIn } from "./sign-in-records";
import { findUserForSignIn } from "./users";

const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(1024),
});

let decoyHash: Promise<string> | undefined;

export interface AuthorizedUser {
  id: string;
  email: string;
  name: string;
}

/**
 * Returns the user for a right password, null for a wrong one (next-auth's "CredentialsSignin"), and throws an
 * Error whose message is a sign-in error code when the attempt is refused for another reason (see sign-in-errors).
 */
export async function authorizeCredentials(
  credentials: unknown,
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<AuthorizedUser | null> {
  const parsed = credentialsInput.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const attempt = await admitPasswordAttempt({ email, meta, now });
  if (!attempt.allowed) throw new Error(rateLimitedError(attempt.retryAfterMinutes));

  const user = await findUserForSignIn(email);
  decoyHash ??= hashPassword("decoy password for unknown emails");
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (!user || !user.passwordHash || !passwordOk) {
    await recordFailedSignIn({ email, user, reason: user ? "wrong_password" : "unknown_email", meta });
    return null;
  }
  if (user.disabled) {
    await recordFailedSignIn({ email, user, reason: "disabled", meta });
    throw new Error(ACCOUNT_DISABLED);
  }
  await recordSignIn({ user, method: "password", attemptId: attempt.attemptId, meta, now });
  return { id: String(user.id), email: user.email, name: user.name };
}
