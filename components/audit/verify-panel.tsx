"use client";
// "Verify the chain": walks the whole audit trail on the server, which streams its progress, and reports either how
// many events verified and the head hash, or the first event that does not fit and why. The check is itself audited.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

interface VerifyResult {
  ok: boolean;
  verified: number | string;
  headSeq?: string | null;
  headHash?: string;
  badSeq?: string;
  reason?: string;
}

type Status = { state: "idle" } | { state: "running"; verified: number; total: number | null } | { state: "done"; result: VerifyResult } | { state: "failed" };

export function VerifyPanel() {
  const { t, format } = useI18n();
  const [status, setStatus] = useState<Status>({ state: "idle" });

  const run = async () => {
    setStatus({ state: "running", verified: 0, total: null });
    try {
      const response = await fetch("/api/audit/verify");
      if (!response.ok || !response.body) return setStatus({ state: "failed" });
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines.filter(Boolean)) {
          const message = JSON.parse(line) as { verified?: number; total?: number; result?: VerifyResult };
          if (message.result) return setStatus({ state: "done", result: message.result });
          setStatus({ state: "running", verified: message.verified ?? 0, total: message.total ?? null });
        }
      }
      setStatus({ state: "failed" });
    } catch {
      setStatus({ state: "failed" });
    }
  };

  return (
    <section aria-labelledby="audit-verify-heading" className="space-y-2 rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
      <h2 id="audit-verify-heading" className="text-base font-semibold">
        {t("audit.verify.title")}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("audit.verify.intro")}</p>
      <Button onClick={run} disabled={status.state === "running"}>
        {status.state === "running" ? t("audit.verify.running") : t("audit.verify.start")}
      </Button>
      <div aria-live="polite" className="text-sm">
        {status.state === "running" && (
          <div role="status" className="space-y-1">
            {status.total ? <progress max={status.total} value={status.verified} className="w-full" aria-label={t("audit.verify.progressLabel")} /> : null}
            <p>{t("audit.verify.progress", { verified: format.count(status.verified), total: status.total === null ? "…" : format.count(status.total) })}</p>
          </div>
        )}
        {status.state === "failed" && <p className="text-red-800 dark:text-red-300">{t("audit.verify.failed")}</p>}
        {status.state === "done" &&
          (status.result.ok ? (
            <p className="text-green-900 dark:text-green-300" data-testid="verify-result">
              <span aria-hidden="true">✓ </span>
              {t("audit.verify.ok", { verified: format.count(Number(status.result.verified)), head: status.result.headHash ?? "" })}
            </p>
          ) : (
            <p className="text-red-800 dark:text-red-300" data-testid="verify-result">
              <span aria-hidden="true">✗ </span>
              {t("audit.verify.broken", {
                seq: status.result.badSeq ?? "?",
                reason: t(`audit.verify.reason.${status.result.reason ?? "HASH_MISMATCH"}` as "audit.verify.reason.HASH_MISMATCH"),
                verified: format.count(Number(status.result.verified)),
              })}
            </p>
          ))}
      </div>
    </section>
  );
}
