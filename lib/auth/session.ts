// Who is signed in, re-read from the database on every request: a disabled user counts as signed out at once,
// and a role change applies to the very next request, whatever the session cookie says. A session that began
// before the user was last disabled stays void after re-enabling, so disabling really ends it; one that began
// more than 12 hours ago is over however busy it was (session-policy.ts).
import "server-only";
import { cache } from "react";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { directRead } from "@/lib/db-read";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { can, type Permission } from "./permissions";
import { servedOverHttps, sessionCookie, sessionExpired } from "./session-policy";

export interface CurrentUser {
  id: number;
  email: string;
  name: string;
  role: Role;
}

/**
 * The session the request's cookie carries, decoded with next-auth's own `decode` (same secret, key and expiry
 * check) and held to the same limits as its jwt callback (auth-options.ts): the same answer as getServerSession,
 * without running next-auth's whole session endpoint (and re-encoding the token) on every request.
 */
async function readSession(): Promise<{ id: number; signedInAt: number } | null> {
  const value = (await cookies()).get(sessionCookie(servedOverHttps()).name)?.value;
  if (!value) return null;
  const token = await decode({ token: value, secret: process.env.NEXTAUTH_SECRET ?? "" }).catch(() => null);
  if (!token || typeof token.uid !== "number" || token.role === undefined || typeof token.signedInAt !== "number") return null;
  const lastSeenAt = typeof token.iat === "number" ? token.iat * 1000 : undefined;
  if (sessionExpired({ now: Date.now(), signedInAt: token.signedInAt, lastSeenAt })) return null;
  return { id: token.uid, signedInAt: token.signedInAt };
}

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await readSession();
  if (!session) return null;
  const { id, signedInAt } = session;
  // Straight to the driver (lib/db-read.ts): this read runs on every request, and through Prisma it was the
  // largest single cost of one under load.
  const [user] = await directRead<{ id: number; email: string; name: string; role: Role; disabled: boolean; disabledAt: Date | null }>(
    Prisma.sql`SELECT id, email, name, role::text AS role, disabled, disabled_at AS "disabledAt" FROM app_user WHERE id = ${id}`,
  );
  if (!user || user.disabled) return null;
  if (user.disabledAt && signedInAt < user.disabledAt.getTime()) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages: the signed-in user whose role has `permission`; otherwise the sign-in page or the 403 page. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireUser();
  // A redirect rather than forbidden(): that one needs experimental.authInterrupts in next.config.js.
  if (!can(user.role, permission)) redirect("/forbidden");
  return user;
}
