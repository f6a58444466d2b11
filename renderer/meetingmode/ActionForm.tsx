// A new action item: what, who owns it (a person or an organisation) and by when. Used for the actions
// of an agenda item and for the follow-up a "deels" or "nee" vinkje proposes. A fieldset rather than a
// <form> so it can sit inside a vinkje's fieldset; Enter in a field still submits.
import { useState, type KeyboardEvent } from 'react';
import type { ActionItem, Organisation } from '../../shared/domain';
import { NewActionFields, useNewAction } from '../actions/useNewAction';
import { useFocusOnMount } from '../useFocusOnMount';

export function ActionForm(props: {
  legend: string;
  submitLabel: string;
  /** Added to the button's accessible name, e.g. ": vinkje 3", so every button's name is unique. */
  submitContext: string;
  meetingId: number;
  agendaItemId: number;
  checklistItemId?: number;
  organisations: Organisation[];
  onCreated(action: ActionItem): void;
}) {
  const action = useNewAction(props.onCreated);
  const [error, setError] = useState<string | null>(null);
  // Opened on request: the cursor starts in "Wat".
  useFocusOnMount(action.descriptionRef, true);

  const submit = async () => {
    if (action.busy) return;
    if (!action.description.trim()) {
      setError('Beschrijf wat er moet gebeuren.');
      action.descriptionRef.current?.focus();
      return;
    }
    setError(null);
    await action.create({ meetingId: props.meetingId, agendaItemId: props.agendaItemId, checklistItemId: props.checklistItemId ?? null });
  };

  const submitOnEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <fieldset className="action-form" onKeyDown={submitOnEnter}>
      <legend>{props.legend}</legend>
      <NewActionFields action={action} organisations={props.organisations} error={error} />
      <div className="form-actions">
        <button type="button" onClick={submit}>
          {props.submitLabel}
          <span className="visually-hidden">{props.submitContext}</span>
        </button>
      </div>
    </fieldset>
  );
}
