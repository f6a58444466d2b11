// Choosing people and organisations in forms.
import { ROLE_LABELS, type Organisation, type Person, type Role } from '../../shared/domain';
import type { Option } from '../components/fields';

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

export function personOptions(people: Person[]): Option[] {
  return people.map((p) => ({ value: String(p.id), label: personLabel(p) }));
}
