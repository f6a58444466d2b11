// The filters of the interventions list: thema, wijk, status, soort and a search text. Each applies at once
// (the text after a short pause in typing).
import { INTERVENTION_KINDS, type InterventionKind, type Theme, type Wijk } from '../../shared/domain';
import { INTERVENTION_KIND_LABELS, INTERVENTION_STATUSES, INTERVENTION_STATUS_LABELS, type InterventionStatus } from '../../shared/registers';
import { SelectField, TextField } from '../components/fields';
import { FilterFieldset, ProfileFilter } from '../components/Filters';
import { useDebouncedQuery } from '../useDebouncedQuery';

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
  const [q, setQ, replaceFilters] = useDebouncedQuery(value, onChange);
  const set = <K extends keyof InterventionFilterValues>(key: K, v: InterventionFilterValues[K]) => onChange({ ...value, [key]: v });

  return (
    <FilterFieldset onClear={() => replaceFilters(noInterventionFilters)}>
      <div className="field-row">
        <ProfileFilter of="thema" items={props.themes} value={value.themeId} onChange={(v) => set('themeId', v)} />
        <ProfileFilter of="wijk" items={props.wijken} value={value.wijkId} onChange={(v) => set('wijkId', v)} />
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
    </FilterFieldset>
  );
}
