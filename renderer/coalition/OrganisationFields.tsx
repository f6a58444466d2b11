// The fields of a partner: name, the plan's sector, when it joined, what it contributes and why it makes the
// difference — the plan asks that question of every new partner and wants a real contribution.
import type { Ref } from 'react';
import { SECTORS, SECTOR_LABELS, WHY_THIS_PARTNER_QUESTION, sectorOf } from '../../shared/bodies';
import type { Organisation } from '../../shared/domain';
import { SelectField, TextAreaField, TextField } from '../components/fields';

export interface OrganisationDraft {
  name: string;
  sector: string;
  joinedOn: string;
  contribution: string;
  why: string;
}

export const emptyOrganisation: OrganisationDraft = { name: '', sector: '', joinedOn: '', contribution: '', why: '' };

export const draftOf = (o: Organisation): OrganisationDraft => ({
  name: o.name,
  sector: o.sector ?? '',
  joinedOn: o.joinedOn ?? '',
  contribution: o.contribution,
  why: o.why,
});

/** What the contract takes; an empty date or sector is left out rather than sent empty. */
export const inputOf = (d: OrganisationDraft) => ({
  name: d.name.trim(),
  ...(d.sector ? { sector: d.sector } : {}),
  joinedOn: d.joinedOn || null,
  contribution: d.contribution,
  why: d.why,
});

export function OrganisationFields(props: {
  draft: OrganisationDraft;
  onChange(draft: OrganisationDraft): void;
  nameError?: string | null;
  nameRef?: Ref<HTMLInputElement>;
}) {
  const { draft } = props;
  const set = (field: keyof OrganisationDraft) => (value: string) => props.onChange({ ...draft, [field]: value });
  // A sector written as free text by an earlier version stays choosable as it was.
  const legacy = draft.sector && !sectorOf(draft.sector) ? [{ value: draft.sector, label: draft.sector }] : [];
  const sectorValue = sectorOf(draft.sector) ?? draft.sector;
  return (
    <>
      <TextField label="Naam van de organisatie" value={draft.name} onChange={set('name')} error={props.nameError} inputRef={props.nameRef} required />
      <SelectField
        label="Sector"
        value={sectorValue}
        onChange={set('sector')}
        emptyLabel="— nog niet gekozen —"
        options={[...SECTORS.map((s) => ({ value: s, label: SECTOR_LABELS[s] })), ...legacy]}
        hint="Bewonersgroepen zijn partners met de sector Bewoners."
      />
      <TextField label="In de coalitie sinds" type="date" value={draft.joinedOn} onChange={set('joinedOn')} hint="Leeg voor de partners van het begin." />
      <TextAreaField
        label="Bijdrage"
        value={draft.contribution}
        onChange={set('contribution')}
        hint="Wat de partij inbrengt: financieel, capaciteit of op een andere manier."
      />
      <TextAreaField label={WHY_THIS_PARTNER_QUESTION} value={draft.why} onChange={set('why')} />
    </>
  );
}
