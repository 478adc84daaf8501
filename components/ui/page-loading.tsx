"use client";
// Shown while a dashboard page loads its data on the server: each screen's loading.tsx. Not one loading.tsx for the
// whole dashboard, because a page behind it could no longer answer 404 (the 200 would already be streaming).
import { useI18n } from "@/lib/i18n/client";

export function PageLoading() {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-12 text-slate-700 dark:text-slate-300">
      <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" />
      {t("app.loading")}
    </div>
  );
}
