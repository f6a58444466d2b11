// Adding or editing one agenda item. A "besluit" also gets its proposal and its links to the area
// profile (thema's, wijken, interventies), which the minutes and the vinkjes review refer to.
import { useRef, useState, type FormEvent } from 'react';
import { AGENDA_KINDS, AGENDA_KIND_LABELS, type AgendaItem, type AgendaKind, type Decision, type Links, type Profile } from '../../shared/domain';
import { FormActions } from '../components/FormActions';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../components/fields';
import { unsavedForm, useLeaveGuard } from '../leaveGuard';
import { useDraft } from '../useDraft';
import { useFocusOnMount } from '../useFocusOnMount';

/** What the form edits: the item's own fields and links, and a besluit's proposal. */
export type AgendaFields = Pick<AgendaItem, 'kind' | 'title' | 'description' | 'presenter' | keyof Links> & Partial<Pick<Decision, 'proposal'>>;

export const emptyAgendaFields = (): AgendaFields => ({
  kind: 'bespreking',
  title: '',
  description: '',
  presenter: '',
  proposal: '',
  themeIds: [],
  wijkIds: [],
  interventionIds: [],
});

export function fieldsOf(item: AgendaItem): AgendaFields {
  return {
    kind: item.kind,
    title: item.title,
    description: item.description,
    presenter: item.presenter,
    proposal: item.decision?.proposal ?? '',
    themeIds: item.themeIds,
    wijkIds: item.wijkIds,
    interventionIds: item.interventionIds,
  };
}

const KIND_LABEL_LOWER = (kind: AgendaKind) => AGENDA_KIND_LABELS[kind].toLowerCase();

export function AgendaItemForm(props: {
  profile: Profile;
  initial: AgendaFields;
  submitLabel: string;
  /** Names the form for assistive technology, e.g. "Agendapunt bewerken: Opening". */
  formLabel: string;
  onSubmit(fields: AgendaFields): Promise<boolean>;
  onCancel?(): void;
  resetAfterSubmit?: boolean;
  /** Focus the title field on mount (when editing). */
  autoFocus?: boolean;
}) {
  const [draft, set, , changes] = useDraft<AgendaFields>(props.initial);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useLeaveGuard(changes.unsaved && !busy ? unsavedForm(props.formLabel) : null);
  const titleRef = useRef<HTMLInputElement>(null);
  const kindRef = useRef<HTMLSelectElement>(null);
  useFocusOnMount(titleRef, props.autoFocus);

  const isDecision = draft.kind === 'besluit';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!draft.title.trim()) {
      setTitleError('Vul een titel in.');
      titleRef.current?.focus();
      return;
    }
    setTitleError(null);
    setBusy(true);
    const fields: AgendaFields = { ...draft, title: draft.title.trim() };
    if (!isDecision) delete fields.proposal;
    const saved = await props.onSubmit(fields);
    setBusy(false);
    if (saved) changes.stored();
    if (saved && props.resetAfterSubmit) {
      changes.reset(props.initial);
      kindRef.current?.focus();
    }
  };

  const { profile } = props;
  return (
    <form className="stack agenda-form" noValidate onSubmit={submit} aria-label={props.formLabel}>
      <div className="field-row">
        <SelectField
          label="Soort"
          value={draft.kind}
          onChange={(v) => set('kind', v as AgendaKind)}
          options={AGENDA_KINDS.map((k) => ({ value: k, label: AGENDA_KIND_LABELS[k] }))}
          selectRef={kindRef}
          required
        />
        <TextField
          label="Titel"
          value={draft.title}
          onChange={(v) => set('title', v)}
          error={titleError}
          inputRef={titleRef}
          required
          className="grow"
        />
      </div>
      <TextAreaField label="Toelichting" value={draft.description} onChange={(v) => set('description', v)} rows={2} />
      <TextField label="Inleider" value={draft.presenter} onChange={(v) => set('presenter', v)} hint="Wie leidt dit punt in?" />
      {isDecision ? (
        <div className="decision-fields stack">
          <TextAreaField
            label="Voorstel"
            value={draft.proposal ?? ''}
            onChange={(v) => set('proposal', v)}
            rows={3}
            hint="Het voorstel waarover besloten wordt; het wordt in de vergadering langs de zeven vinkjes gelegd."
          />
          <CheckboxGroup
            legend="Thema's"
            values={draft.themeIds}
            onChange={(v) => set('themeIds', v)}
            choices={profile.themes.map((t) => ({ value: t.id, label: t.name }))}
          />
          <CheckboxGroup
            legend="Wijken"
            values={draft.wijkIds}
            onChange={(v) => set('wijkIds', v)}
            choices={profile.wijken.map((w) => ({ value: w.id, label: w.name }))}
          />
          <details className="interventions">
            <summary>
              Interventies koppelen ({draft.interventionIds.length} gekozen)
            </summary>
            <CheckboxGroup
              legend="Interventies"
              className="scroll-box"
              values={draft.interventionIds}
              onChange={(v) => set('interventionIds', v)}
              choices={profile.interventions.map((i) => ({ value: i.id, label: i.title, hint: i.kind }))}
            />
          </details>
        </div>
      ) : (
        <p className="hint">
          Een {KIND_LABEL_LOWER(draft.kind)} heeft geen voorstel. Kies “{AGENDA_KIND_LABELS.besluit}” voor een punt waarover
          besloten wordt.
        </p>
      )}
      <FormActions submitLabel={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}
