// One register entry: soort, datum, titel, tekst, the bron (bewoner, professional or organisatie, with a name),
// for a norm whether it is kept, for a succes whether and how it was celebrated, and its links.
import { useRef, useState, type FormEvent } from 'react';
import type { Theme, Wijk } from '../../shared/domain';
import {
  CELEBRATED,
  NORM_KEPT,
  NORM_KEPT_LABELS,
  REGISTER_KINDS,
  REGISTER_KIND_LABELS,
  SOURCE_KINDS,
  SOURCE_KIND_LABELS,
  type Celebrated,
  type InterventionListEntry,
  type NormKept,
  type RegisterEntry,
  type RegisterKind,
  type SourceKind,
} from '../../shared/registers';
import { GRONDSLAGEN, GRONDSLAG_LABELS, type Grondslag } from '../../shared/avg';
import { FormActions } from '../components/FormActions';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../components/fields';
import { todayLocalDate } from '../format';
import { LinkFields } from '../monitoring/LinkFields';
import { unsavedForm, useLeaveGuard } from '../leaveGuard';
import { useDraft } from '../useDraft';
import { useFocusOnMount } from '../useFocusOnMount';

/** What the form edits: the entry without what the store keeps; kept and celebrated always have a choice shown. */
export type EntryFields = Omit<RegisterEntry, 'id' | 'citationCount' | 'updatedAt' | 'erasedAt' | 'kept' | 'celebrated' | 'grondslag'> & {
  kept: NormKept;
  celebrated: Celebrated;
  /** '' where the entry names or quotes no one. */
  grondslag: Grondslag | '';
};

export function entryFieldsOf(e: RegisterEntry | undefined, defaults: Partial<EntryFields> = {}): EntryFields {
  return {
    kind: e?.kind ?? defaults.kind ?? 'ervaringsverhaal',
    date: e?.date ?? todayLocalDate(),
    title: e?.title ?? '',
    text: e?.text ?? '',
    sourceKind: e?.sourceKind ?? 'bewoner',
    sourceName: e?.sourceName ?? '',
    kept: e?.kept ?? 'onbekend',
    celebrated: e?.celebrated ?? 'nee',
    celebration: e?.celebration ?? '',
    grondslag: e?.grondslag ?? '',
    themeIds: e?.themeIds ?? [],
    wijkIds: e?.wijkIds ?? [],
    interventionIds: e?.interventionIds ?? defaults.interventionIds ?? [],
  };
}

