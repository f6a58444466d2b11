// Who pulls this intervention: people of the coalition, chosen with checkboxes and saved as a whole.
import { useState, type FormEvent } from 'react';
import type { Organisation } from '../../shared/domain';
import type { InterventionDetail } from '../../shared/registers';
import { CheckboxGroup } from '../components/fields';
import { allPeople, personLabel } from '../coalition/people';
import { FormActions } from '../components/FormActions';

export function TrekkersForm(props: {
  intervention: InterventionDetail;
  organisations: Organisation[];
  describedBy?: string;
  onSubmit(personIds: number[]): Promise<boolean>;
}) {
  const [chosen, setChosen] = useState(props.intervention.trekkers.map((t) => String(t.id)));
  const [busy, setBusy] = useState(false);
  const people = allPeople(props.organisations);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    await props.onSubmit(chosen.map(Number));
    setBusy(false);
  };

  return (
    <form className="stack" noValidate onSubmit={submit} aria-label="Trekkers" aria-describedby={props.describedBy}>
      <CheckboxGroup
        legend="Trekkers"
        className="scroll-box"
        hint="Het gebiedsplan vraagt per thema twee professionals die samen trekken."
        values={chosen}
        onChange={setChosen}
        choices={people.map((p) => ({ value: String(p.id), label: personLabel(p) }))}
      />
      <FormActions submitLabel="Trekkers opslaan" busy={busy} />
    </form>
  );
}
