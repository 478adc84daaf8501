// A plain, accessible table: a caption that is also a section heading (so heading navigation finds it), header
// cells with scope, and right-aligned numeric columns.
import type { ReactNode } from "react";

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
}

export function DataTable<Row>(props: { caption: string; columns: Column<Row>[]; rows: Row[]; rowKey: (row: Row) => string }) {
  return (
    // Focusable so keyboard users can scroll a table wider than a phone's screen.
    <div
      role="region"
      aria-label={props.caption}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900"
    >
      <table className="w-full text-sm">
        <caption className="px-4 pt-3 pb-2 text-left">
          <h2 className="text-base font-semibold">{props.caption}</h2>
        </caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            {props.columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={`px-4 py-2 font-medium text-slate-700 dark:text-slate-300 ${column.numeric ? "text-right" : "text-left"}`}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={props.rowKey(row)} className="border-b border-slate-200 last:border-0 dark:border-slate-800">
              {props.columns.map((column) => (
                <td key={column.header} className={`px-4 py-2 ${column.numeric ? "text-right tabular-nums" : ""}`}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
