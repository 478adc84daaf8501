// Sign-in failures travel from authorize() to the login page as next-auth's `error` string (a thrown Error's
// message, or next-auth's own codes); this is the one place that names them and maps them to messages.
import type { MessageKey } from "@/lib/i18n/translate";

const RATE_LIMITED = "RateLimited";
export const ACCOUNT_DISABLED = "AccountDisabled";

export function rateLimitedError(retryAfterMinutes: number): string {
  return `${RATE_LIMITED}:${retryAfterMinutes}`;
}

export interface SignInErrorMessage {
  key: MessageKey;
  /** Set for the rate limit: the caller formats it as a duration in the viewer's language. */
  retryAfterMinutes?: number;
}

export function describeSignInError(code: string): SignInErrorMessage {
  const [name, minutes] = code.split(":");
  if (name === RATE_LIMITED && /^\d+$/.test(minutes ?? "")) {
    return { key: "login.error.rateLimited", retryAfterMinutes: Number(minutes) };
  }
  if (code === "CredentialsSignin") return { key: "login.error.invalid" };
  if (code === ACCOUNT_DISABLED) return { key: "login.error.disabled" };
  // next-auth's code for a sign-in callback that said no: an SSO user unknown to Risk Ops or disabled.
  if (code === "AccessDenied") return { key: "login.error.ssoDenied" };
  return { key: "login.error.generic" };
}
