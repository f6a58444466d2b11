// One plan: soort, titel, periode, status, omschrijving and its links (thema's, wijken, interventies).
import { useRef, useState, type FormEvent } from 'react';
import type { Theme, Wijk } from '../../shared/domain';
import {
  PLAN_KINDS,
  PLAN_KIND_LABELS,
  PLAN_STATUSES,
  PLAN_STATUS_LABELS,
  type InterventionListEntry,
  type Plan,
  type PlanKind,
  type PlanStatus,
} from '../../shared/registers';
import { FormActions } from '../components/FormActions';
import { SelectField, TextAreaField, TextField } from '../components/fields';
import { LinkFields } from '../monitoring/LinkFields';
import { unsavedForm, useLeaveGuard } from '../leaveGuard';
import { useDraft } from '../useDraft';
import { useFocusOnMount } from '../useFocusOnMount';

/** What the form edits: the plan without what the store keeps; progress as typed ('' while not estimated). */
export type PlanFields = Omit<Plan, 'id' | 'updatedAt' | 'progress' | 'trackKey' | 'planNote'> & { progress: string };

const fieldsOf = (p?: Plan): PlanFields => ({
  kind: p?.kind ?? 'projectplan',
  title: p?.title ?? '',
  periodFrom: p?.periodFrom ?? null,
  periodTo: p?.periodTo ?? null,
  status: p?.status ?? 'concept',
  description: p?.description ?? '',
  owner: p?.owner ?? '',
  progress: p?.progress === null || p?.progress === undefined ? '' : String(p.progress),
  themeIds: p?.themeIds ?? [],
  wijkIds: p?.wijkIds ?? [],
  interventionIds: p?.interventionIds ?? [],
});

function progressError(typed: string): string | undefined {
  const t = typed.trim();
  if (t === '') return undefined;
  return /^\d{1,3}$/.test(t) && Number(t) <= 100 ? undefined : 'Vul een heel getal van 0 tot en met 100 in, of laat het leeg.';
}

/** The typed progress as the contract takes it: null when left empty. */
export const progressOf = (typed: string): number | null => (typed.trim() === '' ? null : Number(typed.trim()));

export function PlanForm(props: {
  initial?: Plan;
  formLabel: string;
  submitLabel: string;
  themes: Theme[];
  wijken: Wijk[];
  interventions: InterventionListEntry[];
  onSubmit(fields: PlanFields): Promise<boolean>;
  onCancel?(): void;
}) {
  const [draft, set, setDraft, changes] = useDraft<PlanFields>(() => fieldsOf(props.initial));
  const [errors, setErrors] = useState<{ title?: string; periodTo?: string; progress?: string }>({});
  const [busy, setBusy] = useState(false);
  useLeaveGuard(changes.unsaved && !busy ? unsavedForm(props.formLabel) : null);
  const titleRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  const progressRef = useRef<HTMLInputElement>(null);
  useFocusOnMount(titleRef, !!props.initial);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const found = {
      title: draft.title.trim() ? undefined : 'Vul een titel in.',
      periodTo: draft.periodFrom && draft.periodTo && draft.periodFrom > draft.periodTo ? 'De einddatum ligt voor de begindatum.' : undefined,
      progress: progressError(draft.progress),
    };
    setErrors(found);
    if (found.title) return titleRef.current?.focus();
    if (found.periodTo) return toRef.current?.focus();
    if (found.progress) return progressRef.current?.focus();
    setBusy(true);
    const saved = await props.onSubmit({ ...draft, title: draft.title.trim(), description: draft.description.trim() });
    setBusy(false);
    if (saved) changes.stored();
    if (saved && !props.initial) changes.reset(fieldsOf());
  };

  return (
    <form className="stack" noValidate onSubmit={submit} aria-label={props.formLabel}>
      <div className="field-row">
        <SelectField
          label="Soort"
          value={draft.kind}
          onChange={(v) => set('kind', v as PlanKind)}
          options={PLAN_KINDS.map((k) => ({ value: k, label: PLAN_KIND_LABELS[k] }))}
          required
        />
        <TextField label="Titel" value={draft.title} onChange={(v) => set('title', v)} error={errors.title} inputRef={titleRef} required className="grow" />
      </div>
      <div className="field-row">
        <TextField label="Van" type="date" value={draft.periodFrom ?? ''} onChange={(v) => set('periodFrom', v || null)} />
        <TextField
          label="Tot en met"
          type="date"
          value={draft.periodTo ?? ''}
          onChange={(v) => set('periodTo', v || null)}
          error={errors.periodTo}
          inputRef={toRef}
        />
        <SelectField
          label="Status"
          value={draft.status}
          onChange={(v) => set('status', v as PlanStatus)}
          options={PLAN_STATUSES.map((s) => ({ value: s, label: PLAN_STATUS_LABELS[s] }))}
        />
      </div>
      <div className="field-row">
        <TextField label="Eigenaar" hint="Wie trekt dit plan: een persoon, team of organisatie." value={draft.owner} onChange={(v) => set('owner', v)} className="grow" />
        <TextField
          label="Voortgang (%)"
          hint="0 tot en met 100; leeg als nog niet ingeschat."
          value={draft.progress}
          onChange={(v) => set('progress', v)}
          error={errors.progress}
          inputRef={progressRef}
        />
      </div>
      <TextAreaField label="Omschrijving" value={draft.description} onChange={(v) => set('description', v)} rows={3} />
      <LinkFields
        value={draft}
        onChange={(links) => setDraft((d) => ({ ...d, ...links }))}
        themes={props.themes}
        wijken={props.wijken}
        interventions={props.interventions}
      />
      <FormActions submitLabel={props.submitLabel} busy={busy} onCancel={props.onCancel} />
    </form>
  );
}
