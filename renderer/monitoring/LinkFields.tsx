// The links every plan and register entry can have: thema's, wijken and interventies, by name.
import { useState } from 'react';
import type { Links, Theme, Wijk } from '../../shared/domain';
import type { InterventionListEntry } from '../../shared/registers';
import { INTERVENTION_KIND_LABELS } from '../../shared/registers';
import { CheckboxGroup } from '../components/fields';

export function LinkFields(props: {
  value: Links;
  onChange(value: Links): void;
  themes: Theme[];
  wijken: Wijk[];
  interventions: InterventionListEntry[];
}) {
  const { value, onChange } = props;
  // Open at first when something is linked already; after that the user opens and closes it.
  const [openAtFirst] = useState(value.interventionIds.length > 0);
  return (
    <div className="link-fields stack">
      <CheckboxGroup
        legend="Thema's"
        className="inline-choices"
        values={value.themeIds}
        onChange={(themeIds) => onChange({ ...value, themeIds })}
        choices={props.themes.map((t) => ({ value: t.id, label: t.name }))}
      />
      <CheckboxGroup
        legend="Wijken"
        className="inline-choices"
        values={value.wijkIds}
        onChange={(wijkIds) => onChange({ ...value, wijkIds })}
        choices={props.wijken.map((w) => ({ value: w.id, label: w.name }))}
      />
      <details className="interventions" open={openAtFirst || undefined}>
        <summary>Interventies koppelen ({value.interventionIds.length} gekozen)</summary>
        <CheckboxGroup
          legend="Interventies"
          className="scroll-box"
          values={value.interventionIds}
          onChange={(interventionIds) => onChange({ ...value, interventionIds })}
          choices={props.interventions.map((i) => ({ value: i.id, label: i.title, hint: INTERVENTION_KIND_LABELS[i.kind].toLowerCase() }))}
        />
      </details>
    </div>
  );
}
