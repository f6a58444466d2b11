// One organisation with its people; a person's role can be changed on the spot.
import { useState } from 'react';
import { ROLES, ROLE_LABELS, type Organisation, type Person, type Role } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { SelectField } from '../components/fields';

export function OrganisationCard({ organisation, onPersonChange }: { organisation: Organisation; onPersonChange(person: Person): void }) {
  const call = useCall();
  const notices = useNotices();
  // The chosen role shows at once while the store saves.
  const [pending, setPending] = useState<Record<number, Role>>({});

  const changeRole = async (person: Person, role: Role) => {
    setPending((p) => ({ ...p, [person.id]: role }));
    const result = await notices.run(
      () => call('people:update', { id: person.id, name: person.name, organisationId: person.organisationId, role }),
      `De rol van ${person.name} is nu ${ROLE_LABELS[role].toLowerCase()}.`,
    );
    if (result.ok) onPersonChange(result.value);
    setPending(({ [person.id]: _done, ...rest }) => rest);
  };

  return (
    <li className="organisation">
      <h3>{organisation.name}</h3>
      {organisation.sector && <p className="meta">{organisation.sector}</p>}
      {organisation.people.length === 0 ? (
        <p className="empty">Nog niemand van deze organisatie.</p>
      ) : (
        <ul className="people">
          {organisation.people.map((p) => (
            <li key={p.id} className="person">
              <span className="person-name">{p.name}</span>
              <SelectField
                className="person-role"
                label={
                  <>
                    Rol<span className="visually-hidden"> van {p.name}</span>
                  </>
                }
                value={pending[p.id] ?? p.role}
                onChange={(v) => changeRole(p, v as Role)}
                options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
              />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
