// Reading users for the administration screen, a page at a time.
import "server-only";
import { db } from "@/lib/db";

export const USERS_PAGE_SIZE = 25;

/** One page of users, ordered by name then email. */
export async function findUsers(options: {
  /** 1-based; a page past the end is clamped to the last one. */
  page: number;
}) {
  const total = await db.user.count();
  const pageCount = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(options.page) || 1), pageCount);
  const users = await db.user.findMany({
    orderBy: [{ name: "asc" }, { email: "asc" }],
    skip: (page - 1) * USERS_PAGE_SIZE,
    take: USERS_PAGE_SIZE,
    select: { id: true, name: true, email: true, role: true, disabled: true, lastLoginAt: true },
  });
  return { users, total, page, pageCount };
}

export type UserListItem = Awaited<ReturnType<typeof findUsers>>["users"][number];
