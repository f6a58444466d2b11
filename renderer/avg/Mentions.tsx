// The inzage's free-text mentions of a person: where each is (with a link to the meeting), its text, and either
// "Onleesbaar maken" (asking first) or why it stays: adopted minutes are an archival record.
import { useCall } from '../api';
import { useNotices } from '../notices';
import { paths } from '../router';
import type { InzageReport } from '../../shared/avg';
import { ConfirmButton } from '../components/ConfirmButton';

export function Mentions(props: {
  report: InzageReport;
  /** On whose request, checked before asking the core: false (and the field says why) when it is empty. */
  requestedBy(): string | null;
  onErased(): Promise<void>;
}) {
  const call = useCall();
  const notices = useNotices();
  const { report } = props;

  const erase = async (m: InzageReport['mentions'][number]) => {
    const requestedBy = props.requestedBy();
    if (requestedBy === null) return false;
    const result = await notices.run(
      () => call('avg:eraseMentions', { name: report.subject, mentions: [{ key: m.key, version: m.version }], requestedBy }),
      (r) => `${m.where} (${m.meetingTitle}): de naam is vervangen door “[${r.marker}]”, ook in het logboek en de zoekindex. Dit is vastgelegd.`,
    );
    if (result.ok) await props.onErased();
    return result.ok;
  };

  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{`Vermeldingen van “${report.subject}” in de notulen`}</caption>
        <thead>
          <tr>
            <th scope="col">Waar</th>
            <th scope="col">Tekst</th>
            <th scope="col">Onleesbaar maken</th>
          </tr>
        </thead>
        <tbody>
          {report.mentions.map((m) => (
            <tr key={m.key}>
              <th scope="row">
                <a href={paths.meeting(m.meetingId, m.agendaItemId)}>{m.where}</a>
                <p className="hint">{m.meetingTitle}</p>
              </th>
              <td>
                {m.kind}: {m.title}
                <p className="hint">{m.text}</p>
              </td>
              <td>
                {m.blocked === null ? (
                  <ConfirmButton
                    name={`Onleesbaar maken: ${m.where}, ${m.meetingTitle}`}
                    groupLabel={`Onleesbaar maken bevestigen: ${m.where}, ${m.meetingTitle}`}
                    question={
                      <p>
                        “{report.subject}” wordt hier vervangen door “verwijderd op verzoek” met de datum van vandaag, ook in het logboek en de
                        zoekindex. Dat kan niet ongedaan worden gemaakt.
                      </p>
                    }
                    confirmText="Ja, onleesbaar maken"
                    onConfirm={() => erase(m)}
                  >
                    Onleesbaar maken
                  </ConfirmButton>
                ) : (
                  <p className="hint">{m.blocked}</p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
