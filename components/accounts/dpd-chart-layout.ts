// Geometry of the DPD and balance chart (pure): one band per statement, a bar for its amount due on the left scale,
// a line through its DPD on the right scale, dashed lines at the bucket edges 30 / 60 / 90 DPD. Amounts become
// numbers here for positions only; every figure shown is formatted from the exact decimal strings.
import type { ChartPoint } from "@/lib/accounts/find-overdue-history";

export const CHART_WIDTH = 720;
export const CHART_HEIGHT = 260;
export const PLOT = { left: 72, right: CHART_WIDTH - 48, top: 28, bottom: CHART_HEIGHT - 36 } as const;
/** DPD gridlines: where the buckets M1/M2, M2/M3 and M3/M4+ meet. */
export const DPD_GRID = [30, 60, 90] as const;

export interface ChartBar {
  point: ChartPoint;
  /** Left edge, top, width and height of the bar; cx is the band's centre, dpdY the DPD line's y there. */
  x: number;
  y: number;
  width: number;
  height: number;
  cx: number;
  dpdY: number;
  /** Whether the band gets a month label (every band when they fit, else every other). */
  labelled: boolean;
}

export interface ChartLayout {
  bars: ChartBar[];
  /** SVG path of the DPD line. */
  dpdPath: string;
  balanceMax: number;
  dpdMax: number;
  /** y of a balance or a DPD value. */
  balanceY: (value: number) => number;
  dpdY: (value: number) => number;
}

const plotHeight = PLOT.bottom - PLOT.top;

export function chartLayout(points: readonly ChartPoint[], outstanding: string): ChartLayout {
  const balances = points.map((p) => Math.max(0, Number(p.balance)));
  const balanceMax = Math.max(1, Number(outstanding), ...balances);
  // At least three months' worth, so a few days late never looks like a default; whole months above that.
  const dpdMax = Math.max(90, Math.ceil(Math.max(0, ...points.map((p) => p.dpd)) / 30) * 30);
  const balanceY = (value: number) => PLOT.bottom - (Math.max(0, value) / balanceMax) * plotHeight;
  const dpdY = (value: number) => PLOT.bottom - (value / dpdMax) * plotHeight;
  const band = (PLOT.right - PLOT.left) / Math.max(1, points.length);
  const every = points.length > 12 ? 2 : 1;
  const bars = points.map((point, i): ChartBar => {
    const cx = PLOT.left + band * (i + 0.5);
    const y = balanceY(balances[i]);
    const width = band * 0.6;
    // The newest band is always labelled, counting back from it.
    const labelled = (points.length - 1 - i) % every === 0;
    return { point, x: cx - width / 2, y, width, height: PLOT.bottom - y, cx, dpdY: dpdY(point.dpd), labelled };
  });
  const dpdPath = bars.map((bar, i) => `${i === 0 ? "M" : "L"}${bar.cx.toFixed(1)},${bar.dpdY.toFixed(1)}`).join(" ");
  return { bars, dpdPath, balanceMax, dpdMax, balanceY, dpdY };
}
