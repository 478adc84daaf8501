// The account page's gate, outside its loading boundary (./loading.tsx wraps only the page): the viewer's
// permission, then whether the account exists, so an unknown id is answered with a real 404 before anything streams.
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { accountExists } from "@/lib/accounts/account-exists";
import { accountIdParam } from "@/lib/accounts/schemas";
import { requirePermission } from "@/lib/auth/session";

export default async function AccountLayout(props: { children: ReactNode; params: Promise<{ id: string }> }) {
  await requirePermission("case:view");
  const accountId = accountIdParam.safeParse((await props.params).id);
  if (!accountId.success || !(await accountExists(accountId.data))) notFound();
  return props.children;
}
