// "Agenda" in the new-meeting form: start from the standard agenda, from nothing, or from a copy of an
// earlier meeting's agenda. The standard agenda is the default for the coalition.
import type { Ref } from 'react';
import type { Body, MeetingSummary } from '../../shared/domain';
import { RadioGroup, SelectField } from '../components/fields';
import { formatDate } from '../format';

export type AgendaStartChoice = 'standaard' | 'leeg' | 'kopie';

export interface AgendaStart {
  choice: AgendaStartChoice | null; // null: the default for the body
  sourceId: string;
}

export const defaultAgendaChoice = (body: Body): AgendaStartChoice => (body === 'coalitie' ? 'standaard' : 'leeg');

/** The meetings:create fields for the choice. */
export function agendaStartFields(start: AgendaStart, body: Body): { agenda?: 'standaard' | 'leeg'; copyAgendaFromMeetingId?: number } {
  const choice = start.choice ?? defaultAgendaChoice(body);
  if (choice === 'kopie') return { copyAgendaFromMeetingId: Number(start.sourceId) };
  return { agenda: choice };
}

export function AgendaChoice(props: {
  body: Body;
  value: AgendaStart;
  onChange(value: AgendaStart): void;
  meetings: MeetingSummary[];
  error?: string | null;
  selectRef?: Ref<HTMLSelectElement>;
}) {
  const choice = props.value.choice ?? defaultAgendaChoice(props.body);
  const sorted = [...props.meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <>
      <RadioGroup
        legend="Agenda"
        value={choice}
        onChange={(v) => props.onChange({ ...props.value, choice: v as AgendaStartChoice })}
        choices={[
          { value: 'standaard', label: 'Standaardagenda' },
          { value: 'leeg', label: 'Lege agenda' },
          { value: 'kopie', label: 'Kopie van een eerdere vergadering', disabled: sorted.length === 0 },
        ]}
      />
      {choice === 'kopie' && (
        <SelectField
          label="Eerdere vergadering"
          value={props.value.sourceId}
          onChange={(sourceId) => props.onChange({ ...props.value, sourceId })}
          emptyLabel="— kies een vergadering —"
          options={sorted.map((m) => ({ value: String(m.id), label: `${m.title} (${formatDate(m.startsAt)})` }))}
          error={props.error}
          selectRef={props.selectRef}
          required
        />
      )}
    </>
  );
}
