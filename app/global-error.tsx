"use client";
// Last-resort error page, when the root layout itself failed: no providers, styles or language cookie are
// available here, so it says the same thing in both languages, without any detail of the error.
import { en } from "@/lib/i18n/messages/en";
import { zhCN } from "@/lib/i18n/messages/zh-CN";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : null;
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "36rem", margin: "4rem auto", padding: "0 1rem" }}>
        <main>
          <h1>{en["error.title"]}</h1>
          <p>{en["error.body"]}</p>
          <h2 lang="zh-CN">{zhCN["error.title"]}</h2>
          <p lang="zh-CN">{zhCN["error.body"]}</p>
          {digest && <p>{en["error.reference"].replace("{reference}", digest)}</p>}
          <button type="button" onClick={retry}>
            {en["error.retry"]} / <span lang="zh-CN">{zhCN["error.retry"]}</span>
          </button>
        </main>
      </body>
    </html>
  );
}
