// A stacked bar chart in SVG for the portfolio page: categories along the x axis (months, weeks, bands, officers),
// one or more stacks per category, series stacked within a stack, and optionally a line on a right-hand axis (a
// ratio over the bars). Every segment is a ChartMark: hover or focus shows its exact figures, a link drills down.
import { CHART_HEIGHT, CHART_WIDTH, linePoints, PLOT, scaleY, stackedBars, ticks } from "./chart-geometry";
import { ChartMark, FOCUS_RING } from "./chart-mark";
import type { Colour } from "./palette";

export interface BarMarkInfo {
  tip: string;
  href?: string;
}

export interface BarLine {
  values: (number | null)[];
  max: number;
  tick: (value: number) => string;
  tips: string[];
  colour: Colour;
}

export interface BarChartProps {
  /** The chart's accessible name. */
  label: string;
  categories: string[];
  /** values[category][stack][series]. */
  values: number[][][];
  colours: Colour[];
  mark: (category: number, stack: number, series: number) => BarMarkInfo;
  /** Fixed top of the scale (1 for shares); otherwise rounded up from the tallest stack. */
  max?: number;
  tick: (value: number) => string;
  line?: BarLine;
}

export const AXIS_TEXT = "fill-slate-700 text-[11px] dark:fill-slate-300";

export function BarChart({ label, categories, values, colours, mark, max, tick, line }: BarChartProps) {
  const layout = stackedBars(values, max);
  const ratio = line && linePoints(line.values, line.max, layout.centres);
  return (
    <svg viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`} role="group" aria-label={label} className="h-auto w-full overflow-visible">
      {ticks(layout.max).map((value) => (
        <g key={value}>
          <line x1={PLOT.left} x2={PLOT.right} y1={scaleY(value, layout.max)} y2={scaleY(value, layout.max)} className="stroke-slate-200 dark:stroke-slate-700" />
          <text x={PLOT.left - 8} y={scaleY(value, layout.max) + 4} textAnchor="end" className={AXIS_TEXT}>{tick(value)}</text>
        </g>
      ))}
      {line &&
        ticks(line.max).map((value) => (
          <text key={value} x={PLOT.right + 8} y={scaleY(value, line.max) + 4} className={AXIS_TEXT}>{line.tick(value)}</text>
        ))}
      <line x1={PLOT.left} x2={PLOT.right} y1={PLOT.bottom} y2={PLOT.bottom} className="stroke-slate-500" />
      {categories.map((category, i) =>
        layout.labelled[i] ? (
          <text key={i} x={layout.centres[i]} y={PLOT.bottom + 16} textAnchor="middle" className={AXIS_TEXT}>{category}</text>
        ) : null,
      )}
      {layout.segments.map((s) => {
        const info = mark(s.category, s.group, s.series);
        return (
          <ChartMark key={`${s.category}-${s.group}-${s.series}`} tip={info.tip} href={info.href}>
            <rect x={s.x} y={s.y} width={s.width} height={Math.max(0.5, s.height)} className={`${colours[s.series].fill} stroke-white/60 dark:stroke-slate-900/60 ${FOCUS_RING}`} />
          </ChartMark>
        );
      })}
      {line && ratio && (
        <>
          <path d={ratio.path} fill="none" strokeWidth={2.5} className={line.colour.stroke} />
          {ratio.points.map((point) => (
            <ChartMark key={point.index} tip={line.tips[point.index]}>
              <circle cx={point.x} cy={point.y} r={4} className={`${line.colour.fill} stroke-white dark:stroke-slate-900 ${FOCUS_RING}`} />
            </ChartMark>
          ))}
        </>
      )}
    </svg>
  );
}
