"use client";
// The queue screen's state: the view lives in the URL (filters, order, page), changed with the History API so a
// change is one fetch of the queue's GET route, not a server render; the data is a React Query that refreshes
// itself every few seconds, so officers see each other's claims; and a clock for the SLA countdowns.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import { parseQueueView, queueQueryKey, serializeQueueView, type QueueView } from "@/lib/queue/filters";
import type { QueueData } from "@/lib/queue/queries";

export const QUEUE_REFRESH_MS = 5_000;
const CLOCK_TICK_MS = 30_000;

export function queueHref(view: QueueView): string {
  const query = serializeQueueView(view);
  return query ? `/queue?${query}` : "/queue";
}

export function useQueueView() {
  const searchParams = useSearchParams();
  const view = useMemo(() => parseQueueView(searchParams), [searchParams]);
  const navigate = useCallback((next: QueueView) => window.history.pushState(null, "", queueHref(next)), []);
  return { view, navigate };
}

async function fetchQueue(view: QueueView): Promise<QueueData> {
  const query = serializeQueueView(view);
  const response = await fetch(`/api/queue${query ? `?${query}` : ""}`, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`GET /api/queue: ${response.status}`);
  return response.json();
}

export function useQueueData(view: QueueView) {
  return useQuery({
    queryKey: queueQueryKey(view),
    queryFn: () => fetchQueue(view),
    refetchInterval: QUEUE_REFRESH_MS,
    // The previous view stays on screen while the next one loads, instead of a blank table.
    placeholderData: keepPreviousData,
  });
}

/**
 * Milliseconds since the epoch for the SLA countdowns: the latest page's own reading until the first tick (so the
 * server's render and the browser's agree), then the browser's clock, ticking.
 */
export function useNow(pageNow: string | undefined): number {
  const [ticked, setTicked] = useState<number | null>(null);
  useEffect(() => {
    const timer = setInterval(() => setTicked(Date.now()), CLOCK_TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return ticked ?? (pageNow ? Date.parse(pageNow) : 0);
}
