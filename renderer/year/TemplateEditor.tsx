// The standard agenda of one body as an editable list: add, remove and reorder points, then save it
// with templates:set. Nothing is stored until "Standaardagenda opslaan".
import { useEffect, useRef, useState } from 'react';
import { useLeaveGuard } from '../leaveGuard';
import { STEERING_QUESTIONS, type Body, type TemplateItem } from '../../shared/domain';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { bodyInSentence } from '../format';
import { TemplateItemFields } from './TemplateItemFields';

interface Row extends TemplateItem {
  key: number;
}

let nextKey = 1;
const withKeys = (items: TemplateItem[]): Row[] => items.map((i) => ({ ...i, key: nextKey++ }));

type Focus = { key: number; on: 'kind' | 'title' | 'up' | 'down' } | { key: null; on: 'add' };

export function TemplateEditor({ body, initial, onSaved }: { body: Body; initial: TemplateItem[]; onSaved(items: TemplateItem[]): void }) {
  const call = useCall();
  const notices = useNotices();
  const [rows, setRows] = useState<Row[]>(() => withKeys(initial));
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty ? 'de gewijzigde standaardagenda' : null);
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [focus, setFocus] = useState<Focus | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!focus) return;
    setFocus(null);
    if (focus.key === null) return addRef.current?.focus();
    const li = listRef.current?.querySelector<HTMLLIElement>(`li[data-key="${focus.key}"]`);
    if (!li) return;
    const selector = { kind: 'select', title: 'input', up: '[data-focus="up"]', down: '[data-focus="down"]' }[focus.on];
    const target = li.querySelector<HTMLElement>(selector);
    // A move button at the top or bottom is disabled; continue on the point's title instead.
    (target && !(target as HTMLButtonElement).disabled ? target : li.querySelector<HTMLElement>('input'))?.focus();
  }, [focus, rows]);

  const change = (next: Row[]) => {
    setRows(next);
    setDirty(true);
  };
  const update = (key: number, item: TemplateItem) => {
    change(rows.map((r) => (r.key === key ? { ...item, key } : r)));
    if (item.title.trim()) setErrors(({ [key]: _gone, ...rest }) => rest);
  };
  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    if (target < 0 || target >= rows.length) return;
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(target, 0, row!);
    change(next);
    setFocus({ key: row!.key, on: delta === -1 ? 'up' : 'down' });
    notices.showSuccess(`“${row!.title || 'Punt'}” staat nu op plaats ${target + 1} van ${rows.length}.`);
  };
  const remove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    change(next);
    const follow = next[Math.min(index, next.length - 1)];
    setFocus(follow ? { key: follow.key, on: 'title' } : { key: null, on: 'add' });
  };
  const add = (item: TemplateItem) => {
    const row = { ...item, key: nextKey++ };
    change([...rows, row]);
    setFocus({ key: row.key, on: item.title ? 'kind' : 'title' });
  };

  const save = async () => {
    const found: Record<number, string> = {};
    for (const r of rows) if (!r.title.trim()) found[r.key] = 'Vul een titel in.';
    setErrors(found);
    const firstBad = rows.find((r) => found[r.key]);
    if (firstBad) return setFocus({ key: firstBad.key, on: 'title' });
    const items = rows.map((r) => ({ kind: r.kind, title: r.title.trim(), description: r.description.trim() }));
    const result = await notices.run(
      () => call('templates:set', { body, items }),
      `De standaardagenda van ${bodyInSentence(body)} is opgeslagen.`,
    );
    if (result.ok) {
      setDirty(false);
      onSaved(result.value);
    }
  };

  return (
    <div className="template-editor">
      {rows.length === 0 ? (
        <p className="empty">De standaardagenda is leeg. Voeg een punt toe.</p>
      ) : (
        <ol className="template-list" ref={listRef}>
          {rows.map((r, index) => (
            <li key={r.key} data-key={r.key}>
              <TemplateItemFields
                item={r}
                index={index}
                count={rows.length}
                error={errors[r.key] ?? null}
                onChange={(item) => update(r.key, item)}
                onMove={(delta) => move(index, delta)}
                onRemove={() => remove(index)}
              />
            </li>
          ))}
        </ol>
      )}
      <div className="button-row">
        <button type="button" ref={addRef} onClick={() => add({ kind: 'bespreking', title: '', description: '' })}>
          Punt toevoegen
        </button>
        <button
          type="button"
          onClick={() => add({ kind: 'bespreking', title: 'Koers: zijn we nog op de goede weg?', description: STEERING_QUESTIONS.join('\n') })}
        >
          Punt met de drie sturingsvragen toevoegen
        </button>
      </div>
      <div className="button-row toolbar save-row">
        <button type="button" className="button-primary button-large" onClick={save}>
          Standaardagenda opslaan
        </button>
        <p className="save-state" aria-live="polite">
          {dirty ? 'Niet opgeslagen wijzigingen' : ''}
        </p>
      </div>
    </div>
  );
}
