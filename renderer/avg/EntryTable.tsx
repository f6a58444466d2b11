// Register entries that hold personal data, with a checkbox each: what the reminders and the inzage act on.
import { formatDate } from '../../shared/format';
import { GRONDSLAG_LABELS, type PersonalEntry } from '../../shared/avg';
import { REGISTER_KIND_LABELS, SOURCE_KIND_LABELS } from '../../shared/registers';

export function EntryTable(props: {
  caption: string;
  entries: PersonalEntry[];
  selected: ReadonlySet<number>;
  onToggle(id: number, on: boolean): void;
  /** Show the text too (the inzage shows everything; the reminders only the title). */
  withText?: boolean;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Kiezen</th>
            <th scope="col">Registratie</th>
            <th scope="col">Bron</th>
            <th scope="col">Grondslag</th>
            <th scope="col">Bewaren tot en met</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((e) => (
            <tr key={e.id}>
              <td>
                <input
                  type="checkbox"
                  checked={props.selected.has(e.id)}
                  disabled={e.erasedAt !== null}
                  onChange={(event) => props.onToggle(e.id, event.target.checked)}
                  aria-label={`Kiezen: ${REGISTER_KIND_LABELS[e.kind]} “${e.title}” van ${formatDate(e.date)}`}
                />
              </td>
              <th scope="row">
                {REGISTER_KIND_LABELS[e.kind]} van {formatDate(e.date)}: “{e.title}”
                {props.withText && e.text && <p className="hint">{e.text}</p>}
              </th>
              <td>{e.sourceName ? `${SOURCE_KIND_LABELS[e.sourceKind]}: ${e.sourceName}` : SOURCE_KIND_LABELS[e.sourceKind]}</td>
              <td>{e.grondslag ? GRONDSLAG_LABELS[e.grondslag] : 'Niet vastgelegd'}</td>
              <td className="cell-nowrap">
                {e.erasedAt ? `Verwijderd op ${formatDate(e.erasedAt.slice(0, 10))}` : formatDate(e.retainUntil)}
                {e.extendedUntil && !e.erasedAt && <p className="hint">Verlengd: {e.extendReason}</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The ids chosen, kept as a set; toggling adds or removes one. */
export function toggled(set: ReadonlySet<number>, id: number, on: boolean): Set<number> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
