"use client";
// A case's SLA as a countdown ("Due in 5 h 12 min"), or how long it has been breached, in red.
import { useI18n } from "@/lib/i18n/client";
import { slaCountdown } from "@/lib/queue/sla";

export function SlaCountdown({ dueAt, now }: { dueAt: string; now: number }) {
  const { t, format } = useI18n();
  const sla = slaCountdown(new Date(dueAt), new Date(now));
  const [days, hours, minutes] = [sla.days, sla.hours, sla.minutes].map(format.count);
  const duration =
    sla.days > 0 ? t("queue.sla.days", { days, hours }) : sla.hours > 0 ? t("queue.sla.hours", { hours, minutes }) : t("queue.sla.minutes", { minutes });
  return (
    <span className={sla.breached ? "font-semibold text-red-700 dark:text-red-300" : undefined} data-breached={sla.breached}>
      {t(sla.breached ? "queue.sla.overdueBy" : "queue.sla.dueIn", { duration })}
    </span>
  );
}
