// Company single sign-on through OpenID Connect, switched on only when OIDC_ISSUER, OIDC_CLIENT_ID and
// OIDC_CLIENT_SECRET are all set. SSO proves who someone is, not that they may use Risk Ops: only people who
// already have an enabled app_user row (matched by email) get in, with the role stored there.
import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { RequestMeta } from "./request-meta";
import { recordFailedSignIn, recordSignIn } from "./sign-in-records";
import { findUserForSignIn } from "./users";

export const SSO_PROVIDER_ID = "oidc";

interface OidcProfile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export function isSsoConfigured(): boolean {
  return Boolean(process.env.OIDC_ISSUER && process.env.OIDC_CLIENT_ID && process.env.OIDC_CLIENT_SECRET);
}

export function ssoProviders(): OAuthConfig<OidcProfile>[] {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = process.env;
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return [];
  const issuer = OIDC_ISSUER.replace(/\/+$/, "");
  return [
    {
      id: SSO_PROVIDER_ID,
      name: "SSO",
      type: "oauth",
      wellKnown: `${issuer}/.well-known/openid-configuration`,
      issuer,
      clientId: OIDC_CLIENT_ID,
      clientSecret: OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile: (profile) => ({ id: profile.sub, email: profile.email ?? null, name: profile.name ?? null }),
    },
  ];
}

/** Whether an identity the IdP vouched for may sign in; records the outcome either way. */
export async function admitSsoUser(
  profile: { email?: string | null; email_verified?: boolean },
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<boolean> {
  const email = profile.email?.trim().toLowerCase();
  // An email the IdP itself has not verified proves nothing about who is signing in.
  if (!email || profile.email_verified === false) {
    await recordFailedSignIn({ email: email ?? "(none)", user: null, reason: "sso_unknown_user", meta });
    return false;
  }
  const user = await findUserForSignIn(email);
  if (!user || user.disabled) {
    const reason = user ? "disabled" : "sso_unknown_user";
    await recordFailedSignIn({ email, user, reason, meta });
    return false;
  }
  await recordSignIn({ user, method: "sso", meta, now });
  return true;
}
