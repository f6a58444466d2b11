// The lists shown as tables (besluiten, acties, interventies, the logboek, an import's rows): one markup for
// all of them, with column headers, the cell that names each row as its row header, and a caption that a
// heading above may already say (then for screen readers only).
import type { Key, ReactNode } from 'react';

/** A column is keyed by its header text; a header with markup (a visually hidden word, say) needs a key of its own. */
type ColumnHeader = { header: string; key?: string } | { header: ReactNode; key: string };

export type Column<Row> = ColumnHeader & {
  cell(row: Row): ReactNode;
  /** The cell that names the row: a row header (th scope="row") instead of a data cell. */
  rowHeader?: boolean;
  className?: string;
  /** A class for the column header, e.g. to align it with the numbers below. */
  headerClassName?: string;
};

// Without a key the header is a string: the type above asks for a key wherever it may be markup.
const columnKey = (c: ColumnHeader): string => c.key ?? (c.header as string);

export function DataTable<Row>(props: {
  caption: ReactNode;
  /** The heading above says what the table holds: the caption is for screen readers only. */
  captionHidden?: boolean;
  /** A class beside data-table, for a table with a look of its own. */
  className?: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): Key;
  rowClassName?(row: Row): string | undefined;
}) {
  return (
    <div className="table-scroll">
      <table className={props.className ? `data-table ${props.className}` : 'data-table'}>
        <caption className={props.captionHidden ? 'visually-hidden' : undefined}>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th key={columnKey(c)} scope="col" className={c.headerClassName}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={props.rowKey(row)} className={props.rowClassName?.(row)}>
              {props.columns.map((c) =>
                c.rowHeader ? (
                  <th key={columnKey(c)} scope="row" className={c.className}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={columnKey(c)} className={c.className}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
