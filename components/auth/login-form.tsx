"use client";
// The sign-in form: email + password through next-auth's Credentials provider, and company SSO when the server
// says it is configured. Errors are announced in an aria-live region and focus stays in the form.
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { describeSignInError } from "@/lib/auth/sign-in-errors";
import { useI18n } from "@/lib/i18n/client";

const FIELD =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100";

export function LoginForm(props: { callbackUrl: string; ssoEnabled: boolean; initialError: string | null }) {
  const { t, format } = useI18n();
  const [errorCode, setErrorCode] = useState(props.initialError);
  const [pending, setPending] = useState(false);

  const error = errorCode ? describeSignInError(errorCode) : null;
  const errorText = error
    ? t(error.key, error.retryAfterMinutes ? { duration: format.minutes(error.retryAfterMinutes) } : undefined)
    : "";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setErrorCode(null);
    const result = await signIn("credentials", {
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      // A full load, so every server component renders for the new session.
      window.location.assign(props.callbackUrl);
      return;
    }
    setPending(false);
    setErrorCode(result?.error ?? "CredentialsSignin");
  }

  return (
    <div className="space-y-6">
      <form onSubmit={submit} className="space-y-4">
        <div>
          <label htmlFor="email" className="block text-sm font-medium">
            {t("login.email")}
          </label>
          <input id="email" name="email" type="email" autoComplete="username" required className={FIELD} />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium">
            {t("login.password")}
          </label>
          <input id="password" name="password" type="password" autoComplete="current-password" required className={FIELD} />
        </div>
        <p
          role="alert"
          aria-live="assertive"
          data-testid="login-error"
          className="min-h-5 text-sm font-medium text-red-700 dark:text-red-300"
        >
          {errorText}
        </p>
        <Button type="submit" disabled={pending} className="w-full py-2">
          {pending ? t("login.submitting") : t("login.submit")}
        </Button>
      </form>
      {props.ssoEnabled && (
        <>
          <p className="text-center text-sm text-slate-600 dark:text-slate-400">{t("login.or")}</p>
          <button
            type="button"
            onClick={() => void signIn("oidc", { callbackUrl: props.callbackUrl })}
            className={`${buttonClass("secondary")} w-full py-2`}
          >
            {t("login.sso")}
          </button>
        </>
      )}
    </div>
  );
}
