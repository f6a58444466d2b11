// The audit trail: every change, newest first — when, who, which table, what was done, and the row
// before and after. Paged backwards with "Meer laden" (beforeId).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditEntry } from '../../shared/contract.durability';
import { errorMessage, useCall } from '../api';
import { countLabel, formatTimestamp } from '../format';
import { SectionState } from './SectionState';
import { OPERATION_LABELS, tableLabel } from './format';
import { DataTable, type Column } from '../components/DataTable';

export const AUDIT_PAGE = 50;

function Json({ label, value }: { label: string; value: Record<string, unknown> | null }) {
  return (
    <div className="audit-side">
      <p className="audit-side-label">{label}</p>
      {value ? <pre>{JSON.stringify(value, null, 2)}</pre> : <p className="hint">(geen: {label === 'Voor' ? 'nieuw toegevoegd' : 'verwijderd'})</p>}
    </div>
  );
}

const AUDIT_COLUMNS: Column<AuditEntry>[] = [
  { header: 'Wanneer', className: 'cell-nowrap', cell: (e) => <time dateTime={e.at}>{formatTimestamp(e.at)}</time> },
  { header: 'Wie', cell: (e) => e.actor },
  { header: 'Tabel', cell: (e) => tableLabel(e.tableName) },
  { header: 'Handeling', cell: (e) => OPERATION_LABELS[e.operation] },
  {
    header: 'Gegevens',
    cell: (e) => (
      <details className="audit-details">
        <summary>
          Voor en na<span className="visually-hidden"> van wijziging {e.id}</span>
        </summary>
        <p className="hint">
          Tabel {e.tableName}, sleutel {e.rowKey}
        </p>
        <div className="audit-sides">
          <Json label="Voor" value={e.before} />
          <Json label="Na" value={e.after} />
        </div>
      </details>
    ),
  },
];

export function AuditTrail() {
  const call = useCall();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const countRef = useRef<HTMLParagraphElement>(null);

  const load = useCallback(
    async (beforeId?: number) => {
      if (busyRef.current) return;
      busyRef.current = true;
      setBusy(true);
      try {
        const page = await call('audit:list', beforeId === undefined ? { limit: AUDIT_PAGE } : { limit: AUDIT_PAGE, beforeId });
        setEntries((current) => (beforeId === undefined ? page : [...(current ?? []), ...page]));
        setComplete(page.length < AUDIT_PAGE);
        setError(null);
        // "Meer laden" goes away at the start of the trail: keep the keyboard user's place on the count.
        if (beforeId !== undefined && page.length < AUDIT_PAGE) setTimeout(() => countRef.current?.focus());
      } catch (e) {
        setError(errorMessage(e));
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [call],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const last = entries?.[entries.length - 1];

  return (
    <section aria-labelledby="beheer-logboek" className="panel">
      <h2 id="beheer-logboek">Logboek van wijzigingen</h2>
      <p>
        Elke wijziging wordt vastgelegd: wanneer, door wie (de gebruikersnaam hierboven), in welke tabel, en de gegevens ervoor en
        erna. Het logboek zelf kan niet worden gewijzigd.
      </p>
      {entries === null ? (
        <SectionState what="het logboek" error={error} onRetry={() => void load()} />
      ) : (
        <>
          <p role="status" className="result-count" ref={countRef} tabIndex={-1}>
            {entries.length === 0
              ? 'Het logboek is nog leeg.'
              : `${countLabel(entries.length, 'wijziging', 'wijzigingen')} getoond${complete ? '; dit is het begin van het logboek' : ''}.`}
          </p>
          {entries.length > 0 && (
            <DataTable
              caption="Logboek van wijzigingen, nieuwste eerst"
              captionHidden
              className="audit-table"
              columns={AUDIT_COLUMNS}
              rows={entries}
              rowKey={(e) => e.id}
            />
          )}
          {error && <SectionState what="meer van het logboek" error={error} onRetry={() => void load(last?.id)} />}
          {!complete && last && !error && (
            <div className="button-row">
              <button type="button" onClick={() => void load(last.id)} aria-busy={busy || undefined}>
                Meer laden
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
