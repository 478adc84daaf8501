// The body of the 403, 404 and error pages: a heading, a sentence, and what to do next.
import type { ReactNode } from "react";

export function NoticePage(props: { code?: string; title: string; body: string; children?: ReactNode }) {
  return (
    <section aria-labelledby="notice-title" className="mx-auto max-w-lg py-12 text-center">
      {props.code && <p className="text-sm font-semibold text-slate-600 dark:text-slate-400">{props.code}</p>}
      <h1 id="notice-title" className="mt-1 text-2xl font-semibold">
        {props.title}
      </h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{props.body}</p>
      <div className="mt-6 flex flex-col items-center gap-3">{props.children}</div>
    </section>
  );
}
