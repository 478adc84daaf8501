"use client";
// Signs out through next-auth (which records auth.sign_out, see lib/auth/auth-options.ts) and lands on sign-in.
import { signOut } from "next-auth/react";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";

export function SignOutButton() {
  const { t } = useI18n();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/login" });
      }}
      className="rounded-md border border-slate-400 px-2.5 py-1 text-sm disabled:opacity-60 dark:border-slate-500"
    >
      {t("shell.signOut")}
    </button>
  );
}
