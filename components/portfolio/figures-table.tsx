// The figures of a chart as a table, for keyboard and screen-reader users (and anyone who wants the exact
// numbers): a caption naming the chart, header cells with scope, numbers right-aligned. Scrolls when wide.
import type { ReactNode } from "react";

export interface FigureColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
}

export function FiguresTable<Row>({ caption, columns, rows, rowKey }: { caption: string; columns: FigureColumn<Row>[]; rows: Row[]; rowKey: (row: Row) => string }) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="mt-2 max-h-96 overflow-auto rounded border border-slate-200 dark:border-slate-700">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-slate-50 dark:bg-slate-800">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={`px-3 py-1.5 font-medium text-slate-700 dark:text-slate-300 ${column.numeric ? "text-right" : "text-left"}`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-t border-slate-200 dark:border-slate-800">
              {columns.map((column, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="px-3 py-1 text-left font-normal">{column.cell(row)}</th>
                ) : (
                  <td key={i} className={`px-3 py-1 ${column.numeric ? "text-right tabular-nums" : ""}`}>{column.cell(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
