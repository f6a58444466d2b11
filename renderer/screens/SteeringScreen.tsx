// The sturingsvragen side by side: per coalition meeting (columns) the answers to the three questions (rows),
// over the years chosen, so the coalition sees how its own answers move.
import { useState } from 'react';
import { STEERING_ASSESSMENT_LABELS, STEERING_QUESTIONS, type SteeringAnswers, type SteeringColumn } from '../../shared/planwork';
import { useCall } from '../api';
import { useLoad } from '../useLoad';
import { paths } from '../router';
import { formatDate, todayLocalDate } from '../format';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadFailed } from '../components/LoadState';
import { SelectField } from '../components/fields';

const ROWS: { label: string; cell(a: SteeringAnswers): string }[] = [
  { label: STEERING_QUESTIONS.focus, cell: (a) => [a.focus ? STEERING_ASSESSMENT_LABELS[a.focus] : '', a.focusNote].filter(Boolean).join(' — ') },
  { label: STEERING_QUESTIONS.rightThings, cell: (a) => [a.rightThings ? STEERING_ASSESSMENT_LABELS[a.rightThings] : '', a.rightThingsNote].filter(Boolean).join(' — ') },
  { label: STEERING_QUESTIONS.goingWell, cell: (a) => a.goingWell },
  { label: STEERING_QUESTIONS.toAdjust, cell: (a) => a.toAdjust },
];

function SideBySide({ columns }: { columns: SteeringColumn[] }) {
  if (columns.length === 0) return <p className="empty">In deze jaren zijn geen coalitievergaderingen gepland.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Antwoorden op de sturingsvragen per coalitievergadering</caption>
        <thead>
          <tr>
            <th scope="col">Vraag</th>
            {columns.map((c) => (
              <th scope="col" key={c.meetingId}>
                <a href={paths.meeting(c.meetingId)}>{c.title}</a>
                <br />
                {formatDate(c.startsAt.slice(0, 10))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {columns.map((c) => (
                <td key={c.meetingId}>{c.answers ? row.cell(c.answers) || '—' : <span className="empty">niet beantwoord</span>}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function SteeringScreen() {
  const call = useCall();
  const thisYear = Number(todayLocalDate().slice(0, 4));
  const [fromYear, setFromYear] = useState(thisYear - 2);
  const [toYear, setToYear] = useState(thisYear);
  const years = Array.from({ length: 25 }, (_, i) => thisYear + 3 - i);
  const loaded = useLoad(() => call('steering:overview', { fromYear: Math.min(fromYear, toYear), toYear: Math.max(fromYear, toYear) }), [call, fromYear, toYear]);
  return (
    <>
      <PageHeading title="Sturingsvragen">Sturingsvragen</PageHeading>
      <p className="lead">
        De coalitie komt minstens drie keer per jaar bijeen om met vaste sturingsvragen de koers scherp te houden. Hier staan de antwoorden naast
        elkaar; beantwoord ze bij de vergadering zelf. <a href={paths.year()}>Naar de jaarplanning</a>
      </p>
      <div className="field-row">
        <SelectField label="Van jaar" value={String(fromYear)} onChange={(v) => setFromYear(Number(v))} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
        <SelectField label="Tot en met jaar" value={String(toYear)} onChange={(v) => setToYear(Number(v))} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
      </div>
      {loaded.data ? <SideBySide columns={loaded.data} /> : loaded.error ? <LoadFailed message={loaded.error} onRetry={loaded.reload} /> : <Loading />}
    </>
  );
}
