// Who is present, per organisation, and the warning when no bewonersvertegenwoordiger is at the table.
import type { PresenterState } from '../../shared/domain';

export function ResidentsWarning({ state }: { state: PresenterState }) {
  if (state.residentsPresent > 0) return null;
  return (
    <div className="projector-warning">
      <p>
        <strong>Let op: er is geen bewonersvertegenwoordiger aanwezig.</strong> De coalitie belooft radicale gelijkwaardigheid:
        bewoners praten en besluiten mee als gelijken.
      </p>
    </div>
  );
}

export function ProjectorAttendance({ state, compact = false }: { state: PresenterState; compact?: boolean }) {
  const total = state.attendance.reduce((n, o) => n + o.present.length, 0);
  // During a decision the wall needs its room for the decision: the names give way to the counts.
  if (compact) {
    return (
      <section aria-labelledby="scherm-aanwezig" className="projector-attendance compact">
        <h2 id="scherm-aanwezig">Aanwezig: {total}</h2>
        <p className="projector-residents">
          Bewonersvertegenwoordigers aanwezig: <strong>{state.residentsPresent}</strong>
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="scherm-aanwezig" className="projector-attendance">
      <h2 id="scherm-aanwezig">Aanwezig: {total}</h2>
      {state.attendance.length === 0 ? (
        <p>Nog niemand als aanwezig gemarkeerd.</p>
      ) : (
        <ul>
          {state.attendance.map((o) => (
            <li key={o.organisationName}>
              <span className="projector-org">{o.organisationName}</span>
              <span className="projector-names">{o.present.join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="projector-residents">
        Bewonersvertegenwoordigers aanwezig: <strong>{state.residentsPresent}</strong>
      </p>
    </section>
  );
}
