// The user name of this installation: the "wie" the audit trail records with every change.
import { useState, type FormEvent } from 'react';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { TextField } from '../components/fields';
import { Panel } from './SectionState';

export const USER_NAME = { id: 'beheer-naam', title: 'Uw naam in het logboek' };

export function UserNameForm(props: { initial: string; rescue: boolean }) {
  const call = useCall();
  const notices = useNotices();
  const [value, setValue] = useState(props.initial);
  const [saved, setSaved] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const userName = value.trim();
    if (!userName) {
      setError('Vul een naam in; die komt bij elke wijziging in het logboek.');
      return;
    }
    setError(null);
    setBusy(true);
    const result = await notices.run(() => call('settings:setUserName', { userName }), (r) => `Opgeslagen: wijzigingen worden voortaan vastgelegd op naam van ${r.userName}.`);
    setBusy(false);
    if (result.ok) {
      setValue(result.value.userName);
      setSaved(result.value.userName);
    }
  };

  return (
    <Panel {...USER_NAME}>
      <form className="stack" noValidate onSubmit={save} aria-labelledby="beheer-naam">
        <TextField
          label="Gebruikersnaam"
          value={value}
          onChange={(v) => {
            setValue(v);
            if (v.trim()) setError(null);
          }}
          required
          error={error}
          autoComplete="name"
          hint={
            saved
              ? `Het logboek legt bij elke wijziging vast wie die deed. Geldt voor deze installatie; nu: ${saved}.`
              : 'Het logboek legt bij elke wijziging vast wie die deed. Er is nog geen naam ingesteld: tot dan staat er “naam nog niet ingesteld”. Vul hier uw naam in.'
          }
        />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={props.rescue} aria-busy={busy || undefined}>
            Naam opslaan
          </button>
        </div>
        {props.rescue && <p className="hint">In de herstelmodus kan de naam niet worden gewijzigd.</p>}
      </form>
    </Panel>
  );
}
