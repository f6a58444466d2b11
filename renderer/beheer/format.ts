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

/** The store's tables in words; a table without a word here is shown by its own name. */
const TABLE_LABELS: Record<string, string> = {
  action_items: 'Acties',
  agenda_items: 'Agendapunten',
  agenda_item_interventions: 'Agendapunt – interventie',
  agenda_item_themes: 'Agendapunt – thema',
  agenda_item_wijken: 'Agendapunt – wijk',
  agenda_templates: 'Standaardagenda',
  area: 'Gebied',
  attendance: 'Aanwezigheid',
  checklist_items: 'Vinkjes (de lijst)',
  checklists: 'Vinkjeslijsten',
  indicator_values: 'Indicatorwaarden',
  indicators: 'Indicatoren',
  intervention_partners: 'Interventie – partner',
  intervention_themes: 'Interventie – thema',
  intervention_trekkers: 'Interventie – trekker',
  intervention_wijken: 'Interventie – wijk',
  interventions: 'Interventies',
  meetings: 'Vergaderingen',
  milestones: 'Mijlpalen',
  minutes_corrections: 'Correcties op notulen',
  minutes_seals: 'Zegels van vastgestelde notulen',
  organisations: 'Organisaties',
  people: 'Personen',
  plans: 'Plannen',
  prestaties: 'Prestaties',
  register_entries: 'Registers',
  settings: 'Instellingen',
  themes: "Thema's",
  vinkje_answers: 'Antwoorden op vinkjes',
  vinkje_answer_citations: 'Bronnen bij vinkjes',
  wijken: 'Wijken',
};

export function tableLabel(tableName: string): string {
  return TABLE_LABELS[tableName] ?? tableName;
}
