// Adding a wijk or a theme the area plan does not name yet: a name and one text. What is added stays; adopted
// minutes may name it, so there is no removing it (the form says so).
import { useRef, useState, type FormEvent } from 'react';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useSubmit } from '../useSubmit';
import { FormActions } from '../components/FormActions';
import { TextAreaField, TextField } from '../components/fields';

const KINDS = {
  wijk: { the: 'de wijk', newOne: 'Nieuwe wijk', title: 'Wijk toevoegen', textLabel: 'Wat maakt de wijk eigen', channel: 'wijken:create' },
  thema: { the: 'het thema', newOne: 'Nieuw thema', title: 'Thema toevoegen', textLabel: 'De maatschappelijke ambitie', channel: 'themes:create' },
} as const;

export function AddAreaForm<K extends keyof typeof KINDS>(props: { kind: K; onCreated(): void }) {
  const kind = KINDS[props.kind];
  const call = useCall();
  const notices = useNotices();
  const submit = useSubmit();
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setError(`Vul de naam van ${kind.the} in.`);
      nameRef.current?.focus();
      return;
    }
    setError(null);
    void submit.run(async () => {
      const result = await notices.run(
        (): Promise<{ name: string }> =>
          kind.channel === 'wijken:create'
            ? call('wijken:create', { name: name.trim(), identity: text.trim() })
            : call('themes:create', { name: name.trim(), ambition: text.trim() }),
        (added) => `${kind.the[0]!.toUpperCase()}${kind.the.slice(1)} “${added.name}” is toegevoegd.`,
      );
      if (!result.ok) return;
      setName('');
      setText('');
      props.onCreated();
    });
  };

  return (
    <form className="stack" noValidate onSubmit={onSubmit} aria-label={kind.newOne}>
      <p className="hint">
        Het gebiedsplan verwacht dat het gebied en de thema’s zich ontwikkelen. Wat u hier toevoegt, blijft bestaan: vastgestelde notulen
        kunnen ernaar verwijzen, dus verwijderen kan niet.
      </p>
      <TextField label={`Naam van ${kind.the}`} value={name} onChange={setName} error={error} required inputRef={nameRef} />
      <TextAreaField label={kind.textLabel} value={text} onChange={setText} rows={3} />
      <FormActions submitLabel={kind.title} busy={submit.busy} />
    </form>
  );
}