/** The fields as the contract takes them: kept only for a norm, celebrated and how only for a succes. */
export function toEntryInput(f: EntryFields) {
  return {
    kind: f.kind,
    date: f.date,
    title: f.title,
    text: f.text,
    sourceKind: f.sourceKind,
    sourceName: f.sourceName,
    ...(f.kind === 'norm' ? { kept: f.kept } : {}),
    ...(f.kind === 'succes' ? { celebrated: f.celebrated, celebration: f.celebrated === 'ja' ? f.celebration : '' } : {}),
    grondslag: f.grondslag === '' ? null : f.grondslag,
    themeIds: f.themeIds,
    wijkIds: f.wijkIds,
    interventionIds: f.interventionIds,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function EntryForm(props: {
  initial: EntryFields;
  editing?: boolean;
  formLabel: string;
  submitLabel: string;
  themes: Theme[];
  wijken: Wijk[];
  interventions: InterventionListEntry[];
  onSubmit(fields: EntryFields): Promise<boolean>;
  onCancel?(): void;
}) {
  const [draft, set, setDraft, changes] = useDraft<EntryFields>(props.initial);
  const [errors, setErrors] = useState<{ date?: string; title?: string; grondslag?: string }>({});
  const [busy, setBusy] = useState(false);
  useLeaveGuard(changes.unsaved && !busy ? unsavedForm(props.formLabel) : null);
  const dateRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const grondslagRef = useRef<HTMLSelectElement>(null);
  useFocusOnMount(titleRef, props.editing);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const found = {
      date: DATE.test(draft.date) ? undefined : 'Kies een datum.',
      title: draft.title.trim() ? undefined : 'Vul een titel in.',
      grondslag:
        draft.sourceKind === 'bewoner' && draft.sourceName.trim() && !draft.grondslag
          ? 'Deze registratie noemt een bewoner: kies de grondslag.'
          : undefined,
    };
    setErrors(found);
    if (found.date) return dateRef.current?.focus();
    if (found.title) return titleRef.current?.focus();
    if (found.grondslag) return grondslagRef.current?.focus();
    setBusy(true);
    const saved = await props.onSubmit({
      ...draft,
      title: draft.title.trim(),
      text: draft.text.trim(),
      sourceName: draft.sourceName.trim(),
      celebration: draft.celebration.trim(),
    });
    setBusy(false);
    if (saved) changes.stored();
    if (saved && !props.editing) {
      changes.reset({ ...props.initial, kind: draft.kind });
      titleRef.current?.focus();
    }
  };

  return (
    <form className="stack" noValidate onSubmit={submit} aria-label={props.formLabel}>
      <div className="field-row">
        <SelectField
          label="Soort"
          value={draft.kind}
          onChange={(v) => set('kind', v as RegisterKind)}
          options={REGISTER_KINDS.map((k) => ({ value: k, label: REGISTER_KIND_LABELS[k] }))}
          required
        />
        <TextField label="Datum" type="date" value={draft.date} onChange={(v) => set('date', v)} error={errors.date} inputRef={dateRef} required />
      </div>
      <TextField label="Titel" value={draft.title} onChange={(v) => set('title', v)} error={errors.title} inputRef={titleRef} required />
      <TextAreaField label="Tekst" value={draft.text} onChange={(v) => set('text', v)} rows={4} hint="Het verhaal, de reactie of de les in de eigen woorden." />
      <div className="field-row">
        <RadioGroup
          legend="Bron"
          inline
          value={draft.sourceKind}
          onChange={(v) => set('sourceKind', v as SourceKind)}
          choices={SOURCE_KINDS.map((s) => ({ value: s, label: SOURCE_KIND_LABELS[s] }))}
        />
        <TextField
          label="Naam van de bron"
          value={draft.sourceName}
          onChange={(v) => set('sourceName', v)}
          hint="Bijvoorbeeld de organisatie, of een bewoner (alleen met toestemming)."
          className="grow"
        />
      </div>
      {draft.sourceKind === 'bewoner' && (
        <SelectField
          label="Grondslag (AVG)"
          value={draft.grondslag}
          onChange={(v) => set('grondslag', v as Grondslag | '')}
          emptyLabel="— geen persoonsgegevens (anoniem) —"
          options={GRONDSLAGEN.map((g) => ({ value: g, label: GRONDSLAG_LABELS[g] }))}
          error={errors.grondslag}
          selectRef={grondslagRef}
          hint="Waarom mag dit verhaal met de naam van de bewoner worden vastgelegd? Meestal: toestemming van de bewoner."
        />
      )}
      {draft.kind === 'norm' && (
        <RadioGroup
          legend="Wordt de norm nageleefd?"
          inline
          value={draft.kept}
          onChange={(v) => set('kept', v as NormKept)}
          choices={NORM_KEPT.map((k) => ({ value: k, label: NORM_KEPT_LABELS[k] }))}
        />
      )}
      {draft.kind === 'succes' && (
        <>
          <RadioGroup
            legend="Is het succes gevierd?"
            inline
            value={draft.celebrated}
            onChange={(v) => set('celebrated', v as Celebrated)}
            choices={CELEBRATED.map((c) => ({ value: c, label: c === 'ja' ? 'Ja, gevierd' : 'Nee, nog niet gevierd' }))}
          />
          {draft.celebrated === 'ja' && (
            <TextAreaField label="Hoe is het gevierd?" value={draft.celebration} onChange={(v) => set('celebration', v)} rows={2} />
          )}
        </>
      )}
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
