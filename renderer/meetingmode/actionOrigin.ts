// Where an action of a meeting came from, as the actielijst's "Herkomst" says it: the follow-up of a
// vinkje, agreed with a decision, or added by hand on another kind of item.
import type { ActionItem, AgendaKind, Checklist } from '../../shared/domain';

export function actionOrigin(action: ActionItem, itemKind: AgendaKind | null, checklist: Checklist): string {
  if (action.checklistItemId !== null) {
    const position = checklist.items.find((ci) => ci.id === action.checklistItemId)?.position;
    return position === undefined ? 'Vinkje' : `Vinkje ${position}`;
  }
  return itemKind === 'besluit' ? 'Besluit' : 'Handmatig';
}
