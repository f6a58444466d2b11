// What is missing before a meeting is closed: nobody present, decisions without an outcome or with vinkjes
// unanswered, no bewonersvertegenwoordiger at the table. Each names where the chair can go to fix it.
import { type MeetingDetail } from '../../shared/domain';
import { reviewProgress } from '../review/progress';

export type Missing =
  | { kind: 'attendance'; text: string }
  | { kind: 'residents'; text: string }
  | { kind: 'item'; index: number; text: string };

export function closingCheck(meeting: MeetingDetail): Missing[] {
  const missing: Missing[] = [];
  const present = meeting.attendance.filter((a) => a.status === 'aanwezig');
  if (present.length === 0) missing.push({ kind: 'attendance', text: 'Er is niemand als aanwezig gemarkeerd.' });
  else if (!present.some((a) => a.role === 'bewonersvertegenwoordiger')) {
    missing.push({ kind: 'residents', text: 'Er is geen bewonersvertegenwoordiger als aanwezig gemarkeerd.' });
  }
  meeting.agenda.forEach((item, index) => {
    if (item.kind !== 'besluit') return;
    const { answered, total } = reviewProgress(meeting.checklist, item.decision);
    const parts: string[] = [];
    if (!item.decision?.outcome) parts.push('nog geen uitkomst');
    // A decision held over or withdrawn needs no answers; one without an outcome or adopted does.
    const needsAnswers = !item.decision?.outcome || item.decision.outcome.startsWith('aangenomen');
    if (needsAnswers && answered < total) parts.push(`${total - answered} ${total - answered === 1 ? 'vinkje' : 'vinkjes'} niet beantwoord`);
    if (parts.length > 0) missing.push({ kind: 'item', index, text: `Agendapunt ${index + 1}, ${item.title}: ${parts.join(', ')}.` });
  });
  return missing;
}
