// A new member of a body: a person of one of the partners, their role, the theme for a trekker or
// coördinator, and the day they start (empty: from now on and before, as far as the app knows).
import { useRef, useState, type FormEvent } from 'react';
import { MEMBER_ROLES, MEMBER_ROLE_LABELS, THEME_ROLES, type MemberRole, type Membership } from '../../shared/bodies';
import type { Organisation, Theme } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { SelectField, TextField } from '../components/fields';
import { FormActions } from '../components/FormActions';

export function AddMemberForm(props: {
  bodyId: number;
  bodyName: string;
  organisations: Organisation[];
  themes: Theme[];
  onAdded(membership: Membership): void;
}) {
  const call = useCall();
  const notices = useNotices();
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<MemberRole>('lid');
  const [themeId, setThemeId] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [errors, setErrors] = useState<{ person?: string; theme?: string }>({});
  const personRef = useRef<HTMLSelectElement>(null);
  const themeRef = useRef<HTMLSelectElement>(null);
  const forTheme = THEME_ROLES.includes(role);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = {
      person: personId ? undefined : 'Kies een persoon.',
      theme: role === 'trekker' && !themeId ? 'Kies het thema waarvan deze persoon trekker is.' : undefined,
    };
    setErrors(found);
    if (found.person) return personRef.current?.focus();
    if (found.theme) return themeRef.current?.focus();
    const result = await notices.run(
      () =>
        call('memberships:add', {
          bodyId: props.bodyId,
          personId: Number(personId),
          role,
          themeId: forTheme && themeId ? themeId : null,
          startsOn: startsOn || null,
        }),
      (m) =>
        `${m.personName} is ${MEMBER_ROLE_LABELS[m.role].toLowerCase()}${m.themeName ? ` voor ${m.themeName}` : ''} in ${props.bodyName}.`,
    );
    if (result.ok) {
      props.onAdded(result.value);
      setPersonId('');
    }
  };

  // People of partners that still take part, grouped by partner.
  const groups = props.organisations
    .filter((o) => !o.leftOn)
    .map((o) => ({ label: o.name, options: o.people.filter((p) => !p.leftOn).map((p) => ({ value: String(p.id), label: p.name })) }))
    .filter((g) => g.options.length > 0);

  return (
    <form className="stack" noValidate onSubmit={submit} aria-label={`Lid toevoegen aan ${props.bodyName}`}>
      <SelectField
        label="Persoon"
        value={personId}
        onChange={setPersonId}
        groups={groups}
        emptyLabel="— kies een persoon —"
        error={errors.person}
        selectRef={personRef}
        hint="Staat iemand er nog niet bij? Voeg de persoon eerst toe bij Coalitie."
        required
      />
      <SelectField label="Rol" value={role} onChange={(v) => setRole(v as MemberRole)} options={MEMBER_ROLES.map((r) => ({ value: r, label: MEMBER_ROLE_LABELS[r] }))} required />
      {forTheme && (
        <SelectField
          label="Thema"
          value={themeId}
          onChange={setThemeId}
          emptyLabel="— kies een thema —"
          error={errors.theme}
          selectRef={themeRef}
          options={props.themes.map((t) => ({ value: t.id, label: t.name }))}
          required={role === 'trekker'}
        />
      )}
      <TextField label="Lid vanaf" type="date" value={startsOn} onChange={setStartsOn} hint="Leeg als de begindatum niet bekend is." />
      <FormActions submitLabel="Lid toevoegen" />
    </form>
  );
}
