"use client";
// Chips in a severity's colour: a flag (its rule's name) or a case's severity. The severity is also in the text
// (visible or for screen readers), never in the colour alone; both themes keep AA contrast.
import type { ReactNode } from "react";
import type { Severity } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";

const SEVERITY_CLASSES: Record<Severity, string> = {
  CRITICAL: "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200",
  HIGH: "border-orange-300 bg-orange-50 text-orange-900 dark:border-orange-800 dark:bg-orange-950 dark:text-orange-200",
  MEDIUM: "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200",
  LOW: "border-slate-300 bg-slate-50 text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200",
};

export function SeverityChip({ severity, children }: { severity: Severity; children?: ReactNode }) {
  const { t } = useI18n();
  const label = t(`queue.severity.${severity}`);
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${SEVERITY_CLASSES[severity]}`}>
      {children ?? label}
      {children && <span className="sr-only"> ({label})</span>}
    </span>
  );
}
