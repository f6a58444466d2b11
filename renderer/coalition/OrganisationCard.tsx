// One organisation with its people; a person's role can be changed on the spot, their name and leaving date
// in their edit form. The organisation's own edit form holds its sector, dates, contribution and "waarom".
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useLeaveGuard } from '../leaveGuard';
import type { Organisation, Person } from '../../shared/domain';
import { SECTOR_INFERRED_REASON, WHY_THIS_PARTNER_QUESTION, sectorLabel } from '../../shared/bodies';
import { formatDate } from '../../shared/format';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { CaveatTag } from '../components/CaveatTag';
import { TextField } from '../components/fields';
import { FormActions } from '../components/FormActions';
import { useFocusOnMount } from '../useFocusOnMount';
import { OrganisationFields, draftOf, inputOf } from './OrganisationFields';
import { PersonRow } from './PersonRow';

export function OrganisationCard(props: {
  organisation: Organisation;
  onPersonChange(person: Person): void;
  onChange(organisation: Organisation): void;
  /** What other areas say about this partner (its contribution), below its people. */
  extra?: ReactNode;
}) {
  const { organisation } = props;
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setEditing(false);
    setTimeout(() => editRef.current?.focus());
  };
  const headingId = `organisatie-${organisation.id}`;
  return (
    <li className={`organisation${organisation.leftOn ? ' organisation-left' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{organisation.name}</h3>
      <p className="meta">
        {organisation.sector && (
          <span>
            {sectorLabel(organisation.sector)}
            {organisation.sectorInferred && (
              <>
                {' '}
                <CaveatTag reason={SECTOR_INFERRED_REASON} />
              </>
            )}
          </span>
        )}
        {organisation.joinedOn && (
          <span>
            {' '}
            · in de coalitie sinds <time dateTime={organisation.joinedOn}>{formatDate(organisation.joinedOn)}</time>
          </span>
        )}
        {organisation.leftOn && (
          <span>
            {' '}
            · uit de coalitie sinds <time dateTime={organisation.leftOn}>{formatDate(organisation.leftOn)}</time>
          </span>
        )}
      </p>
      {organisation.planNote && (
        <p className="note plan-note">
          <strong>Toelichting bij het gebiedsplan:</strong> {organisation.planNote}
        </p>
      )}
      {editing ? (
        <OrganisationEditForm
          organisation={organisation}
          onDone={(saved) => {
            if (saved) props.onChange(saved);
            close();
          }}
        />
      ) : (
        <>
          {(organisation.contribution || organisation.why) && (
            <dl className="organisation-facts">
              {organisation.contribution && (
                <>
                  <dt>Bijdrage</dt>
                  <dd>{organisation.contribution}</dd>
                </>
              )}
              {organisation.why && (
                <>
                  <dt>{WHY_THIS_PARTNER_QUESTION}</dt>
                  <dd>{organisation.why}</dd>
                </>
              )}
            </dl>
          )}
          <button type="button" ref={editRef} onClick={() => setEditing(true)} aria-label={`Organisatie bewerken: ${organisation.name}`}>
            Organisatie bewerken
          </button>
        </>
      )}
      {organisation.people.length === 0 ? (
        <p className="empty">Nog niemand van deze organisatie.</p>
      ) : (
        <ul className="people">
          {organisation.people.map((p) => (
            <PersonRow key={p.id} person={p} onChange={props.onPersonChange} />
          ))}
        </ul>
      )}
      {props.extra}
    </li>
  );
}

function OrganisationEditForm({ organisation, onDone }: { organisation: Organisation; onDone(saved: Organisation | null): void }) {
  const call = useCall();
  const notices = useNotices();
  const [draft, setDraft] = useState(() => draftOf(organisation));
  const [leftOn, setLeftOn] = useState(organisation.leftOn ?? '');
  const changed = JSON.stringify(draft) !== JSON.stringify(draftOf(organisation)) || leftOn !== (organisation.leftOn ?? '');
  useLeaveGuard(changed ? `de wijzigingen aan ${organisation.name}` : null);
  const [error, setError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  useFocusOnMount(nameRef, true);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft.name.trim()) {
      setError('Vul de naam van de organisatie in.');
      nameRef.current?.focus();
      return;
    }
    setError(null);
    const result = await notices.run(() => call('organisations:update', { id: organisation.id, ...inputOf(draft) }), (o) => `Organisatie “${o.name}” is opgeslagen.`);
    if (!result.ok) return;
    let saved = result.value;
    if ((leftOn || null) !== organisation.leftOn) {
      const left = await notices.run(
        () => call('organisations:setLeft', { id: organisation.id, leftOn: leftOn || null }),
        (o) => (o.leftOn ? `${o.name} is uit de coalitie per ${formatDate(o.leftOn)}.` : `${o.name} doet weer mee in de coalitie.`),
      );
      if (!left.ok) return onDone(saved);
      saved = left.value;
    }
    onDone(saved);
  };

  return (
    <form className="stack organisation-form" noValidate onSubmit={submit} aria-label={`Organisatie bewerken: ${organisation.name}`}>
      <OrganisationFields draft={draft} onChange={setDraft} nameError={error} nameRef={nameRef} />
      <TextField
        label="Uit de coalitie per"
        type="date"
        value={leftOn}
        onChange={setLeftOn}
        hint="Leeg zolang de partij meedoet. Vanaf deze datum staan haar mensen niet meer bij de aanwezigheid; in eerdere notulen blijven ze staan."
      />
      <FormActions submitLabel="Opslaan" onCancel={() => onDone(null)} />
    </form>
  );
}
