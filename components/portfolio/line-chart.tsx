// A line chart in SVG for the portfolio page: shares or rates (0 to `max`) over evenly spaced x positions (months
// on book, weeks), one line per series with a gap where a value is missing. Every point is a ChartMark with its
// exact figures on hover and focus.
import { CHART_HEIGHT, CHART_WIDTH, labelEvery, linePoints, PLOT, scaleY, ticks } from "./chart-geometry";
import { AXIS_TEXT } from "./bar-chart";
import { ChartMark, FOCUS_RING } from "./chart-mark";
import type { Colour } from "./palette";

export interface LineSeries {
  key: string;
  values: (number | null)[];
  tips: string[];
  colour: Colour;
}

export interface LineChartProps {
  label: string;
  xLabels: string[];
  /** Name of the x axis, under it. */
  xAxis?: string;
  series: LineSeries[];
  max: number;
  tick: (value: number) => string;
}

export function LineChart({ label, xLabels, xAxis, series, max, tick }: LineChartProps) {
  const labelled = labelEvery(xLabels.length);
  const lines = series.map((s) => ({ ...s, ...linePoints(s.values, max) }));
  const xs = linePoints(xLabels.map(() => 0), max).points.map((p) => p.x);
  return (
    <svg viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT + (xAxis ? 14 : 0)}`} role="group" aria-label={label} className="h-auto w-full overflow-visible">
      {ticks(max).map((value) => (
        <g key={value}>
          <line x1={PLOT.left} x2={PLOT.right} y1={scaleY(value, max)} y2={scaleY(value, max)} className="stroke-slate-200 dark:stroke-slate-700" />
          <text x={PLOT.left - 8} y={scaleY(value, max) + 4} textAnchor="end" className={AXIS_TEXT}>{tick(value)}</text>
        </g>
      ))}
      <line x1={PLOT.left} x2={PLOT.right} y1={PLOT.bottom} y2={PLOT.bottom} className="stroke-slate-500" />
      {xLabels.map((text, i) =>
        labelled[i] ? (
          <text key={i} x={xs[i]} y={PLOT.bottom + 16} textAnchor="middle" className={AXIS_TEXT}>{text}</text>
        ) : null,
      )}
      {xAxis && (
        <text x={(PLOT.left + PLOT.right) / 2} y={PLOT.bottom + 34} textAnchor="middle" className={AXIS_TEXT}>{xAxis}</text>
      )}
      {lines.map((line) => (
        <path key={line.key} d={line.path} fill="none" strokeWidth={2} className={line.colour.stroke} />
      ))}
      {lines.map((line) =>
        line.points.map((point) => (
          <ChartMark key={`${line.key}-${point.index}`} tip={line.tips[point.index]}>
            <circle cx={point.x} cy={point.y} r={3.5} className={`${line.colour.fill} stroke-white dark:stroke-slate-900 ${FOCUS_RING}`} />
          </ChartMark>
        )),
      )}
    </svg>
  );
}
