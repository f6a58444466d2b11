// One indicator: what it measures and where it comes from, its values (shown on request, with a form to add
// one), a link to its chart, editing in place and removal (with its values, after confirmation).
import { useState } from 'react';
import type { Theme, Wijk } from '../../shared/domain';
import { BETTER_LABELS, type Indicator } from '../../shared/registers';
import { countLabel } from '../format';
import { paths } from '../router';
import { formatPeriod } from '../monitoring/format';
import { EditButton, useEditInPlace } from '../monitoring/editInPlace';
import { RemoveButton } from '../monitoring/RemoveButton';
import { IndicatorForm, type IndicatorFields } from './IndicatorForm';
import { IndicatorValues } from './IndicatorValues';

export function IndicatorCard(props: {
  indicator: Indicator;
  themes: Theme[];
  wijken: Wijk[];
  onSave(fields: IndicatorFields): Promise<boolean>;
  onRemove(): Promise<boolean>;
  onValuesChange(): void;
}) {
  const { indicator: i } = props;
  const { editing, start, stop, saveThenStop, editRef } = useEditInPlace();
  const [showValues, setShowValues] = useState(false);

  if (editing) {
    return (
      <li className="card">
        <IndicatorForm
          initial={i}
          themes={props.themes}
          formLabel={`Indicator bewerken: ${i.name}`}
          submitLabel="Indicator opslaan"
          onCancel={stop}
          onSubmit={saveThenStop(props.onSave)}
        />
      </li>
    );
  }

  const valuesId = `waarden-${i.id}`;
  return (
    <li className="card indicator">
      <h3>{i.name}</h3>
      <p className="meta">
        {i.unit && <span>Eenheid: {i.unit}</span>}
        <span>{BETTER_LABELS[i.better]}</span>
        {i.source && <span>Bron: {i.source}</span>}
        <span>
          {countLabel(i.valueCount, 'waarde', 'waarden')}
          {i.latestPeriod && `, laatste: ${formatPeriod(i.latestPeriod)}`}
        </span>
      </p>
      {i.description && <p className="description">{i.description}</p>}
      <div className="item-actions">
        <button type="button" aria-expanded={showValues} aria-controls={valuesId} onClick={() => setShowValues((v) => !v)}>
          Waarden<span className="visually-hidden"> van {i.name}</span>
        </button>
        <a className="button" href={paths.charts(i.id)}>
          Grafiek<span className="visually-hidden"> van {i.name}</span>
        </a>
        <EditButton name={i.name} onClick={start} buttonRef={editRef} />
        <RemoveButton
          name={i.name}
          question={
            i.valueCount > 0
              ? `Weet u zeker dat u de indicator “${i.name}” met ${countLabel(i.valueCount, 'waarde', 'waarden')} wilt verwijderen?`
              : `Weet u zeker dat u de indicator “${i.name}” wilt verwijderen?`
          }
          onConfirm={props.onRemove}
        />
      </div>
      <div id={valuesId} hidden={!showValues}>
        {showValues && <IndicatorValues indicator={i} wijken={props.wijken} onChange={props.onValuesChange} />}
      </div>
    </li>
  );
}
