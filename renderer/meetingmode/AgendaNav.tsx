// The agenda as a list of buttons to jump to an item; the current one is marked with aria-current.
import { AGENDA_KIND_LABELS, OUTCOME_LABELS, type AgendaItem, type Checklist } from '../../shared/domain';
import { reviewProgress } from '../review/progress';

function itemState(item: AgendaItem, checklist: Checklist): string | null {
  if (item.kind !== 'besluit') return null;
  if (item.decision?.outcome) return OUTCOME_LABELS[item.decision.outcome];
  const { answered, total } = reviewProgress(checklist, item.decision);
  return `${answered} van ${total} vinkjes`;
}

export function AgendaNav(props: { agenda: AgendaItem[]; checklist: Checklist; currentIndex: number; onSelect(index: number): void }) {
  return (
    <nav aria-labelledby="agendapunten-kop" className="agenda-nav">
      <h2 id="agendapunten-kop">Agenda</h2>
      {props.agenda.length === 0 ? (
        <p className="empty">Er staan geen punten op de agenda.</p>
      ) : (
        <ol>
          {props.agenda.map((item, index) => {
            const state = itemState(item, props.checklist);
            return (
              <li key={item.id}>
                {/* The name stays "3. Titel" for finding it; kind and review state are its description. */}
                <button
                  type="button"
                  className="agenda-nav-item"
                  aria-current={index === props.currentIndex ? 'step' : undefined}
                  aria-describedby={`agenda-nav-${item.id}`}
                  onClick={() => props.onSelect(index)}
                >
                  <span className="agenda-nav-number">{index + 1}.</span> {item.title}
                  <span className="agenda-nav-meta" id={`agenda-nav-${item.id}`} aria-hidden="true">
                    {AGENDA_KIND_LABELS[item.kind]}
                    {state ? ` · ${state}` : ''}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </nav>
  );
}
