"use client";
// Error boundary for pages outside the dashboard (the sign-in page).
import { ErrorNotice } from "@/components/ui/error-notice";

export default function RootError(props: { error: unknown; retry: () => void }) {
  return (
    <main id="main" className="px-4">
      <ErrorNotice error={props.error} retry={props.retry} />
    </main>
  );
}
