// Step 5 of the chain: per prestatie what was agreed against what was delivered, with the stand in words (never
// by colour alone), and editing and removing in place.
import { useEffect, useRef, useState } from 'react';
import type { Prestatie } from '../../shared/registers';
import { formatNumber } from '../monitoring/format';
import { RemoveButton } from '../monitoring/RemoveButton';
import { DataTable, type Column } from '../components/DataTable';
import { PrestatieForm, type PrestatieFields } from './PrestatieForm';

function stand(p: Prestatie): { text: string; kind: 'gehaald' | 'niet-gehaald' | 'open' } {
  if (p.agreedNumber !== null && p.deliveredNumber !== null) {
    return p.deliveredNumber >= p.agreedNumber
      ? { text: 'Gehaald', kind: 'gehaald' }
      : { text: `Nog niet gehaald (${formatNumber(p.deliveredNumber)} van ${formatNumber(p.agreedNumber)})`, kind: 'niet-gehaald' };
  }
  if (p.deliveredNumber === null && !p.deliveredText) return { text: 'Nog niets geleverd', kind: 'open' };
  return { text: 'Zie de toelichting', kind: 'open' };
}

function amount(n: number | null, text: string) {
  return (
    <>
      {n !== null && <span className="amount">{formatNumber(n)}</span>}
      {text && <p className="cell-text">{text}</p>}
      {n === null && !text && '—'}
    </>
  );
}

export function PrestatieTable(props: {
  prestaties: Prestatie[];
  onCreate(fields: PrestatieFields): Promise<boolean>;
  onUpdate(p: Prestatie, fields: PrestatieFields): Promise<boolean>;
  onRemove(p: Prestatie): Promise<boolean>;
}) {
  const [editing, setEditing] = useState<number | null>(null);
  const editButtons = useRef(new Map<number, HTMLButtonElement>());
  const returnTo = useRef<number | null>(null);

  useEffect(() => {
    if (editing === null && returnTo.current !== null) {
      editButtons.current.get(returnTo.current)?.focus();
      returnTo.current = null;
    }
  }, [editing]);

  const stopEditing = () => {
    returnTo.current = editing;
    setEditing(null);
  };
  const current = props.prestaties.find((p) => p.id === editing);

  const columns: Column<Prestatie>[] = [
    { header: 'Prestatie', rowHeader: true, cell: (p) => p.description },
    { header: 'Periode', className: 'cell-nowrap', cell: (p) => p.period || '—' },
    { header: 'Afgesproken', cell: (p) => amount(p.agreedNumber, p.agreedText) },
    { header: 'Geleverd', cell: (p) => amount(p.deliveredNumber, p.deliveredText) },
    {
      header: 'Stand',
      cell: (p) => {
        const s = stand(p);
        return <span className={`stand stand-${s.kind}`}>{s.text}</span>;
      },
    },
    {
      key: 'acties',
      header: <span className="visually-hidden">Acties</span>,
      cell: (p) => (
        <div className="item-actions">
          <button
            type="button"
            ref={(el) => {
              if (el) editButtons.current.set(p.id, el);
              else editButtons.current.delete(p.id);
            }}
            onClick={() => setEditing(p.id)}
            aria-label={`Bewerken: ${p.description}`}
            aria-expanded={editing === p.id}
          >
            Bewerken
          </button>
          <RemoveButton
            name={p.description}
            question={`Weet u zeker dat u de prestatie “${p.description}” wilt verwijderen?`}
            onConfirm={() => props.onRemove(p)}
          />
        </div>
      ),
    },
  ];

  return (
    <div className="stack">
      {props.prestaties.length === 0 ? (
        <p className="empty">Er zijn nog geen prestaties vastgelegd.</p>
      ) : (
        <DataTable
          caption="Prestaties: afgesproken en geleverd"
          captionHidden
          className="prestaties"
          columns={columns}
          rows={props.prestaties}
          rowKey={(p) => p.id}
        />
      )}
      {current ? (
        <PrestatieForm
          key={current.id}
          initial={current}
          legend={`Prestatie bewerken: ${current.description}`}
          submitLabel="Prestatie opslaan"
          onCancel={stopEditing}
          onSubmit={async (fields) => {
            const saved = await props.onUpdate(current, fields);
            if (saved) stopEditing();
            return saved;
          }}
        />
      ) : (
        <PrestatieForm legend="Prestatie toevoegen" submitLabel="Prestatie toevoegen" onSubmit={props.onCreate} />
      )}
    </div>
  );
}
