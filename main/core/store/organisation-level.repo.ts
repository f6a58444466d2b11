// Figures per coalition organisation for a year: who takes part, in which interventions, as trekker, and at
// how many of the year's held coalition meetings someone of theirs was present (layer 2, organisatieniveau).
import type { Db } from './connection';
import { ACTIVE_INTERVENTION_STATUSES } from '../../../shared/registers';

export interface OrganisationYearFigures {
  id: number;
  name: string;
  sector: string | null;
  /** 1 while the sector is the one the profile inferred from the plan (see organisations.sector_inferred). */
  sectorInferred: number;
  planNote: string | null;
  /** People of the organisation who had not left before the year began. */
  people: number;
  /** Active interventions the organisation is a partner in. */
  partnerIn: number;
  /** Its people who are trekker of an active intervention. */
  trekkers: number;
  /** Held coalition meetings of the year with someone of the organisation present. */
  meetingsPresent: number;
}

export function organisationYearFigures(db: Db, year: number): { organisations: OrganisationYearFigures[]; meetingsHeld: number } {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  const active = JSON.stringify(ACTIVE_INTERVENTION_STATUSES);
  const organisations = db
    .prepare(
      `SELECT o.id, o.name, o.sector, o.sector_inferred AS sectorInferred, o.plan_note AS planNote,
         (SELECT count(*) FROM people p WHERE p.organisation_id = o.id AND (p.left_on IS NULL OR p.left_on >= :from)) AS people,
         (SELECT count(*) FROM intervention_partners x JOIN interventions i ON i.id = x.intervention_id
           WHERE x.organisation_id = o.id AND i.status IN (SELECT value FROM json_each(:active))) AS partnerIn,
         (SELECT count(DISTINCT t.person_id) FROM intervention_trekkers t JOIN people p ON p.id = t.person_id
           JOIN interventions i ON i.id = t.intervention_id
           WHERE p.organisation_id = o.id AND i.status IN (SELECT value FROM json_each(:active))) AS trekkers,
         (SELECT count(DISTINCT m.id) FROM meetings m JOIN attendance a ON a.meeting_id = m.id JOIN people p ON p.id = a.person_id
           WHERE p.organisation_id = o.id AND a.status = 'aanwezig' AND m.body = 'coalitie' AND m.status = 'gehouden'
             AND m.starts_at >= :from AND m.starts_at < :to) AS meetingsPresent
       FROM organisations o
       -- Only partners in the coalition for some of the year: joined before it ended, not left before it began.
       WHERE (o.joined_on IS NULL OR o.joined_on < :to) AND (o.left_on IS NULL OR o.left_on > :from)
       ORDER BY o.name COLLATE NOCASE`,
    )
    .all({ from, to, active }) as OrganisationYearFigures[];
  const meetingsHeld = db
    .prepare(`SELECT count(*) FROM meetings WHERE body = 'coalitie' AND status = 'gehouden' AND starts_at >= ? AND starts_at < ?`)
    .pluck()
    .get(from, to) as number;
  return { organisations, meetingsHeld };
}
