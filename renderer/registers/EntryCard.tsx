// One register entry as it is listed: date, soort, title, text, bron, kept or celebrated, links and whether a
// decision cites it (then it cannot be removed). Editable in place.
import type { Theme, Wijk } from '../../shared/domain';
import {
  NORM_KEPT_LABELS,
  REGISTER_KIND_LABELS,
  SOURCE_KIND_LABELS,
  type InterventionListEntry,
  type RegisterEntry,
} from '../../shared/registers';
import { formatDate } from '../format';
import { GRONDSLAG_LABELS } from '../../shared/avg';
import { LinkList } from '../monitoring/LinkList';
import { EditButton, useEditInPlace } from '../monitoring/editInPlace';
import { RemoveButton } from '../monitoring/RemoveButton';
import { EntryForm, entryFieldsOf, type EntryFields } from './EntryForm';

export function sourceText(e: Pick<RegisterEntry, 'sourceKind' | 'sourceName'>): string {
  return e.sourceName ? `${SOURCE_KIND_LABELS[e.sourceKind]}: ${e.sourceName}` : SOURCE_KIND_LABELS[e.sourceKind];
}

export function EntryCard(props: {
  entry: RegisterEntry;
  themes: Theme[];
  wijken: Wijk[];
  interventions: InterventionListEntry[];
  onSave(fields: EntryFields): Promise<boolean>;
  onRemove(): Promise<boolean>;
}) {
  const { entry: e } = props;
  const { editing, start, stop, saveThenStop, editRef } = useEditInPlace();

  if (editing) {
    return (
      <li className="card">
        <EntryForm
          initial={entryFieldsOf(e)}
          editing
          formLabel={`Registratie bewerken: ${e.title}`}
          submitLabel="Registratie opslaan"
          themes={props.themes}
          wijken={props.wijken}
          interventions={props.interventions}
          onCancel={stop}
          onSubmit={saveThenStop(props.onSave)}
        />
      </li>
    );
  }

  return (
    <li className={`card entry entry-${e.kind}`}>
      <p className="meta">
        <time dateTime={e.date}>{formatDate(e.date)}</time>
        <span className="tag">{REGISTER_KIND_LABELS[e.kind]}</span>
        <span>Bron: {sourceText(e)}</span>
        {e.grondslag && <span>Grondslag: {GRONDSLAG_LABELS[e.grondslag]}</span>}
      </p>
      <h3>{e.title}</h3>
      {e.text && <p className="description">{e.text}</p>}
      {e.kind === 'norm' && e.kept && (
        <p className={`kept kept-${e.kept}`}>
          <strong>{NORM_KEPT_LABELS[e.kept]}</strong>
        </p>
      )}
      {e.kind === 'succes' && (
        <p className="celebrated">
          <strong>{e.celebrated === 'ja' ? 'Gevierd' : 'Nog niet gevierd'}</strong>
          {e.celebrated === 'ja' && e.celebration && <>: {e.celebration}</>}
        </p>
      )}
      <LinkList
        themeIds={e.themeIds}
        wijkIds={e.wijkIds}
        interventionIds={e.interventionIds}
        themes={props.themes}
        wijken={props.wijken}
        interventions={props.interventions}
      />
      {e.citationCount > 0 && (
        <p className="hint">
          Aangehaald als onderbouwing bij {e.citationCount === 1 ? 'een besluit' : `${e.citationCount} besluiten`}; daarom kan deze
          registratie niet worden verwijderd.
        </p>
      )}
      {e.erasedAt !== null && <p className="hint">De persoonsgegevens in deze registratie zijn verwijderd; zij kan niet meer worden gewijzigd.</p>}
      <div className="item-actions">
        {e.erasedAt === null && <EditButton name={e.title} onClick={start} buttonRef={editRef} />}
        {e.citationCount === 0 && (
          <RemoveButton name={e.title} question={`Weet u zeker dat u “${e.title}” wilt verwijderen?`} onConfirm={props.onRemove} />
        )}
      </div>
    </li>
  );
}
