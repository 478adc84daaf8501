// Geometry of the portfolio charts (pure): a y scale rounded up to a readable maximum, stacked bars (several
// groups of stacks per category when a chart compares, e.g., raised and cleared), and lines with gaps where a value
// is missing. Figures become numbers here for positions only; every figure shown is formatted from the exact values.

export const CHART_WIDTH = 900;
export const CHART_HEIGHT = 260;
export const PLOT = { left: 72, right: CHART_WIDTH - 64, top: 16, bottom: CHART_HEIGHT - 40 } as const;
const plotHeight = PLOT.bottom - PLOT.top;

/** The smallest 1, 2, 2.5 or 5 x 10^k at or above `value` (1 for nothing), so the axis reads in round numbers. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value * (1 - 1e-12)) ?? 10;
  return step * power;
}

/** y of `value` on a scale from 0 (bottom of the plot) to `max` (top). */
export const scaleY = (value: number, max: number) => PLOT.bottom - (Math.max(0, value) / max) * plotHeight;

/** Values shown on the axis: 0, half and the maximum. */
export const ticks = (max: number) => [0, max / 2, max];

export interface BarSegment {
  category: number;
  group: number;
  series: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarLayout {
  segments: BarSegment[];
  /** Centre of each category's band (for its label and a line's point). */
  centres: number[];
  max: number;
  /** Whether each category gets an axis label (all when they fit, else every n-th counting back from the last). */
  labelled: boolean[];
}

/**
 * values[category][group][series]: each group is one stack, groups stand side by side within the category's band.
 * A segment of 0 is left out. `max` fixes the scale (100% charts); otherwise the tallest stack, rounded up.
 */
export function stackedBars(values: readonly (readonly (readonly number[])[])[], max?: number): BarLayout {
  const tallest = Math.max(0, ...values.flatMap((groups) => groups.map((stack) => stack.reduce((sum, v) => sum + Math.max(0, v), 0))));
  const top = max ?? niceMax(tallest);
  const band = (PLOT.right - PLOT.left) / Math.max(1, values.length);
  const centres = values.map((_, i) => PLOT.left + band * (i + 0.5));
  const segments: BarSegment[] = [];
  values.forEach((groups, category) => {
    const groupWidth = (band * 0.7) / Math.max(1, groups.length);
    groups.forEach((stack, group) => {
      const x = centres[category] - (band * 0.7) / 2 + group * groupWidth;
      let base = 0;
      stack.forEach((value, series) => {
        if (!(value > 0)) return;
        const y = scaleY(base + value, top);
        segments.push({ category, group, series, value, x, y, width: Math.max(1, groupWidth - (groups.length > 1 ? 1 : 0)), height: scaleY(base, top) - y });
        base += value;
      });
    });
  });
  return { segments, centres, max: top, labelled: labelEvery(values.length) };
}

/** Axis labels that fit: at most about 12 along the axis, the last one always labelled. */
export function labelEvery(count: number): boolean[] {
  const every = Math.max(1, Math.ceil(count / 12));
  return Array.from({ length: count }, (_, i) => (count - 1 - i) % every === 0);
}

export interface LinePoint {
  index: number;
  value: number;
  x: number;
  y: number;
}

/** Points of a line over `count` evenly spaced x positions (or the given centres); null values leave a gap. */
export function linePoints(values: readonly (number | null)[], max: number, centres?: readonly number[]): { points: LinePoint[]; path: string } {
  const step = (PLOT.right - PLOT.left) / Math.max(1, values.length - 1);
  const xOf = (i: number) => centres?.[i] ?? (values.length === 1 ? (PLOT.left + PLOT.right) / 2 : PLOT.left + step * i);
  const points: LinePoint[] = [];
  let path = "";
  let gap = true;
  values.forEach((value, index) => {
    if (value === null) {
      gap = true;
      return;
    }
    const point = { index, value, x: xOf(index), y: scaleY(value, max) };
    points.push(point);
    path += `${gap ? "M" : "L"}${point.x.toFixed(1)},${point.y.toFixed(1)} `;
    gap = false;
  });
  return { points, path: path.trim() };
}
