// Where an action of a meeting came from, worded as the actielijst's "Herkomst": the follow-up of a vinkje,
// agreed with a decision, or added by hand on another kind of item (the store decides it the same way).
import { actionSourceLabel, type ActionItem, type AgendaKind, type Checklist } from '../../shared/domain';

export function actionOrigin(action: ActionItem, itemKind: AgendaKind | null, checklist: Checklist): string {
  if (action.checklistItemId !== null) {
    const vinkjePosition = checklist.items.find((ci) => ci.id === action.checklistItemId)?.position ?? null;
    if (vinkjePosition !== null) return actionSourceLabel({ source: 'vinkje', vinkjePosition });
  }
  return actionSourceLabel({ source: itemKind === 'besluit' ? 'besluit' : 'handmatig', vinkjePosition: null });
}
