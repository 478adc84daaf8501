"use client";
// What an error boundary shows: a generic message, never the error's text, and Next's digest as the reference
// that the server log line carries too (instrumentation.ts), so support can find what happened.
import { Button } from "./button";
import { NoticePage } from "./notice-page";
import { useI18n } from "@/lib/i18n/client";

export function ErrorNotice({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useI18n();
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : null;
  return (
    <NoticePage title={t("error.title")} body={t("error.body")}>
      {digest && (
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="error-reference">
          {t("error.reference", { reference: digest })}
        </p>
      )}
      <Button onClick={retry}>{t("error.retry")}</Button>
    </NoticePage>
  );
}
