"use client";
// Runs one decision action from a form: while it runs the form shows it is sending; a refusal stays in the form
// (its message says what changed or what is wrong); a success is handed to the screen to announce, and the page's
// server data is refreshed so every section shows the new state.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/auth/action-core";

export function useActionRunner(onDone: (message: string) => void) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<string | null>(null);
  const run = <T,>(call: () => Promise<ActionResult<T>>, message: (data: T) => string) =>
    startTransition(async () => {
      setFailure(null);
      const result = await call();
      if (!result.ok) {
        setFailure(result.error.message);
        return;
      }
      onDone(message(result.data));
      router.refresh();
    });
  return { pending, failure, setFailure, run };
}
