// The filters of a register: wijk, thema, interventie, periode and a search text. Each applies at once (the
// text after a short pause in typing, the dates once they are whole).
import type { Theme, Wijk } from '../../shared/domain';
import type { InterventionListEntry } from '../../shared/registers';
import { SelectField, TextField } from '../components/fields';
import { FilterFieldset, ProfileFilter } from '../components/Filters';
import { useDebouncedQuery } from '../useDebouncedQuery';

export interface RegisterFilterValues {
  wijkId: string;
  themeId: string;
  interventionId: string;
  from: string;
  to: string;
  q: string;
}

export const noRegisterFilters: RegisterFilterValues = { wijkId: '', themeId: '', interventionId: '', from: '', to: '', q: '' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function toRegisterFilters(f: RegisterFilterValues) {
  return {
    ...(f.wijkId ? { wijkId: f.wijkId } : {}),
    ...(f.themeId ? { themeId: f.themeId } : {}),
    ...(f.interventionId ? { interventionId: f.interventionId } : {}),
    ...(DATE.test(f.from) ? { from: f.from } : {}),
    ...(DATE.test(f.to) ? { to: f.to } : {}),
    ...(f.q.trim() ? { q: f.q.trim() } : {}),
  };
}

export function RegisterFilters(props: {
  value: RegisterFilterValues;
  onChange(value: RegisterFilterValues): void;
  themes: Theme[];
  wijken: Wijk[];
  interventions: InterventionListEntry[];
}) {
  const { value, onChange } = props;
  const [q, setQ, replaceFilters] = useDebouncedQuery(value, onChange);
  const set = <K extends keyof RegisterFilterValues>(key: K, v: RegisterFilterValues[K]) => onChange({ ...value, [key]: v });
  const periodError = DATE.test(value.from) && DATE.test(value.to) && value.from > value.to ? 'De begindatum ligt na de einddatum.' : null;

  return (
    <FilterFieldset onClear={() => replaceFilters(noRegisterFilters)}>
      <div className="field-row">
        <ProfileFilter of="wijk" items={props.wijken} value={value.wijkId} onChange={(v) => set('wijkId', v)} />
        <ProfileFilter of="thema" items={props.themes} value={value.themeId} onChange={(v) => set('themeId', v)} />
        <SelectField
          label="Interventie"
          value={value.interventionId}
          onChange={(v) => set('interventionId', v)}
          emptyLabel="Alle interventies"
          options={props.interventions.map((i) => ({ value: i.id, label: i.title }))}
          className="grow"
        />
      </div>
      <div className="field-row">
        <TextField label="Van" type="date" value={value.from} onChange={(v) => set('from', v)} />
        <TextField label="Tot en met" type="date" value={value.to} onChange={(v) => set('to', v)} error={periodError} />
        <TextField label="Zoektekst" type="search" value={q} onChange={setQ} className="grow" hint="Zoekt in titel, tekst en bron." />
      </div>
    </FilterFieldset>
  );
}
