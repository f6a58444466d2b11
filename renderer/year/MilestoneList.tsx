// The year's milestones, each editable in place and removable after confirmation.
import { useEffect, useRef, useState } from 'react';
import type { Milestone } from '../../shared/domain';
import { formatDate } from '../format';
import { MilestoneForm, type MilestoneFields } from './MilestoneForm';

function MilestoneRow(props: {
  milestone: Milestone;
  onSave(fields: MilestoneFields): Promise<boolean>;
  onRemove(): Promise<void>;
}) {
  const { milestone: m } = props;
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');
  const editRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<'edit' | 'remove' | null>(null);

  useEffect(() => {
    if (mode === 'confirm') confirmRef.current?.focus();
    if (mode === 'view' && returnTo.current) {
      (returnTo.current === 'edit' ? editRef : removeRef).current?.focus();
      returnTo.current = null;
    }
  }, [mode]);

  const back = (to: 'edit' | 'remove') => {
    returnTo.current = to;
    setMode('view');
  };

  return (
    <li className="milestone">
      {mode === 'edit' ? (
        <MilestoneForm
          initial={m}
          formLabel={`Mijlpaal bewerken: ${m.title}`}
          submitLabel="Mijlpaal opslaan"
          onCancel={() => back('edit')}
          onSubmit={async (fields) => {
            const ok = await props.onSave(fields);
            if (ok) back('edit');
            return ok;
          }}
        />
      ) : (
        <>
          <p className="milestone-date">
            <time dateTime={m.date}>{formatDate(m.date, { weekday: 'short' })}</time>
          </p>
          <h3>{m.title}</h3>
          {m.description && <p className="description">{m.description}</p>}
          {mode === 'confirm' ? (
            <div className="confirm" role="group" aria-label={`Verwijderen bevestigen: ${m.title}`}>
              <p>Weet u zeker dat u de mijlpaal “{m.title}” wilt verwijderen?</p>
              <div className="form-actions">
                <button type="button" className="button-danger" ref={confirmRef} onClick={props.onRemove} aria-label={`Ja, verwijderen: ${m.title}`}>
                  Ja, verwijderen
                </button>
                <button type="button" onClick={() => back('remove')}>
                  Annuleren
                </button>
              </div>
            </div>
          ) : (
            <div className="item-actions">
              <button type="button" ref={editRef} onClick={() => setMode('edit')} aria-label={`Bewerken: ${m.title}`}>
                Bewerken
              </button>
              <button
                type="button"
                ref={removeRef}
                className="button-danger-quiet"
                onClick={() => setMode('confirm')}
                aria-label={`Verwijderen: ${m.title}`}
              >
                Verwijderen
              </button>
            </div>
          )}
        </>
      )}
    </li>
  );
}

export function MilestoneList(props: {
  milestones: Milestone[];
  onSave(m: Milestone, fields: MilestoneFields): Promise<boolean>;
  onRemove(m: Milestone): Promise<void>;
}) {
  if (props.milestones.length === 0) return <p className="empty">Er zijn in dit jaar nog geen mijlpalen.</p>;
  return (
    <ul className="milestones">
      {props.milestones.map((m) => (
        <MilestoneRow key={m.id} milestone={m} onSave={(f) => props.onSave(m, f)} onRemove={() => props.onRemove(m)} />
      ))}
    </ul>
  );
}
