// The browser side of an export: drain the streamed response while counting bytes and lines (the progress), save
// it as a file, then read the manifest the server wrote when the stream ended.

export interface ExportManifest {
  id: string;
  filter: Record<string, string | number>;
  format: string;
  rowCount: string | number;
  firstSeq: string | null;
  lastSeq: string | null;
  chainHash: string | null;
  sha256: string;
  exportedBy: string;
  startedAt: string;
  finishedAt: string;
}

const NEWLINE = 10;

/** Reads the whole stream, reporting progress at most every 100 ms, and saves it under `fileName`. */
export async function streamToSink(body: ReadableStream<Uint8Array>, fileName: string, onProgress: (bytes: number, lines: number) => void) {
  const reader = body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  let lines = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value as Uint8Array<ArrayBuffer>);
    bytes += value.byteLength;
    for (let i = 0; i < value.length; i++) if (value[i] === NEWLINE) lines++;
    if (performance.now() - reported > 100) {
      reported = performance.now();
      onProgress(bytes, lines);
    }
  }
  onProgress(bytes, lines);
  saveBlob(new Blob(chunks), fileName);
}

export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The manifest is written as the stream ends; a moment's retry covers the last write racing the last byte. */
export async function fetchManifest(exportId: string): Promise<ExportManifest | null> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const response = await fetch(`/api/audit/exports/${encodeURIComponent(exportId)}/manifest`);
    if (response.ok) return (await response.json()) as ExportManifest;
    if (response.status !== 404) return null;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return null;
}
