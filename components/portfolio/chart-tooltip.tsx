"use client";
// The portfolio charts' tooltip: shows the exact figures of the bar, cell or point under the pointer or holding
// keyboard focus (any descendant with data-tip), above it; Escape hides it. The same text is the mark's accessible
// name, so the tooltip itself is hidden from assistive technology. Without JavaScript the table has the figures.
import { useRef, useState, type ReactNode } from "react";

interface Tip {
  text: string;
  x: number;
  y: number;
  align: "start" | "middle" | "end";
}

const ALIGN = { start: "translate-x-0", middle: "-translate-x-1/2", end: "-translate-x-full" } as const;

export function ChartTooltip({ children }: { children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  const show = (target: EventTarget | null) => {
    const mark = target instanceof Element ? target.closest("[data-tip]") : null;
    if (!mark || !frame.current) return setTip(null);
    const box = mark.getBoundingClientRect();
    const outer = frame.current.getBoundingClientRect();
    const x = box.left + box.width / 2 - outer.left;
    const align = x < 140 ? "start" : x > outer.width - 140 ? "end" : "middle";
    setTip({ text: mark.getAttribute("data-tip") ?? "", x, y: box.top - outer.top, align });
  };

  return (
    <div
      ref={frame}
      className="relative"
      onMouseOver={(event) => show(event.target)}
      onMouseLeave={() => setTip(null)}
      onFocus={(event) => show(event.target)}
      onBlur={() => setTip(null)}
      onKeyDown={(event) => event.key === "Escape" && setTip(null)}
    >
      {children}
      {tip && (
        <div
          aria-hidden="true"
          data-testid="chart-tooltip"
          className={`pointer-events-none absolute z-10 w-max max-w-xs -translate-y-full rounded bg-slate-900 px-2 py-1 text-xs text-white shadow-lg dark:bg-slate-100 dark:text-slate-900 ${ALIGN[tip.align]}`}
          style={{ left: tip.x, top: Math.max(0, tip.y - 6) }}
        >
          {tip.text}
        </div>
      )}
    </div>
  );
}
