// The review queue: open cases, most urgent first, for everyone with case:view. Officers claim and release cases,
// senior officers also assign them; managers and compliance see the queue read-only. The first page is read here
// and handed to React Query, which keeps it fresh through app/api/queue.
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { QueueScreen } from "@/components/queue/queue-screen";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { parseQueueView, queueQueryKey } from "@/lib/queue/filters";
import { findCaseWorkers, findQueue } from "@/lib/queue/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("queue.title") };
}

export default async function QueuePage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("case:view");
  const abilities = { work: can(user.role, "case:work"), assign: can(user.role, "case:assign") };
  const [{ t, timeZone }, searchParams] = await Promise.all([getTranslator(), props.searchParams]);
  const view = parseQueueView(searchParams);
  const queryClient = new QueryClient();
  const [, officers] = await Promise.all([
    queryClient.prefetchQuery({ queryKey: queueQueryKey(view), queryFn: () => findQueue({ view, viewerId: user.id, timeZone }) }),
    abilities.assign ? findCaseWorkers() : [],
  ]);
  return (
    <>
      <PageHeader title={t("queue.title")}>{!abilities.work && !abilities.assign && t("queue.readOnly")}</PageHeader>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <QueueScreen viewer={{ id: user.id, name: user.name }} abilities={abilities} officers={officers} />
      </HydrationBoundary>
    </>
  );
}
