// @vitest-environment happy-dom
// One table markup for the lists: column headers, the naming cell of each row as its row header, the caption
// (for screen readers only where a heading says it), and a row's own class.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { DataTable, type Column } from '../../renderer/components/DataTable';

afterEach(cleanup);

interface Row {
  id: number;
  name: string;
  due: string;
  late: boolean;
}
const COLUMNS: Column<Row>[] = [
  { header: 'Actie', rowHeader: true, className: 'cell-main', cell: (r) => r.name },
  { header: 'Deadline', className: 'cell-nowrap', cell: (r) => <time dateTime={r.due}>{r.due}</time> },
];
const ROWS: Row[] = [
  { id: 1, name: 'Bewoners bellen', due: '2026-12-01', late: true },
  { id: 2, name: 'Zaal huren', due: '2027-01-15', late: false },
];

describe('DataTable', () => {
  it('marks column and row headers, keeps the cells’ classes and each row’s own', () => {
    render(<DataTable caption="Acties" captionHidden columns={COLUMNS} rows={ROWS} rowKey={(r) => r.id} rowClassName={(r) => (r.late ? 'row-overdue' : undefined)} />);
    const table = screen.getByRole('table', { name: 'Acties' });
    expect(table.className).toBe('data-table');
    expect(table.parentElement!.className).toBe('table-scroll');
    expect(table.querySelector('caption')!.className).toBe('visually-hidden');
    expect(within(table).getAllByRole('columnheader').map((h) => [h.textContent, h.getAttribute('scope')])).toEqual([
      ['Actie', 'col'],
      ['Deadline', 'col'],
    ]);
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((h) => [h.textContent, h.getAttribute('scope'), h.className])).toEqual([
      ['Bewoners bellen', 'row', 'cell-main'],
      ['Zaal huren', 'row', 'cell-main'],
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('class'))).toEqual(['row-overdue', null]);
    expect(within(rows[1]!).getByRole('cell').className).toBe('cell-nowrap');
  });

  it('shows the caption when no heading says it, and adds a table’s own class', () => {
    render(<DataTable caption="De goede regels" className="audit-table" columns={COLUMNS} rows={ROWS.slice(0, 1)} rowKey={(r) => r.id} />);
    const table = screen.getByRole('table', { name: 'De goede regels' });
    expect(table.className).toBe('data-table audit-table');
    expect(table.querySelector('caption')!.hasAttribute('class')).toBe(false);
  });

  it('takes a header with markup under a key of its own, beside the headers that are their own key', () => {
    const columns: Column<Row>[] = [
      ...COLUMNS,
      { key: 'acties', header: <span className="visually-hidden">Acties</span>, cell: (r) => <button type="button">Wissen: {r.name}</button> },
    ];
    // A header with markup cannot key its column: the type asks for a key there.
    // @ts-expect-error a markup header without a key
    const unkeyed: Column<Row> = { header: <abbr title="niet van toepassing">n.v.t.</abbr>, cell: () => null };
    expect(unkeyed.cell(ROWS[0]!)).toBeNull();
    render(<DataTable caption="Acties" columns={columns} rows={ROWS} rowKey={(r) => r.id} />);
    const table = screen.getByRole('table', { name: 'Acties' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Actie', 'Deadline', 'Acties']);
    expect(headers[2]!.querySelector('span.visually-hidden')).not.toBeNull();
    const lastRow = within(table).getAllByRole('row').at(-1)!;
    expect(within(lastRow).getByRole('rowheader').textContent).toBe('Zaal huren');
    expect(within(lastRow).getByRole('button', { name: 'Wissen: Zaal huren' })).toBeTruthy();
  });
});
