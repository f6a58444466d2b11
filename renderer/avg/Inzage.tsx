// A person's request: inzage (everything that names or was given by them, on screen, as a document and as
// JSON) and erasure of the register entries it finds. Coalition members' names in adopted minutes stay.
import { useState, type FormEvent } from 'react';
import { saveExportedFile, useCall } from '../api';
import { useNotices } from '../notices';
import { formatDate } from '../../shared/format';
import { ATTENDANCE_LABELS, ROLE_LABELS, type AttendanceStatus, type Role } from '../../shared/domain';
import { MENTIONS_NOTE, OLD_BACKUPS_NOTE, PUBLIC_ROLE_NOTE, type InzageReport } from '../../shared/avg';
import { ConfirmButton } from '../components/ConfirmButton';
import { ExportButtons } from '../components/ExportButtons';
import { TextField } from '../components/fields';
import { Panel } from '../beheer/SectionState';
import { EntryTable, toggled } from './EntryTable';
import { Mentions } from './Mentions';

export const INZAGE = { id: 'avg-inzage', title: 'Inzage en verwijderen op verzoek' };

export function Inzage(props: { onChanged(): void }) {
  const call = useCall();
  const notices = useNotices();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [report, setReport] = useState<InzageReport | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [requestedBy, setRequestedBy] = useState('');
  const [requestedError, setRequestedError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const lookUp = async (subject: string) => {
    const result = await notices.run(() => call('avg:inzage', { name: subject }));
    if (result.ok) {
      setReport(result.value);
      setSelected(new Set());
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const subject = name.trim();
    if (subject.length < 2) {
      setNameError('Vul een naam in van minstens twee tekens.');
      return;
    }
    setNameError(null);
    setBusy(true);
    await lookUp(subject);
    setBusy(false);
  };

  const ids = report ? [...selected].filter((id) => report.entries.some((e) => e.id === id && e.erasedAt === null)) : [];

  /** On whose request, or null (and the field says so) while it is empty. */
  const requester = () => {
    if (!requestedBy.trim()) {
      setRequestedError('Vul in op wiens verzoek, bijvoorbeeld “de betrokkene zelf”.');
      return null;
    }
    setRequestedError(null);
    return requestedBy.trim();
  };

  const erase = async () => {
    if (!report) return false;
    const by = requester();
    if (by === null) return false;
    const result = await notices.run(
      () => call('avg:erase', { entryIds: ids, reason: 'verzoek', requestedBy: by }),
      (r) =>
        `${r.erased === 1 ? '1 registratie' : `${r.erased} registraties`}: de persoonsgegevens zijn vervangen door “${r.marker}”.` +
        (r.minutes.length > 0 ? ` De vastgestelde notulen die ze aanhaalden zeggen dat nu ook, en de verwijdering is vastgelegd in de zegelketen.` : ''),
    );
    if (result.ok) {
      setRequestedBy('');
      props.onChanged();
      await lookUp(report.subject);
    }
    return result.ok;
  };

  return (
    <Panel {...INZAGE}>
      <p>
        Zoek op de naam van een bewoner of lid van de coalitie: u ziet alle registraties die de naam noemen of van deze persoon komen, de
        aanwezigheid en acties, en waar de naam in de notulen voorkomt.
      </p>
      <form className="stack" noValidate onSubmit={submit} aria-label="Inzage zoeken">
        <div className="field-row">
          <TextField label="Naam van de persoon" value={name} onChange={setName} error={nameError} required className="grow" />
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" aria-busy={busy || undefined}>
            Inzage opstellen
          </button>
        </div>
      </form>
      {report && (
        <section aria-labelledby="avg-inzage-uitkomst" className="stack">
          <h3 id="avg-inzage-uitkomst">Inzage voor “{report.subject}”</h3>
          <ExportButtons what="Inzage" run={(format) => call('avg:inzageExport', { name: report.subject, format })} />
          <div className="button-row">
            <button
              type="button"
              onClick={() =>
                notices.run(async () => saveExportedFile(await call('avg:inzageExport', { name: report.subject, format: 'json' })), (m) => m)
              }
            >
              Inzage als JSON
            </button>
          </div>
          {(report.entries.some((e) => e.erasedAt === null) || report.mentions.some((m) => m.blocked === null)) && (
            <TextField
              label="Op wiens verzoek"
              value={requestedBy}
              onChange={setRequestedBy}
              error={requestedError}
              required
              hint="Voor verwijderen en onleesbaar maken hieronder. Bijvoorbeeld “de betrokkene zelf” of “de wettelijk vertegenwoordiger”. Noem hier niet de naam: die wordt juist verwijderd."
            />
          )}
          <h4>Registraties</h4>
          {report.entries.length === 0 ? (
            <p className="empty">Geen registraties die deze naam noemen.</p>
          ) : (
            <EntryTable
              caption={`Registraties die “${report.subject}” noemen`}
              entries={report.entries}
              selected={selected}
              onToggle={(id, on) => setSelected((s) => toggled(s, id, on))}
              withText
            />
          )}
          {report.people.length > 0 && (
            <>
              <h4>In de coalitie of het programmateam</h4>
              <ul>
                {report.people.map((p) => (
                  <li key={p.id}>
                    {p.name} — {ROLE_LABELS[p.role as Role] ?? p.role}
                    {p.organisation ? `, ${p.organisation}` : ''}
                    {p.left ? ' (vertrokken)' : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          {report.attendance.length > 0 && (
            <>
              <h4>Aanwezigheid</h4>
              <ul>
                {report.attendance.map((a) => (
                  <li key={`${a.meetingId}-${a.personName}`}>
                    {formatDate(a.startsAt.slice(0, 10))}, {a.meetingTitle}: {a.personName} — {ATTENDANCE_LABELS[a.status as AttendanceStatus] ?? a.status}
                    {a.adopted ? ' (vastgestelde notulen)' : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          {report.actions.length > 0 && (
            <>
              <h4>Acties</h4>
              <ul>
                {report.actions.map((a) => (
                  <li key={a.id}>
                    {a.description} — {a.owner || 'geen actiehouder'}
                    {a.meetingTitle ? ` (${a.meetingTitle})` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          {report.mentions.length > 0 && (
            <>
              <h4>Vermeldingen in de notulen</h4>
              <Mentions report={report} requestedBy={requester} onErased={() => lookUp(report.subject)} />
            </>
          )}
          <div className="note">
            <p>{PUBLIC_ROLE_NOTE}</p>
            {report.mentions.length > 0 && <p>{MENTIONS_NOTE}</p>}
            <p>{OLD_BACKUPS_NOTE}</p>
          </div>
          {report.entries.some((e) => e.erasedAt === null) && (
            <div className="stack">
              <div className="button-row">
                <ConfirmButton
                  disabled={ids.length === 0}
                  groupLabel="Verwijderen op verzoek bevestigen"
                  question={
                    <p>
                      De titel, tekst en naam van de bron van {ids.length === 1 ? 'deze registratie' : `deze ${ids.length} registraties`} worden
                      overal vervangen door “verwijderd op verzoek” met de datum van vandaag, ook in vastgestelde notulen die ze aanhalen en in
                      het logboek. Dat kan niet ongedaan worden gemaakt.
                    </p>
                  }
                  confirmText="Ja, verwijderen"
                  onConfirm={erase}
                >
                  Gekozen registraties verwijderen op verzoek
                </ConfirmButton>
              </div>
            </div>
          )}
        </section>
      )}
    </Panel>
  );
}
