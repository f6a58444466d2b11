// Filling an agenda quickly: the body's standard agenda, or a copy of an earlier meeting's agenda.
// Both add to the points already there (rondvraag and sluiting stay last).
import { useState, type FormEvent } from 'react';
import type { AgendaItem, MeetingDetail } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { bodyInSentence, formatDate } from '../format';
import { paths } from '../router';
import { SelectField } from '../components/fields';

export function AgendaTools({ meeting, onAgendaChange }: { meeting: MeetingDetail; onAgendaChange(agenda: AgendaItem[]): void }) {
  const call = useCall();
  const notices = useNotices();
  const others = useLoad(
    async () => (await call('meetings:list', {})).filter((m) => m.id !== meeting.id).sort((a, b) => b.startsAt.localeCompare(a.startsAt)),
    [call, meeting.id],
  );
  const [sourceId, setSourceId] = useState('');
  const [error, setError] = useState<string | null>(null);

  const applyTemplate = async () => {
    const result = await notices.run(
      () => call('agenda:applyTemplate', { meetingId: meeting.id }),
      (agenda) => `De standaardagenda is toegevoegd; de agenda heeft nu ${agenda.length} punten.`,
    );
    if (result.ok) onAgendaChange(result.value);
  };

  const copy = async (e: FormEvent) => {
    e.preventDefault();
    const source = others.data?.find((m) => String(m.id) === sourceId);
    if (!source) {
      setError('Kies de vergadering waarvan u de agenda kopieert.');
      return;
    }
    setError(null);
    const result = await notices.run(
      () => call('agenda:copyFrom', { meetingId: meeting.id, sourceMeetingId: source.id }),
      `De agenda van “${source.title}” is gekopieerd.`,
    );
    if (result.ok) onAgendaChange(result.value);
  };

  const hasItems = meeting.agenda.length > 0;
  return (
    <>
      {hasItems && <p className="hint">Alleen de punten die nog niet op de agenda staan komen erbij; rondvraag en sluiting blijven achteraan.</p>}
      <div className="button-row">
        <button type="button" onClick={applyTemplate}>
          Standaardagenda toepassen
        </button>
        <a href={paths.templates()}>Standaardagenda van {bodyInSentence(meeting.body)} bekijken</a>
      </div>
      <form className="stack copy-agenda" noValidate onSubmit={copy} aria-label="Agenda kopiëren">
        <SelectField
          label="Agenda kopiëren van"
          value={sourceId}
          onChange={(v) => {
            setSourceId(v);
            setError(null);
          }}
          emptyLabel={others.data ? '— kies een vergadering —' : 'Laden…'}
          options={(others.data ?? []).map((m) => ({ value: String(m.id), label: `${m.title} (${formatDate(m.startsAt)})` }))}
          error={error}
          hint="Met voorstellen en koppelingen; zonder aantekeningen, vinkjes en uitkomsten."
        />
        <div className="form-actions">
          <button type="submit">Agenda kopiëren</button>
        </div>
      </form>
    </>
  );
}
