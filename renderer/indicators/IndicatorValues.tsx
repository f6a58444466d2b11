// The values of one indicator, per gebied (a wijk or Groningen as a whole) and periode, entered by hand here or
// imported from CSV; a value for the same gebied and periode replaces the one there was.
import { useRef, useState, type FormEvent } from 'react';
import type { Wijk } from '../../shared/domain';
import { CITY_AREA, CITY_LABEL, type Indicator, type IndicatorValue } from '../../shared/registers';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { Loading, LoadFailed } from '../components/LoadState';
import { SelectField, TextField } from '../components/fields';
import { formatPeriod, normalisePeriod, parseNumber, withUnit } from '../monitoring/format';
import { RemoveButton } from '../monitoring/RemoveButton';
import { FormActions } from '../components/FormActions';
import { DataTable, type Column } from '../components/DataTable';

export function IndicatorValues(props: { indicator: Indicator; wijken: Wijk[]; onChange(): void }) {
  const { indicator } = props;
  const call = useCall();
  const notices = useNotices();
  const values = useLoad(() => call('indicators:values', { indicatorId: indicator.id }), [call, indicator.id]);
  const [draft, setDraft] = useState({ area: CITY_AREA, period: '', value: '', source: indicator.source });
  const [errors, setErrors] = useState<{ period?: string; value?: string }>({});
  const [busy, setBusy] = useState(false);
  const periodRef = useRef<HTMLInputElement>(null);
  const valueRef = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const period = normalisePeriod(draft.period);
    const value = parseNumber(draft.value);
    const found = {
      period: period ? undefined : 'Vul de periode in als 2024, 2024-Q1 of 2024-03.',
      value: value === null ? 'Vul de waarde in als getal, bijvoorbeeld 61,5.' : undefined,
    };
    setErrors(found);
    if (found.period) return periodRef.current?.focus();
    if (found.value) return valueRef.current?.focus();
    setBusy(true);
    const result = await notices.run(
      () => call('indicators:setValue', { indicatorId: indicator.id, area: draft.area, period: period!, value: value!, source: draft.source.trim() }),
      (v) => `${indicator.name}: ${v.areaName}, ${formatPeriod(v.period)} is ${withUnit(v.value, indicator.unit)}.`,
    );
    setBusy(false);
    if (result.ok) {
      setDraft((d) => ({ ...d, value: '' }));
      valueRef.current?.focus();
      await values.reload();
      props.onChange();
    }
  };

  const remove = async (v: IndicatorValue) => {
    const result = await notices.run(() => call('indicators:removeValue', { id: v.id }), `De waarde voor ${v.areaName}, ${formatPeriod(v.period)} is verwijderd.`);
    if (result.ok) {
      await values.reload();
      props.onChange();
    }
    return result.ok;
  };

  const columns: Column<IndicatorValue>[] = [
    { header: 'Gebied', rowHeader: true, cell: (v) => v.areaName },
    { header: 'Periode', cell: (v) => formatPeriod(v.period) },
    { header: 'Waarde', className: 'cell-number', cell: (v) => withUnit(v.value, indicator.unit) },
    { header: 'Bron', cell: (v) => v.source || '—' },
    {
      key: 'acties',
      header: <span className="visually-hidden">Acties</span>,
      cell: (v) => (
        <RemoveButton
          name={`${v.areaName}, ${formatPeriod(v.period)}`}
          question={`Weet u zeker dat u de waarde voor ${v.areaName}, ${formatPeriod(v.period)} wilt verwijderen?`}
          onConfirm={() => remove(v)}
        />
      ),
    },
  ];

  const list = values.data;
  return (
    <div className="indicator-values stack">
      {values.error ? (
        <LoadFailed message={values.error} onRetry={values.reload} />
      ) : !list ? (
        <Loading />
      ) : list.length === 0 ? (
        <p className="empty">Er zijn nog geen waarden vastgelegd.</p>
      ) : (
        <DataTable caption={`Waarden van ${indicator.name}`} columns={columns} rows={list} rowKey={(v) => v.id} />
      )}
      <form className="stack" noValidate onSubmit={submit} aria-label={`Waarde invoeren voor ${indicator.name}`}>
        <div className="field-row">
          <SelectField
            label="Gebied"
            value={draft.area}
            onChange={(v) => setDraft((d) => ({ ...d, area: v }))}
            groups={[
              { label: 'De stad', options: [{ value: CITY_AREA, label: CITY_LABEL }] },
              { label: 'Wijken', options: props.wijken.map((w) => ({ value: w.id, label: w.name })) },
            ]}
          />
          <TextField
            label="Periode"
            value={draft.period}
            onChange={(v) => setDraft((d) => ({ ...d, period: v }))}
            error={errors.period}
            inputRef={periodRef}
            hint="2024, 2024-Q1 of 2024-03"
            required
          />
          <TextField
            label={`Waarde${indicator.unit ? ` (${indicator.unit})` : ''}`}
            value={draft.value}
            onChange={(v) => setDraft((d) => ({ ...d, value: v }))}
            error={errors.value}
            inputRef={valueRef}
            hint="Bijvoorbeeld 61,5"
            required
          />
          <TextField label="Bron" value={draft.source} onChange={(v) => setDraft((d) => ({ ...d, source: v }))} className="grow" />
        </div>
        <FormActions submitLabel="Waarde opslaan" busy={busy} />
      </form>
    </div>
  );
}
