// One organisation with its people; a person's role can be changed on the spot, their name and leaving date
// in their edit form.
import type { ReactNode } from 'react';
import type { Organisation, Person } from '../../shared/domain';
import { PersonRow } from './PersonRow';

export function OrganisationCard({
  organisation,
  onPersonChange,
  extra,
}: {
  organisation: Organisation;
  onPersonChange(person: Person): void;
  /** What other areas say about this partner (its contribution), below its people. */
  extra?: ReactNode;
}) {
  return (
    <li className="organisation">
      <h3>{organisation.name}</h3>
      {organisation.sector && <p className="meta">{organisation.sector}</p>}
      {organisation.people.length === 0 ? (
        <p className="empty">Nog niemand van deze organisatie.</p>
      ) : (
        <ul className="people">
          {organisation.people.map((p) => (
            <PersonRow key={p.id} person={p} onChange={onPersonChange} />
          ))}
        </ul>
      )}
      {extra}
    </li>
  );
}
