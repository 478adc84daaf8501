"use client";
// Client-side context for every page: React Query (for later screens' reads and mutations) and i18n, plus
// keeping the viewer's time-zone cookie in step with their browser so the server formats times in their zone.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import { I18nProvider } from "@/lib/i18n/client";
import type { Catalogue } from "@/lib/i18n/translate";
import { savePreferences } from "@/lib/preferences/client";
import "@/lib/zod-jitless";

export function Providers(props: { locale: Locale; timeZone: string; messages: Catalogue; children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } }));
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider locale={props.locale} timeZone={props.timeZone} messages={props.messages}>
        <TimeZoneSync serverTimeZone={props.timeZone} />
        {props.children}
      </I18nProvider>
    </QueryClientProvider>
  );
}

/** The server cannot know the browser's zone; the browser tells it once, then the page re-renders in that zone. */
function TimeZoneSync({ serverTimeZone }: { serverTimeZone: string }) {
  const router = useRouter();
  const attempted = useRef(false);
  useEffect(() => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!browserZone || browserZone === serverTimeZone || attempted.current) return;
    attempted.current = true;
    savePreferences({ timeZone: browserZone }).then((saved) => {
      if (saved) router.refresh();
    });
  }, [serverTimeZone, router]);
  return null;
}
