// "Verwijderen" that asks first, in place (a ConfirmButton): the question takes focus, "Annuleren" returns it to
// the button.
import { ConfirmButton } from '../components/ConfirmButton';

export function RemoveButton(props: {
  /** What is removed, for the buttons' names ("Verwijderen: Enquête ouders"). */
  name: string;
  question: string;
  onConfirm(): Promise<boolean>;
  disabled?: boolean;
}) {
  return (
    <ConfirmButton
      name={`Verwijderen: ${props.name}`}
      className="button-danger-quiet"
      disabled={props.disabled}
      groupLabel={`Verwijderen bevestigen: ${props.name}`}
      question={<p>{props.question}</p>}
      confirmText="Ja, verwijderen"
      confirmName={`Ja, verwijderen: ${props.name}`}
      onConfirm={props.onConfirm}
    >
      Verwijderen
    </ConfirmButton>
  );
}
