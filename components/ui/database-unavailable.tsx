"use client";
// What a page shows instead of its content while the database is down or saturated (the dashboard layout renders
// it when reading the signed-in user fails that way): says so in the viewer's language and offers a retry that
// re-renders the page on the server, so it comes back by itself once the database does.
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { DatabaseFault } from "@/lib/db-errors";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "./button";
import { NoticePage } from "./notice-page";

export function DatabaseUnavailable({ fault }: { fault: DatabaseFault }) {
  const { t } = useI18n();
  const router = useRouter();
  const [retrying, startRetry] = useTransition();
  return (
    <div role="alert" data-testid="database-unavailable">
      <NoticePage code="503" title={t(`faults.${fault}.title`)} body={t(`faults.${fault}.body`)}>
        <Button onClick={() => startRetry(() => router.refresh())} disabled={retrying} aria-busy={retrying}>
          {t("faults.retry")}
        </Button>
      </NoticePage>
    </div>
  );
}
