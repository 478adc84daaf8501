// Who is signed in, re-read from the database on every request: a disabled user counts as signed out at once,
// and a role change applies to the very next request, whatever the (up to 8-hour) session cookie says. A session
// that began before the user was last disabled stays void after re-enabling, so disabling really ends it.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { authOptions } from "./auth-options";
import { can, type Permission } from "./permissions";

export interface CurrentUser {
  id: number;
  email: string;
  name: string;
  role: Role;
}

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user) return null;
  const { id, signedInAt } = session.user;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, disabled: true, disabledAt: true },
  });
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
