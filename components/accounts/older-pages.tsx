"use client";
// "Load older" for the account page's long lists (purchases, repayments): the first page comes rendered from the
// server, older pages from the list's GET route by keyset cursor, kept by React Query so they survive re-renders.
// The button says how many rows are shown, and loading and failures are announced in an aria-live region.
import { useInfiniteQuery } from "@tanstack/react-query";
import type { KeysetPage } from "@/lib/accounts/find-purchases";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";

export function useOlderPages<Row>(list: "purchases" | "repayments", accountId: number, initialPage: KeysetPage<Row>) {
  const query = useInfiniteQuery({
    queryKey: ["account-history", list, accountId],
    queryFn: async ({ pageParam }): Promise<KeysetPage<Row>> => {
      const response = await fetch(`/api/accounts/${accountId}/${list}?before=${encodeURIComponent(pageParam ?? "")}`, {
        headers: { accept: "application/json" },
      });
      if (!response.ok) throw new Error(`GET /api/accounts/${accountId}/${list}: ${response.status}`);
      return response.json();
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: { pages: [initialPage], pageParams: [null] },
    // The first page is the server's; only "Load older" fetches.
    staleTime: Infinity,
  });
  return { ...query, rows: query.data.pages.flatMap((page) => page.rows) };
}

export function LoadOlder(props: { count: number; hasOlder: boolean; loading: boolean; failed: boolean; onLoad: () => void }) {
  const { t, format } = useI18n();
  return (
    <div className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm">
      {props.hasOlder && (
        <Button variant="secondary" onClick={props.onLoad} disabled={props.loading}>
          {props.loading ? t("account.history.loadingOlder") : t("account.history.loadOlder")}
        </Button>
      )}
      <p aria-live="polite" className="text-slate-600 dark:text-slate-400">
        {props.failed ? (
          <span className="text-red-700 dark:text-red-300">{t("account.history.loadFailed")}</span>
        ) : (
          t(props.hasOlder ? "account.history.shown" : "account.history.allLoaded", { count: format.count(props.count) })
        )}
      </p>
    </div>
  );
}
