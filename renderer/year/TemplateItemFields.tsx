// One point of the standard agenda in the editor: soort, titel, toelichting, and move/remove buttons.
import type { Ref } from 'react';
import { AGENDA_KINDS, AGENDA_KIND_LABELS, type AgendaKind, type TemplateItem } from '../../shared/domain';
import { SelectField, TextAreaField, TextField } from '../components/fields';

export function TemplateItemFields(props: {
  item: TemplateItem;
  index: number;
  count: number;
  error: string | null;
  kindRef?: Ref<HTMLSelectElement>;
  titleRef?: Ref<HTMLInputElement>;
  onChange(item: TemplateItem): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}) {
  const { item, index, count } = props;
  const name = item.title.trim() || `punt ${index + 1}`;
  return (
    <fieldset className="template-item" data-index={index}>
      <legend>
        Punt {index + 1}
        {item.title.trim() ? `: ${item.title.trim()}` : ''}
      </legend>
      <div className="field-row">
        <SelectField
          label="Soort"
          value={item.kind}
          onChange={(v) => props.onChange({ ...item, kind: v as AgendaKind })}
          options={AGENDA_KINDS.map((k) => ({ value: k, label: AGENDA_KIND_LABELS[k] }))}
          selectRef={props.kindRef}
        />
        <TextField
          label="Titel"
          value={item.title}
          onChange={(v) => props.onChange({ ...item, title: v })}
          error={props.error}
          inputRef={props.titleRef}
          required
          className="grow"
        />
      </div>
      <TextAreaField label="Toelichting" value={item.description} onChange={(v) => props.onChange({ ...item, description: v })} rows={2} />
      <div className="item-actions">
        <button type="button" data-focus="up" disabled={index === 0} onClick={() => props.onMove(-1)} aria-label={`Omhoog: ${name}`}>
          <span aria-hidden="true">↑ </span>Omhoog
        </button>
        <button type="button" data-focus="down" disabled={index === count - 1} onClick={() => props.onMove(1)} aria-label={`Omlaag: ${name}`}>
          <span aria-hidden="true">↓ </span>Omlaag
        </button>
        <button type="button" className="button-danger-quiet" onClick={props.onRemove} aria-label={`Verwijderen: ${name}`}>
          Verwijderen
        </button>
      </div>
    </fieldset>
  );
}
