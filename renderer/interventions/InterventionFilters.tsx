// The filters of the interventions list: thema, wijk, status, soort and a search text. Each applies at once
// (the text after a short pause in typing).
import { useEffect, useState } from 'react';
import { INTERVENTION_KINDS, type InterventionKind, type Theme, type Wijk } from '../../shared/domain';
import { INTERVENTION_KIND_LABELS, INTERVENTION_STATUSES, INTERVENTION_STATUS_LABELS, type InterventionStatus } from '../../shared/registers';
import { SelectField, TextField } from '../components/fields';

export interface InterventionFilterValues {
  themeId: string;
  wijkId: string;
  status: InterventionStatus | '';
  kind: InterventionKind | '';
  q: string;
}

export const noInterventionFilters: InterventionFilterValues = { themeId: '', wijkId: '', status: '', kind: '', q: '' };

export function toInterventionFilters(f: InterventionFilterValues) {
  return {
    ...(f.themeId ? { themeId: f.themeId } : {}),
    ...(f.wijkId ? { wijkId: f.wijkId } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.q.trim() ? { q: f.q.trim() } : {}),
  };
}

export function InterventionFilters(props: {
  value: InterventionFilterValues;
  onChange(value: InterventionFilterValues): void;
  themes: Theme[];
  wijken: Wijk[];
}) {
  const { value, onChange } = props;
  const [q, setQ] = useState(value.q);
  const set = <K extends keyof InterventionFilterValues>(key: K, v: InterventionFilterValues[K]) => onChange({ ...value, [key]: v });

  // The search text applies after a short pause, so every keystroke does not start a search.
  useEffect(() => {
    if (q === value.q) return;
    const timer = setTimeout(() => onChange({ ...value, q }), 300);
    return () => clearTimeout(timer);
  }, [q, value, onChange]);

  return (
    <fieldset className="filters">
      <legend>Filteren</legend>
      <div className="field-row">
        <SelectField
          label="Thema"
          value={value.themeId}
          onChange={(v) => set('themeId', v)}
          emptyLabel="Alle thema's"
          options={props.themes.map((t) => ({ value: t.id, label: t.name }))}
        />
        <SelectField
          label="Wijk"
          value={value.wijkId}
          onChange={(v) => set('wijkId', v)}
          emptyLabel="Alle wijken"
          options={props.wijken.map((w) => ({ value: w.id, label: w.name }))}
        />
        <SelectField
          label="Status"
          value={value.status}
          onChange={(v) => set('status', v as InterventionStatus | '')}
          emptyLabel="Alle statussen"
          options={INTERVENTION_STATUSES.map((s) => ({ value: s, label: INTERVENTION_STATUS_LABELS[s] }))}
        />
        <SelectField
          label="Soort"
          value={value.kind}
          onChange={(v) => set('kind', v as InterventionKind | '')}
          emptyLabel="Alle soorten"
          options={INTERVENTION_KINDS.map((k) => ({ value: k, label: INTERVENTION_KIND_LABELS[k] }))}
        />
        <TextField label="Zoektekst" type="search" value={q} onChange={setQ} className="grow" hint="Zoekt in titel en omschrijving." />
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button-quiet"
          onClick={() => {
            setQ('');
            onChange(noInterventionFilters);
          }}
        >
          Alle filters wissen
        </button>
      </div>
    </fieldset>
  );
}
