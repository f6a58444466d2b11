// Who takes part: coalition organisations (checkboxes) and partners outside the coalition (one per line).
import { useState, type FormEvent } from 'react';
import type { Organisation } from '../../shared/domain';
import type { InterventionDetail } from '../../shared/registers';
import { CheckboxGroup, TextAreaField } from '../components/fields';
import { FormActions } from '../components/FormActions';

export function PartnersForm(props: {
  intervention: InterventionDetail;
  organisations: Organisation[];
  onSubmit(organisationIds: number[], partners: string[]): Promise<boolean>;
}) {
  const [chosen, setChosen] = useState(props.intervention.partnerOrganisations.map((o) => String(o.id)));
  const [others, setOthers] = useState(props.intervention.partners.join('\n'));
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    const partners = others
      .split('\n')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const saved = await props.onSubmit(chosen.map(Number), partners);
    if (saved) setOthers(partners.join('\n'));
    setBusy(false);
  };

  return (
    <form className="stack" noValidate onSubmit={submit} aria-label="Partners">
      <CheckboxGroup
        legend="Organisaties uit de coalitie"
        className="scroll-box"
        values={chosen}
        onChange={setChosen}
        choices={props.organisations.map((o) => ({ value: String(o.id), label: o.name }))}
      />
      <TextAreaField
        label="Andere partners"
        hint="Eén partner per regel, zoals het gebiedsplan ze noemt (bijvoorbeeld een school of buurtvereniging)."
        value={others}
        onChange={setOthers}
        rows={4}
      />
      <FormActions submitLabel="Partners opslaan" busy={busy} />
    </form>
  );
}
