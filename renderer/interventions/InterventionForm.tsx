// The fields of an intervention itself: title, soort, status, summary and description, its thema's and wijken,
// and (for an aanvullende kans) the intervention it belongs to. Used to create one and to edit one.
import { useRef, useState, type FormEvent } from 'react';
import { INTERVENTION_KINDS, type InterventionKind, type Theme, type Wijk } from '../../shared/domain';
import {
  INTERVENTION_KIND_LABELS,
  INTERVENTION_STATUSES,
  INTERVENTION_STATUS_LABELS,
  type InterventionDetail,
  type InterventionListEntry,
  type InterventionStatus,
} from '../../shared/registers';
import { FormActions } from '../components/FormActions';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../components/fields';
import { unsavedForm, useLeaveGuard } from '../leaveGuard';
import { useDraft } from '../useDraft';
import { KOPPELKANS_CRITERION } from '../../shared/planwork';

export type InterventionFields = Pick<InterventionDetail, 'title' | 'kind' | 'status' | 'summary' | 'description' | 'themeIds' | 'wijkIds' | 'parentId'> & {
  /** Only when creating a koppelkans: the answer to the plan's criterion. */
  criterion?: string;
};

export const newInterventionFields = (): InterventionFields => ({
  title: '',
  kind: 'lopend initiatief',
  status: 'lopend',
  summary: '',
  description: '',
  themeIds: [],
  wijkIds: [],
  parentId: null,
});

export function interventionFieldsOf(i: InterventionDetail): InterventionFields {
  return {
    title: i.title,
    kind: i.kind,
    status: i.status,
    summary: i.summary,
    description: i.description,
    themeIds: i.themeIds,
    wijkIds: i.wijkIds,
    parentId: i.parentId,
  };
}

export function InterventionForm(props: {
  initial: InterventionFields;
  formLabel: string;
  submitLabel: string;
  themes: Theme[];
  wijken: Wijk[];
  /** Candidates for "hoort bij" (the intervention itself is left out by the caller). */
  parents: InterventionListEntry[];
  onSubmit(fields: InterventionFields): Promise<boolean>;
  resetAfterSubmit?: boolean;
  /** A new koppelkans must answer the plan's one criterion (creating, not editing). */
  askCriterion?: boolean;
}) {
  const [draft, set, , changes] = useDraft(props.initial);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [criterionError, setCriterionError] = useState<string | null>(null);
  const criterionRef = useRef<HTMLTextAreaElement>(null);
  const asksCriterion = props.askCriterion === true && draft.kind === 'koppelkans';
  const [busy, setBusy] = useState(false);
  useLeaveGuard(changes.unsaved && !busy ? unsavedForm(props.formLabel) : null);
  const titleRef = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!draft.title.trim()) {
      setTitleError('Vul een titel in.');
      titleRef.current?.focus();
      return;
    }
    setTitleError(null);
    if (asksCriterion && !draft.criterion?.trim()) {
      setCriterionError('Een koppelkans moet bijdragen aan meer kansen en mogelijkheden voor de bewoners; beschrijf hoe.');
      criterionRef.current?.focus();
      return;
    }
    setCriterionError(null);
    setBusy(true);
    const saved = await props.onSubmit({
      ...draft,
      title: draft.title.trim(),
      summary: draft.summary.trim(),
      description: draft.description.trim(),
      ...(asksCriterion ? { criterion: draft.criterion?.trim() ?? '' } : { criterion: undefined }),
    });
    setBusy(false);
    if (saved) changes.stored();
    if (saved && props.resetAfterSubmit) changes.reset(props.initial);
  };

  return (
    <form className="stack" noValidate onSubmit={submit} aria-label={props.formLabel}>
      <TextField label="Titel" value={draft.title} onChange={(v) => set('title', v)} error={titleError} inputRef={titleRef} required />
      <div className="field-row">
        <SelectField
          label="Soort"
          value={draft.kind}
          onChange={(v) => set('kind', v as InterventionKind)}
          options={INTERVENTION_KINDS.map((k) => ({ value: k, label: INTERVENTION_KIND_LABELS[k] }))}
        />
        <SelectField
          label="Status"
          value={draft.status}
          onChange={(v) => set('status', v as InterventionStatus)}
          options={INTERVENTION_STATUSES.map((s) => ({ value: s, label: INTERVENTION_STATUS_LABELS[s] }))}
        />
        <SelectField
          label="Hoort bij"
          value={draft.parentId ?? ''}
          onChange={(v) => set('parentId', v || null)}
          emptyLabel="— geen (zelfstandige interventie) —"
          options={props.parents.map((p) => ({ value: p.id, label: p.title }))}
          hint="Een aanvullende kans hoort bij een koppelkans of lopend initiatief."
          className="grow"
        />
      </div>
      {asksCriterion && (
        <TextAreaField
          label={KOPPELKANS_CRITERION}
          hint="Het enige criterium van het gebiedsplan voor een nieuwe koppelkans."
          value={draft.criterion ?? ''}
          onChange={(v) => set('criterion', v)}
          error={criterionError}
          textAreaRef={criterionRef}
          required
          rows={2}
        />
      )}
      <TextAreaField label="Samenvatting" value={draft.summary} onChange={(v) => set('summary', v)} rows={2} />
      <TextAreaField label="Omschrijving" value={draft.description} onChange={(v) => set('description', v)} rows={4} />
      <CheckboxGroup
        legend="Thema's"
        className="inline-choices"
        values={draft.themeIds}
        onChange={(v) => set('themeIds', v)}
        choices={props.themes.map((t) => ({ value: t.id, label: t.name }))}
      />
      <CheckboxGroup
        legend="Wijken"
        className="inline-choices"
        values={draft.wijkIds}
        onChange={(v) => set('wijkIds', v)}
        choices={props.wijken.map((w) => ({ value: w.id, label: w.name }))}
      />
      <FormActions submitLabel={props.submitLabel} busy={busy} />
    </form>
  );
}
