// The frame every list's filter bar shares ("Filteren", then "Alle filters wissen") and the thema and wijk
// choices that several of them offer.
import type { ReactNode } from 'react';
import type { Theme, Wijk } from '../../shared/domain';
import { SelectField } from './fields';

export function FilterFieldset(props: { children: ReactNode; onClear(): void }) {
  return (
    <fieldset className="filters">
      <legend>Filteren</legend>
      {props.children}
      <div className="form-actions">
        <button type="button" className="button-quiet" onClick={props.onClear}>
          Alle filters wissen
        </button>
      </div>
    </fieldset>
  );
}

// Thema and wijk come from the area profile; several lists filter on them by name, empty meaning all.
const PROFILE_FILTERS = {
  thema: { label: 'Thema', emptyLabel: "Alle thema's" },
  wijk: { label: 'Wijk', emptyLabel: 'Alle wijken' },
} as const;

export function ProfileFilter(props: {
  of: keyof typeof PROFILE_FILTERS;
  items: Array<Theme | Wijk>;
  value: string;
  onChange(value: string): void;
}) {
  const { label, emptyLabel } = PROFILE_FILTERS[props.of];
  return (
    <SelectField
      label={label}
      value={props.value}
      onChange={props.onChange}
      emptyLabel={emptyLabel}
      options={props.items.map((item) => ({ value: item.id, label: item.name }))}
    />
  );
}
