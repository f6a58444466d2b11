// Who pulls this intervention: members of the programmateam (and whoever already pulls it), chosen with
// checkboxes and saved as a whole.
import { useState, type FormEvent } from 'react';
import type { Organisation } from '../../shared/domain';
import type { InterventionDetail } from '../../shared/registers';
import { CheckboxGroup } from '../components/fields';
import { allPeople, personLabel } from '../coalition/people';
import { FormActions } from '../components/FormActions';

export function TrekkersForm(props: {
  intervention: InterventionDetail;
  organisations: Organisation[];
  /** Today's members of the programmateam, where the plan's trekkers come from. */
  teamIds: number[];
  describedBy?: string;
  onSubmit(personIds: number[]): Promise<boolean>;
}) {
  const [chosen, setChosen] = useState(props.intervention.trekkers.map((t) => String(t.id)));
  const [busy, setBusy] = useState(false);
  const team = new Set([...props.teamIds, ...props.intervention.trekkers.map((t) => t.id)]);
  const people = allPeople(props.organisations).filter((p) => team.has(p.id));

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
        hint={
          people.length === 0
            ? 'Het programmateam heeft nog geen leden. Voeg ze toe bij Coalitie, onder Overleggen.'
            : 'Trekkers komen uit het programmateam. Het gebiedsplan vraagt per thema twee professionals die samen trekken.'
        }
        values={chosen}
        onChange={setChosen}
        choices={people.map((p) => ({ value: String(p.id), label: personLabel(p) }))}
      />
      <FormActions submitLabel="Trekkers opslaan" busy={busy} />
    </form>
  );
}
