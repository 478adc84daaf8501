// Looking up the app_user row behind a sign-in, by email. Emails are compared case-insensitively: people type
// them as they like, and the unique index must not let "A@x" and "a@x" become two identities at sign-in.
import "server-only";
import { db } from "@/lib/db";

export async function findUserForSignIn(email: string) {
  return db.user.findFirst({
    where: { email: { equals: email, mode: "insensitive" } },
    omit: { passwordHash: false },
  });
}

export type SignInUser = NonNullable<Awaited<ReturnType<typeof findUserForSignIn>>>;
