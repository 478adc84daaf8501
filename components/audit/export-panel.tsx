"use client";
// Exporting the explorer's current filter: CSV (optionally with a BOM for Excel) or NDJSON, streamed from the server
// and counted as it arrives (the progress), written straight to a file where the browser allows it (Chromium's save
// picker) and collected otherwise. When the stream ends the server has written the export's manifest (row count,
// first and last event, chain hash, SHA-256 of the file): it is shown here and can be saved next to the file.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { fetchManifest, saveBlob, streamToSink, type ExportManifest } from "./export-download";

type Status = { state: "idle" } | { state: "running"; bytes: number; lines: number } | { state: "done"; manifest: ExportManifest | null } | { state: "failed"; message: string };

const muted = "text-slate-600 dark:text-slate-400";

export function ExportPanel({ filterQuery }: { filterQuery: string }) {
  const { t, format } = useI18n();
  const [kind, setKind] = useState<"csv" | "ndjson">("csv");
  const [bom, setBom] = useState(false);
  const [status, setStatus] = useState<Status>({ state: "idle" });

  const run = async () => {
    setStatus({ state: "running", bytes: 0, lines: 0 });
    try {
      const params = new URLSearchParams(filterQuery);
      params.set("format", kind);
      if (kind === "csv" && bom) params.set("bom", "1");
      const response = await fetch(`/api/audit/export?${params}`);
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        setStatus({ state: "failed", message: body?.error ?? t("audit.export.failed") });
        return;
      }
      const exportId = response.headers.get("X-Export-Id");
      const fileName = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? `audit-export.${kind}`;
      await streamToSink(response.body, fileName, (bytes, lines) => setStatus({ state: "running", bytes, lines }));
      setStatus({ state: "done", manifest: exportId ? await fetchManifest(exportId) : null });
    } catch (error) {
      // The person closed the save dialog: nothing was exported.
      if (error instanceof DOMException && error.name === "AbortError") setStatus({ state: "idle" });
      else setStatus({ state: "failed", message: t("audit.export.failed") });
    }
  };

  return (
    <section aria-labelledby="audit-export-heading" className="space-y-2 rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
      <h2 id="audit-export-heading" className="text-base font-semibold">
        {t("audit.export.title")}
      </h2>
      <p className={`text-sm ${muted}`}>{t("audit.export.intro")}</p>
      <fieldset className="flex flex-wrap items-center gap-4 text-sm">
        <legend className="sr-only">{t("audit.export.format")}</legend>
        {(["csv", "ndjson"] as const).map((value) => (
          <label key={value} className="flex items-center gap-1">
            <input type="radio" name="audit-export-format" value={value} checked={kind === value} onChange={() => setKind(value)} />
            {t(`audit.export.format.${value}`)}
          </label>
        ))}
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={bom} disabled={kind !== "csv"} onChange={(event) => setBom(event.target.checked)} />
          {t("audit.export.bom")}
        </label>
        <Button onClick={run} disabled={status.state === "running"}>
          {status.state === "running" ? t("audit.export.running") : t("audit.export.start")}
        </Button>
      </fieldset>
      <div aria-live="polite" className="text-sm">
        {status.state === "running" && (
          <p role="status">{t("audit.export.progress", { lines: format.count(status.lines), megabytes: (status.bytes / 1_048_576).toFixed(1) })}</p>
        )}
        {status.state === "failed" && <p className="text-red-800 dark:text-red-300">{status.message}</p>}
        {status.state === "done" && (
          <div className="space-y-1">
            <p>{t("audit.export.done")}</p>
            {status.manifest ? (
              <>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
                  <dt className={muted}>{t("audit.export.manifest.rows")}</dt>
                  <dd>{format.count(Number(status.manifest.rowCount))}</dd>
                  <dt className={muted}>{t("audit.export.manifest.range")}</dt>
                  <dd className="font-mono">{status.manifest.firstSeq ? `${status.manifest.firstSeq} – ${status.manifest.lastSeq}` : "—"}</dd>
                  <dt className={muted}>{t("audit.export.manifest.chainHash")}</dt>
                  <dd className="break-all font-mono">{status.manifest.chainHash ?? "—"}</dd>
                  <dt className={muted}>{t("audit.export.manifest.sha256")}</dt>
                  <dd className="break-all font-mono" data-testid="export-sha256">{status.manifest.sha256}</dd>
                </dl>
                <Button variant="secondary" onClick={() => saveBlob(new Blob([JSON.stringify(status.manifest, null, 2)], { type: "application/json" }), `audit-export-${status.manifest?.id}.manifest.json`)}>
                  {t("audit.export.saveManifest")}
                </Button>
              </>
            ) : (
              <p className={muted}>{t("audit.export.noManifest")}</p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
