// What the two ways of adding an action share: on the actielijst between meetings (NewActionForm) and at an
// agenda item or vinkje in a meeting (meetingmode/ActionForm). The fields what, owner (a person or an
// organisation) and deadline, and the save that adds the action, says so and clears them for the next one.
import { useRef, useState, type RefObject } from 'react';
import type { ActionItem, Organisation } from '../../shared/domain';
import type { ChannelInput } from '../../shared/contract';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useSubmit } from '../useSubmit';
import { SelectField, TextField } from '../components/fields';
import { activeOn, allPeople } from '../coalition/people';
import { todayLocalDate } from '../format';

/** Who can take on a new action: people and partners still in the coalition today. */
export function ownerGroups(organisations: Organisation[], today = todayLocalDate()) {
  const current = organisations.filter((o) => o.leftOn === null || o.leftOn > today);
  return [
    {
      label: 'Personen',
      options: allPeople(current)
        .filter((p) => activeOn(p, today))
        .map((p) => ({ value: `p:${p.id}`, label: `${p.name} (${p.organisationName})` })),
    },
    { label: 'Organisaties', options: current.map((o) => ({ value: `o:${o.id}`, label: o.name })) },
  ];
}

/** Where the action belongs: its meeting, and the agenda item and vinkje it came from, if any. */
type ActionPlace = Pick<ChannelInput<'actions:create'>, 'meetingId' | 'agendaItemId' | 'checklistItemId'>;

export interface NewAction {
  description: string;
  setDescription(value: string): void;
  owner: string;
  setOwner(value: string): void;
  dueDate: string;
  setDueDate(value: string): void;
  descriptionRef: RefObject<HTMLInputElement | null>;
  busy: boolean;
  /** Adds the action at `place`; once added, the fields are cleared and "Wat" has the focus for the next one. */
  create(place: ActionPlace): Promise<void>;
}

export function useNewAction(onCreated: (action: ActionItem) => void): NewAction {
  const call = useCall();
  const notices = useNotices();
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const descriptionRef = useRef<HTMLInputElement>(null);
  const { busy, run } = useSubmit();

  const create = (place: ActionPlace) =>
    run(async () => {
      const [kind, id] = owner.split(':');
      const result = await notices.run(
        () =>
          call('actions:create', {
            ...place,
            description: description.trim(),
            ownerPersonId: kind === 'p' ? Number(id) : null,
            ownerOrganisationId: kind === 'o' ? Number(id) : null,
            dueDate: dueDate || null,
          }),
        (a) => `Actie “${a.description}” is toegevoegd.`,
      );
      if (result.ok) {
        onCreated(result.value);
        setDescription('');
        setOwner('');
        setDueDate('');
        descriptionRef.current?.focus();
      }
    });

  return { description, setDescription, owner, setOwner, dueDate, setDueDate, descriptionRef, busy, create };
}

/** The row of fields: what, owner and deadline. */
export function NewActionFields({ action, organisations, error }: { action: NewAction; organisations: Organisation[]; error: string | null | undefined }) {
  return (
    <div className="field-row">
      <TextField label="Wat" value={action.description} onChange={action.setDescription} error={error} inputRef={action.descriptionRef} required className="grow" />
      <SelectField label="Eigenaar" value={action.owner} onChange={action.setOwner} groups={ownerGroups(organisations)} emptyLabel="— nog niemand —" />
      <TextField label="Deadline" type="date" value={action.dueDate} onChange={action.setDueDate} />
    </div>
  );
}
