// Adds a budget line or a partner's contribution: year, what kind (money, capacity or otherwise), from whom,
// from which source and how far it has come. Amounts are typed as people write them ("1.250,00", "1250");
// anything that could mean two things is refused in Dutch before anything is sent.
import { useRef, useState, type FormEvent } from 'react';
import { useDraft } from '../useDraft';
import { unsavedForm, useLeaveGuard } from '../leaveGuard';
import {
  BUDGET_STATUSES,
  BUDGET_STATUS_LABELS,
  CONTRIBUTION_KINDS,
  CONTRIBUTION_KIND_LABELS,
  FUNDING_SOURCES,
  FUNDING_SOURCE_LABELS,
  parseHundredths,
  parseMoney,
  type BudgetStatus,
  type CapacityUnit,
  type ContributionKind,
  type FundingSource,
} from '../../shared/money';
import type { Organisation } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { RadioGroup, SelectField, TextField } from '../components/fields';
import { FormActions } from '../components/FormActions';

interface Draft {
  year: string;
  kind: ContributionKind;
  source: FundingSource;
  status: BudgetStatus;
  organisationId: string;
  purpose: string;
  amount: string;
  capacity: string;
  unit: CapacityUnit;
}

type Errors = Partial<Record<'year' | 'purpose' | 'amount' | 'capacity', string>>;

const fresh = (year: number, source: FundingSource): Draft => ({
  year: String(year),
  kind: 'geld',
  source,
  status: 'toegezegd',
  organisationId: '',
  purpose: '',
  amount: '',
  capacity: '',
  unit: 'uur',
});

export function BudgetLineForm(props: {
  /** The line belongs to this intervention or plan; neither: the programme as a whole. */
  scope: { interventionId?: string; planId?: number };
  organisations: readonly Pick<Organisation, 'id' | 'name'>[];
  defaultYear: number;
  defaultSource?: FundingSource;
  /** The form's name, where a page has more than one. */
  formLabel?: string;
  /** After a line is stored, with its year (the page may show another one). */
  onCreated(year: number): void;
}) {
  const call = useCall();
  const notices = useNotices();
  const [draft, , setDraft, changes] = useDraft<Draft>(() => fresh(props.defaultYear, props.defaultSource ?? 'regulier'));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const formLabel = props.formLabel ?? 'Begrotingsregel toevoegen';
  useLeaveGuard(changes.unsaved && !busy ? unsavedForm(formLabel) : null);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  // A refused line puts the cursor on the first field to correct, in the order the form shows them.
  const refs = {
    year: useRef<HTMLInputElement>(null),
    capacity: useRef<HTMLInputElement>(null),
    amount: useRef<HTMLInputElement>(null),
    purpose: useRef<HTMLInputElement>(null),
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const next: Errors = {};
    const year = Number(draft.year);
    if (!/^\d{4}$/.test(draft.year.trim()) || year < 2000 || year > 2100) next.year = 'Vul een jaar tussen 2000 en 2100 in.';
    let amountCents: number | null = null;
    if (draft.kind !== 'anders' && (draft.kind === 'geld' || draft.amount.trim() !== '')) {
      const parsed = parseMoney(draft.amount);
      if (parsed.ok) amountCents = parsed.value;
      else next.amount = parsed.error;
    }
    let capacityHundredths: number | null = null;
    if (draft.kind === 'capaciteit') {
      const parsed = parseHundredths(draft.capacity, 'De capaciteit');
      if (parsed.ok && parsed.value > 0) capacityHundredths = parsed.value;
      else next.capacity = parsed.ok ? 'De capaciteit moet groter dan nul zijn.' : parsed.error;
    }
    if (draft.kind === 'anders' && draft.purpose.trim() === '') next.purpose = 'Beschrijf de bijdrage.';
    setErrors(next);
    const first = (['year', 'capacity', 'amount', 'purpose'] as const).find((k) => next[k]);
    if (first) return refs[first].current?.focus();
    setBusy(true);
    const result = await notices.run(
      () =>
        call('money:create', {
          year,
          kind: draft.kind,
          source: draft.source,
          status: draft.status,
          organisationId: draft.organisationId ? Number(draft.organisationId) : null,
          interventionId: props.scope.interventionId ?? null,
          planId: props.scope.planId ?? null,
          purpose: draft.purpose,
          amountCents,
          capacityHundredths,
          capacityUnit: draft.kind === 'capaciteit' ? draft.unit : null,
        }),
      'De begrotingsregel is toegevoegd.',
    );
    setBusy(false);
    if (result.ok) {
      changes.reset(fresh(year, draft.source));
      props.onCreated(year);
    }
  };

  return (
    <form className="stack budget-line-form" noValidate onSubmit={submit} aria-label={formLabel}>
      <div className="field-row">
        <TextField label="Jaar" required value={draft.year} error={errors.year} inputRef={refs.year} onChange={(year) => set({ year })} />
        <SelectField
          label="Partner"
          value={draft.organisationId}
          emptyLabel="— geen partner (programma) —"
          options={props.organisations.map((o) => ({ value: String(o.id), label: o.name }))}
          onChange={(organisationId) => set({ organisationId })}
        />
      </div>
      <RadioGroup
        legend="Soort bijdrage"
        inline
        value={draft.kind}
        choices={CONTRIBUTION_KINDS.map((k) => ({ value: k, label: CONTRIBUTION_KIND_LABELS[k] }))}
        onChange={(kind) => set({ kind: kind as ContributionKind })}
      />
      <div className="field-row">
        <SelectField
          label="Bron"
          value={draft.source}
          options={FUNDING_SOURCES.map((s) => ({ value: s, label: FUNDING_SOURCE_LABELS[s] }))}
          onChange={(source) => set({ source: source as FundingSource })}
        />
        <SelectField
          label="Status"
          value={draft.status}
          options={BUDGET_STATUSES.map((s) => ({ value: s, label: BUDGET_STATUS_LABELS[s] }))}
          onChange={(status) => set({ status: status as BudgetStatus })}
        />
      </div>
      {draft.kind === 'capaciteit' && (
        <div className="field-row">
          <TextField label="Capaciteit" required hint="Bijvoorbeeld 120 of 0,5" value={draft.capacity} error={errors.capacity} inputRef={refs.capacity} onChange={(capacity) => set({ capacity })} />
          <SelectField
            label="Eenheid"
            value={draft.unit}
            options={[
              { value: 'uur', label: 'uur' },
              { value: 'fte', label: 'fte' },
            ]}
            onChange={(unit) => set({ unit: unit as CapacityUnit })}
          />
        </div>
      )}
      {draft.kind !== 'anders' && (
        <TextField
          label={draft.kind === 'geld' ? 'Bedrag in euro' : 'Waarde in euro'}
          required={draft.kind === 'geld'}
          hint={draft.kind === 'geld' ? 'Bijvoorbeeld 1250 of 1.250,00' : 'Mag leeg blijven; bijvoorbeeld 40.000,00'}
          value={draft.amount}
          error={errors.amount}
          inputRef={refs.amount}
          onChange={(amount) => set({ amount })}
        />
      )}
      <TextField
        label={draft.kind === 'anders' ? 'Wat draagt de partner bij?' : 'Waarvoor'}
        required={draft.kind === 'anders'}
        value={draft.purpose}
        error={errors.purpose}
        inputRef={refs.purpose}
        onChange={(purpose) => set({ purpose })}
      />
      <FormActions submitLabel="Begrotingsregel toevoegen" busy={busy} />
    </form>
  );
}
