"use client";
// Error boundary for dashboard pages; the shell around it keeps working.
import { ErrorNotice } from "@/components/ui/error-notice";

export default function DashboardError(props: { error: unknown; retry: () => void }) {
  return <ErrorNotice error={props.error} retry={props.retry} />;
}
