// next-auth (v4, JWT sessions) for Risk Ops: email + password against app_user, and company SSO when configured.
// The token carries the user's id and role from the database; pages and actions still re-read the user on every
// request (lib/auth/session.ts), so the token is a pointer, never the authority.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { currentRequestMeta } from "./audit-actor";
import { authorizeCredentials } from "./credentials";
import { requestMetaFrom } from "./request-meta";
import { IDLE_MS, servedOverHttps, sessionCookie, sessionExpired } from "./session-policy";
import { recordSignOut } from "./sign-in-records";
import { admitSsoUser, SSO_PROVIDER_ID, ssoProviders } from "./sso";
import { findUserForSignIn } from "./users";

const https = servedOverHttps();

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  // The token lives for the idle limit; proxy.ts renews it on every request (session-policy.ts has the limits).
  session: { strategy: "jwt", maxAge: IDLE_MS / 1000 },
  useSecureCookies: https,
  cookies: { sessionToken: sessionCookie(https) },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials, req) => authorizeCredentials(credentials, requestMetaFrom(req.headers ?? {})),
    }),
    ...ssoProviders(),
  ],
  callbacks: {
    async signIn({ account, profile }) {
      // Password sign-ins were decided (and recorded) in authorize(); SSO ones are decided here.
      if (account?.provider !== SSO_PROVIDER_ID) return true;
      return admitSsoUser(profile ?? {}, await currentRequestMeta());
    },
    async jwt({ token, user }) {
      if (!user?.email) {
        const lastSeenAt = token.iat === undefined ? undefined : Number(token.iat) * 1000;
        const expired = sessionExpired({ now: Date.now(), signedInAt: token.signedInAt, lastSeenAt });
        return expired ? { ...token, uid: undefined, role: undefined } : token;
      }
      // Sign-in: for both providers the id and role come from app_user, never from the identity provider.
      const appUser = await findUserForSignIn(user.email);
      if (!appUser || appUser.disabled) return { ...token, uid: undefined, role: undefined };
      const claims = { uid: appUser.id, role: appUser.role, name: appUser.name, email: appUser.email };
      return { ...token, ...claims, signedInAt: Date.now() };
    },
    session({ session, token }) {
      const { uid, role, signedInAt, name, email } = token;
      if (uid === undefined || role === undefined || signedInAt === undefined) return { ...session, user: undefined };
      return { ...session, user: { id: uid, role, signedInAt, name, email } };
    },
  },
  events: {
    async signOut({ token }) {
      if (token.uid === undefined || !token.email || !token.role) return;
      await recordSignOut({ user: { id: token.uid, email: token.email, role: token.role }, meta: await currentRequestMeta() });
    },
  },
};
