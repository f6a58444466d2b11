// Attendance per person, grouped by organisation, with the count and the residents' warning: the
// coalition's promise is radicale gelijkwaardigheid, so a meeting without a resident at the table shows it.
// "Iedereen aanwezig" and "Zoals vorige vergadering" fill in everyone not yet marked in one step.
import { useEffect, useRef, useState } from 'react';
import {
  ATTENDANCE_LABELS,
  ATTENDANCE_STATUSES,
  type AttendanceEntry,
  type AttendanceStatus,
  type MeetingDetail,
} from '../../shared/domain';
import { MEMBER_ROLE_LABELS } from '../../shared/bodies';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { RadioGroup } from '../components/fields';
import { paths } from '../router';

function groupByOrganisation(entries: AttendanceEntry[]): [string, AttendanceEntry[]][] {
  const groups = new Map<string, AttendanceEntry[]>();
  for (const e of entries) groups.set(e.organisationName, [...(groups.get(e.organisationName) ?? []), e]);
  return [...groups.entries()];
}

export function AttendancePanel(props: {
  meeting: MeetingDetail;
  /** The agenda item in hand (0 is the first): the list closes once the meeting has moved past the opening. */
  itemIndex: number;
  onChange(attendance: AttendanceEntry[]): void;
  locked?: boolean;
  /** Changes when the chair is sent here (from the closing check): the list opens and takes focus. */
  openRequest?: number;
}) {
  const call = useCall();
  const notices = useNotices();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Open at the first item while nobody is marked yet (the start of the meeting); afterwards the count suffices.
  const [open, setOpen] = useState(() => props.itemIndex === 0 && props.meeting.attendance.every((a) => a.status === null));
  // From the second item on, the list would push the item itself far down the screen: it closes (and opens again
  // with "Aanwezigheidslijst tonen", e.g. for a latecomer) each time the chair moves on.
  useEffect(() => {
    if (props.itemIndex > 0) setOpen(false);
  }, [props.itemIndex]);
  useEffect(() => {
    if (!props.openRequest) return;
    setOpen(true);
    headingRef.current?.focus();
  }, [props.openRequest]);
  // Shown at once while the store saves, so a radio does not jump back until the answer arrives.
  const [pending, setPending] = useState<Record<number, AttendanceStatus>>({});
  const attendance = props.meeting.attendance.map((a) => (a.personId in pending ? { ...a, status: pending[a.personId]! } : a));

  const count = (status: AttendanceStatus | null) => attendance.filter((a) => a.status === status).length;
  const residents = attendance.filter((a) => a.role === 'bewonersvertegenwoordiger');
  const residentPresent = residents.some((a) => a.status === 'aanwezig');

  const set = async (entry: AttendanceEntry, status: AttendanceStatus) => {
    setPending((p) => ({ ...p, [entry.personId]: status }));
    const result = await notices.run(() => call('attendance:set', { meetingId: props.meeting.id, personId: entry.personId, status }));
    if (result.ok) props.onChange(result.value);
    setPending(({ [entry.personId]: _done, ...rest }) => rest);
  };

  const fill = async (channel: 'attendance:markAllPresent' | 'attendance:copyPrevious', success: string) => {
    const result = await notices.run(() => call(channel, { meetingId: props.meeting.id }), success);
    if (result.ok) props.onChange(result.value);
  };

  return (
    <section aria-labelledby="aanwezigheid" className="panel attendance">
      <div className="panel-head">
        <h2 id="aanwezigheid" ref={headingRef} tabIndex={-1}>
          Aanwezigheid
        </h2>
        <button type="button" aria-expanded={open} aria-controls="aanwezigheid-lijst" onClick={() => setOpen(!open)}>
          {open ? 'Aanwezigheidslijst verbergen' : 'Aanwezigheidslijst tonen'}
        </button>
      </div>
      <div aria-live="polite">
        <p className="attendance-count">
          <strong>{count('aanwezig')} aanwezig</strong> · {count('afwezig-met-bericht')} afwezig met bericht · {count('afwezig')} afwezig ·{' '}
          {count(null)} nog niet ingevuld <span className="muted">(van {attendance.length})</span>
        </p>
        {!residentPresent && (
          <div className="warning">
            <p>
              <strong>Er is geen bewonersvertegenwoordiger aanwezig.</strong>
              {open && ' De coalitie belooft radicale gelijkwaardigheid: bewoners praten en besluiten mee als gelijken.'}
            </p>
            {residents.length === 0 && (
              <p>
                {props.meeting.body === 'coalitie' ? (
                  <>
                    Er staan nog geen bewonersvertegenwoordigers in de coalitie. <a href={paths.coalition()}>Voeg ze toe bij Coalitie</a>.
                  </>
                ) : (
                  <>
                    Er zit nog geen bewonersvertegenwoordiger in dit overleg. <a href={paths.coalition()}>Voeg er een toe bij Coalitie, onder Overleggen</a>.
                  </>
                )}
              </p>
            )}
          </div>
        )}
      </div>
      <div id="aanwezigheid-lijst" className="attendance-list" hidden={!open}>
        {!props.locked && (
          <div className="button-row attendance-helpers">
            <button type="button" onClick={() => fill('attendance:markAllPresent', 'Iedereen die nog niet was ingevuld, staat op aanwezig.')}>
              Iedereen aanwezig
            </button>
            <button type="button" onClick={() => fill('attendance:copyPrevious', 'De aanwezigheid van de vorige vergadering is overgenomen.')}>
              Zoals vorige vergadering
            </button>
            <span className="hint">Vult alleen in wie nog niet is ingevuld.</span>
          </div>
        )}
        {/* Twenty-odd radio groups: drawn only while the list is open, so a closed list costs nothing to show. */}
        {open && groupByOrganisation(attendance).map(([organisation, entries]) => (
          <div key={organisation} className="attendance-group">
            <h3>{organisation}</h3>
            {entries.map((entry) => (
              <RadioGroup
                key={entry.personId}
                className="attendance-person"
                inline
                legend={
                  <>
                    {entry.personName} <span className="muted">({MEMBER_ROLE_LABELS[entry.role].toLowerCase()})</span>
                  </>
                }
                value={entry.status}
                onChange={(v) => set(entry, v as AttendanceStatus)}
                choices={ATTENDANCE_STATUSES.map((s) => ({ value: s, label: ATTENDANCE_LABELS[s], disabled: props.locked }))}
              />
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}
