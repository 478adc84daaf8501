// One bar, cell or point of a portfolio chart that keyboard users can reach: a link when it drills down (Enter
// follows it), otherwise a focusable image. Its accessible name and its tooltip (data-tip, see chart-tooltip.tsx)
// are the same exact figures; focus draws a ring around its shape.
import type { ReactNode } from "react";

export const FOCUS_RING = "group-focus-visible:stroke-blue-700 group-focus-visible:stroke-[3] dark:group-focus-visible:stroke-sky-300";

export function ChartMark({ tip, href, children }: { tip: string; href?: string; children: ReactNode }) {
  return href ? (
    <a href={href} aria-label={tip} data-tip={tip} className="group cursor-pointer outline-none">
      {children}
    </a>
  ) : (
    <g tabIndex={0} role="img" aria-label={tip} data-tip={tip} className="group outline-none">
      {children}
    </g>
  );
}
