// Choosing people and organisations in forms.
import { ROLE_LABELS, type Organisation, type Person, type Role } from '../../shared/domain';
import type { Option } from '../components/fields';
import { formatDate } from '../format';

export function allPeople(organisations: Organisation[]): Person[] {
  return organisations.flatMap((o) => o.people).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export function firstWithRole(people: Person[], role: Role): Person | undefined {
  return people.find((p) => p.role === role);
}

/** "Koen Schuiling (Gemeente Groningen, voorzitter)" */
export function personLabel(p: Person): string {
  return `${p.name} (${p.organisationName}, ${ROLE_LABELS[p.role].toLowerCase()})`;
}

/** Whether a person takes part on a day (YYYY-MM-DD): not left, or leaving after it (as the attendance list counts). */
export function activeOn(person: Person, day: string): boolean {
  return person.leftOn === null || person.leftOn > day;
}

/**
 * The choices for a meeting on a day (its chair, its notulist): who takes part then, and whoever is chosen
 * already even if they have left since, named as such, so a stored choice is never silently dropped.
 */
export function meetingPersonOptions(people: Person[], day: string, chosen: readonly (number | null)[]): Option[] {
  return people
    .filter((p) => activeOn(p, day) || chosen.includes(p.id))
    .map((p) => ({
      value: String(p.id),
      label: activeOn(p, day) ? personLabel(p) : `${personLabel(p)} — uit de coalitie sinds ${formatDate(p.leftOn!)}`,
    }));
}
