// Words and numbers of the Beheer screen: file sizes, the audit trail's operations and table names.
import type { AuditOperation, BackupEntry } from '../../shared/contract.durability';
import { formatTimestamp } from '../format';

const ONE_DECIMAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** "716 KB", "1,4 MB" */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${ONE_DECIMAL.format(bytes / (1024 * 1024))} MB`;
}

/**
 * A name per backup for buttons ("Terugzetten: 28 november 2026 om 03:47:22"): its time, and its kind
 * or file name only where two backups would otherwise read the same.
 */
export function backupNames(entries: BackupEntry[]): Map<string, string> {
  const byTime = new Map<string, BackupEntry[]>();
  for (const e of entries) {
    const when = formatTimestamp(e.createdAt);
    byTime.set(when, [...(byTime.get(when) ?? []), e]);
  }
  const names = new Map<string, string>();
  for (const [when, group] of byTime) {
    for (const e of group) {
      const sameKind = group.filter((g) => g.kind === e.kind).length;
      names.set(e.fileName, group.length === 1 ? when : sameKind === 1 ? `${when} (${e.kindLabel})` : `${when} (${e.fileName})`);
    }
  }
  return names;
}

export const OPERATION_LABELS: Record<AuditOperation, string> = {
  INSERT: 'Toegevoegd',
  UPDATE: 'Gewijzigd',
  DELETE: 'Verwijderd',
};

/** The store's tables in words (a test holds every audited table to one); an unknown table shows its own name. */
const TABLE_LABELS: Record<string, string> = {
  action_items: 'Acties',
  agenda_item_interventions: 'Agendapunt – interventie',
  agenda_item_sources: 'Agendapunt – herkomst',
  agenda_item_themes: 'Agendapunt – thema',
  agenda_item_wijken: 'Agendapunt – wijk',
  agenda_items: 'Agendapunten',
  agenda_templates: 'Standaardagenda',
  area: 'Gebied',
  attendance: 'Aanwezigheid',
  bodies: 'Overleggen',
  budget_lines: 'Begrotingsregels en bijdragen',
  checklist_items: 'Vinkjes (de lijst)',
  checklists: 'Vinkjeslijsten',
  indicator_values: 'Indicatorwaarden',
  indicators: 'Indicatoren',
  intervention_indicators: 'Interventie – indicator',
  intervention_links: 'Interventie – koppeling',
  intervention_partners: 'Interventie – partner',
  intervention_themes: 'Interventie – thema',
  intervention_trekkers: 'Interventie – trekker',
  intervention_wijken: 'Interventie – wijk',
  interventions: 'Interventies',
  keurmerk_answers: 'Keurmerk: antwoorden op vinkjes',
  keurmerk_reviews: 'Keurmerk: toetsingen',
  knelpunten: 'Knelpunten',
  meetings: 'Vergaderingen',
  memberships: 'Leden van overleggen',
  milestones: 'Mijlpalen',
  minutes_adopted_names: 'Namen in vastgestelde notulen',
  minutes_corrections: 'Correcties op notulen',
  minutes_seal_macs: 'Controlecodes bij zegels van notulen',
  minutes_seals: 'Zegels van vastgestelde notulen',
  organisations: 'Organisaties',
  people: 'Personen',
  personal_data_erasure_pending: 'Persoonsgegevens: te verwijderen',
  personal_data_erasures: 'Persoonsgegevens: verwijderd op verzoek',
  personal_data_mention_pending: 'Persoonsgegevens: vermeldingen te verwijderen',
  plan_interventions: 'Plan – interventie',
  plan_themes: 'Plan – thema',
  plan_wijken: 'Plan – wijk',
  plans: 'Plannen',
  prestaties: 'Prestaties',
  register_entries: 'Registers',
  register_entry_interventions: 'Registratie – interventie',
  register_entry_themes: 'Registratie – thema',
  register_entry_wijken: 'Registratie – wijk',
  register_retention: 'Bewaartermijnen van registers',
  settings: 'Instellingen',
  steering_answers: 'Antwoorden op sturingsvragen',
  themes: "Thema's",
  vinkje_answer_citations: 'Bronnen bij vinkjes',
  vinkje_answers: 'Antwoorden op vinkjes',
  wijken: 'Wijken',
};

export function tableLabel(tableName: string): string {
  return TABLE_LABELS[tableName] ?? tableName;
}
