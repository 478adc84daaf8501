// Whether an account with this id exists: the account page's 404 check, by primary key.
import "server-only";
import { db } from "@/lib/db";

export async function accountExists(accountId: number): Promise<boolean> {
  const rows = await db.$queryRaw<unknown[]>`SELECT 1 FROM account WHERE id = ${accountId}`;
  return rows.length > 0;
}
