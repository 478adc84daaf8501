// Colours of the portfolio charts, light and dark, as whole Tailwind class names (so the build finds them): a
// fill for bars and points, a stroke for lines, a swatch for the legend. Delinquency buckets go from green to dark
// red; other series take SERIES_COLOURS in order.
import type { Bucket } from "@/lib/credit/buckets";

export interface Colour {
  fill: string;
  stroke: string;
  swatch: string;
}

const colour = (fill: string, stroke: string, swatch: string): Colour => ({ fill, stroke, swatch });

export const SERIES_COLOURS: readonly Colour[] = [
  colour("fill-sky-600 dark:fill-sky-400", "stroke-sky-600 dark:stroke-sky-400", "bg-sky-600 dark:bg-sky-400"),
  colour("fill-amber-500 dark:fill-amber-300", "stroke-amber-500 dark:stroke-amber-300", "bg-amber-500 dark:bg-amber-300"),
  colour("fill-emerald-600 dark:fill-emerald-400", "stroke-emerald-600 dark:stroke-emerald-400", "bg-emerald-600 dark:bg-emerald-400"),
  colour("fill-rose-600 dark:fill-rose-400", "stroke-rose-600 dark:stroke-rose-400", "bg-rose-600 dark:bg-rose-400"),
  colour("fill-violet-600 dark:fill-violet-400", "stroke-violet-600 dark:stroke-violet-400", "bg-violet-600 dark:bg-violet-400"),
  colour("fill-slate-500 dark:fill-slate-300", "stroke-slate-500 dark:stroke-slate-300", "bg-slate-500 dark:bg-slate-300"),
  colour("fill-lime-600 dark:fill-lime-400", "stroke-lime-600 dark:stroke-lime-400", "bg-lime-600 dark:bg-lime-400"),
  colour("fill-orange-600 dark:fill-orange-400", "stroke-orange-600 dark:stroke-orange-400", "bg-orange-600 dark:bg-orange-400"),
  colour("fill-teal-700 dark:fill-teal-300", "stroke-teal-700 dark:stroke-teal-300", "bg-teal-700 dark:bg-teal-300"),
  colour("fill-fuchsia-600 dark:fill-fuchsia-400", "stroke-fuchsia-600 dark:stroke-fuchsia-400", "bg-fuchsia-600 dark:bg-fuchsia-400"),
  colour("fill-indigo-700 dark:fill-indigo-300", "stroke-indigo-700 dark:stroke-indigo-300", "bg-indigo-700 dark:bg-indigo-300"),
  colour("fill-yellow-600 dark:fill-yellow-300", "stroke-yellow-600 dark:stroke-yellow-300", "bg-yellow-600 dark:bg-yellow-300"),
];

export const seriesColour = (i: number) => SERIES_COLOURS[i % SERIES_COLOURS.length];

export const BUCKET_COLOURS: Record<Bucket, Colour> = {
  CURRENT: colour("fill-emerald-500 dark:fill-emerald-400", "stroke-emerald-500", "bg-emerald-500 dark:bg-emerald-400"),
  M1: colour("fill-yellow-400 dark:fill-yellow-300", "stroke-yellow-400", "bg-yellow-400 dark:bg-yellow-300"),
  M2: colour("fill-orange-400 dark:fill-orange-300", "stroke-orange-400", "bg-orange-400 dark:bg-orange-300"),
  M3: colour("fill-red-500 dark:fill-red-400", "stroke-red-500", "bg-red-500 dark:bg-red-400"),
  M4_PLUS: colour("fill-red-900 dark:fill-red-600", "stroke-red-900", "bg-red-900 dark:bg-red-600"),
};

export const NEUTRAL = colour("fill-slate-300 dark:fill-slate-600", "stroke-slate-400 dark:stroke-slate-500", "bg-slate-300 dark:bg-slate-600");
export const ALERT = colour("fill-red-600 dark:fill-red-400", "stroke-red-700 dark:stroke-red-300", "bg-red-600 dark:bg-red-400");
export const GOOD = colour("fill-emerald-600 dark:fill-emerald-400", "stroke-emerald-600 dark:stroke-emerald-400", "bg-emerald-600 dark:bg-emerald-400");
