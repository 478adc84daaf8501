// next-auth (v4, JWT sessions) for Risk Ops: email + password against app_user, and company SSO when configured.
// The token carries the user's id and role from the database; pages and actions still re-read the user on every
// request (lib/auth/session.ts), so the token is a pointer, never the authority.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { currentRequestMeta } from "./audit-actor";
import { authorizeCredentials } from "./credentials";
import { requestMetaFrom } from "./request-meta";
import { recordSignOut } from "./sign-in-records";
import { admitSsoUser, SSO_PROVIDER_ID, ssoProviders } from "./sso";
import { findUserForSignIn } from "./users";

/** A working day: a stolen cookie stops working by the next one, and people sign in once a day. */
const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
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
      if (!user?.email) return token;
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
