// The keurmerk in the layer-2 report: for the plans that run in the report's year and the interventions in it, the
// status that follows from their latest seven-vinkjes review (as it stands when the report is made), with the date
// and wording version, and plainly where a review is older than the plan or intervention it reviewed.
import type { Db } from '../store/connection';
import type { InterventionListEntry, Plan, ReportBlock } from '../../../shared/registers';
import {
  KEURMERK_LEVELS,
  KEURMERK_LEVEL_LABELS,
  keurmerkLabel,
  keurmerkOutdated,
  keurmerkWhen,
  type KeurmerkStatus,
  type KeurmerkStatuses,
  type KeurmerkSubjectKind,
} from '../../../shared/keurmerk';
import { keurmerkStatuses } from './keurmerk.service';

const COLUMNS = ['Keurmerk', 'Getoetst', 'Ouder dan de laatste wijziging'];

function cells(s: KeurmerkStatus | undefined, kind: KeurmerkSubjectKind): string[] {
  if (!s || s.level === 'niet-getoetst') return [s ? keurmerkLabel(s) : '—', '—', '—'];
  const when = keurmerkWhen(s);
  return [keurmerkLabel(s), when ? when.replace(/^op /, '') : '—', keurmerkOutdated(s, kind) ?? 'Nee'];
}

/** "3 langs de zeven vinkjes gelegd, 1 deels, 2 nog niet; 1 toetsing is ouder dan wat ze toetste." */
function tally(statuses: (KeurmerkStatus | undefined)[], noun: string): string {
  const known = statuses.filter((s): s is KeurmerkStatus => s !== undefined);
  const parts = KEURMERK_LEVELS.map((l) => [l, known.filter((s) => s.level === l).length] as const)
    .filter(([, n]) => n > 0)
    .map(([l, n]) => `${n}× ${KEURMERK_LEVEL_LABELS[l].toLowerCase()}`);
  const outdated = known.filter((s) => s.outdated).length;
  const old = outdated === 0 ? '' : ` ${outdated === 1 ? '1 toetsing is' : `${outdated} toetsingen zijn`} ouder dan de laatste wijziging van wat ze toetste.`;
  return `Van de ${known.length} ${noun}: ${parts.join(', ') || 'geen'}.${old}`;
}

export function keurmerkReportBlocks(db: Db, plans: Plan[], interventions: InterventionListEntry[]): ReportBlock[] {
  const ofPlans: KeurmerkStatuses = plans.length > 0 ? keurmerkStatuses(db, { kind: 'plan' }) : {};
  const ofInterventions: KeurmerkStatuses = interventions.length > 0 ? keurmerkStatuses(db, { kind: 'interventie' }) : {};
  const blocks: ReportBlock[] = [
    { type: 'heading', level: 2, text: 'Keurmerk: de zeven vinkjes op plannen en interventies' },
    {
      type: 'paragraph',
      text: 'Het gebiedsplan belooft alles wat de coalitie doet langs de zeven vinkjes te leggen: die vormen het keurmerk. Hieronder de stand van de laatste toetsing.',
    },
  ];
  if (plans.length > 0) {
    blocks.push({ type: 'paragraph', text: tally(plans.map((p) => ofPlans[String(p.id)]), plans.length === 1 ? 'plan' : 'plannen') });
    blocks.push({
      type: 'table',
      caption: 'Keurmerk van de plannen',
      columns: ['Plan', ...COLUMNS],
      rows: plans.map((p) => [p.title, ...cells(ofPlans[String(p.id)], 'plan')]),
    });
  }
  if (interventions.length > 0) {
    blocks.push({
      type: 'paragraph',
      text: tally(interventions.map((i) => ofInterventions[i.id]), interventions.length === 1 ? 'interventie' : 'interventies'),
    });
    blocks.push({
      type: 'table',
      caption: 'Keurmerk van de interventies',
      columns: ['Interventie', ...COLUMNS],
      rows: interventions.map((i) => [i.title, ...cells(ofInterventions[i.id], 'interventie')]),
    });
  }
  if (plans.length === 0 && interventions.length === 0) blocks.push({ type: 'paragraph', text: 'Er zijn geen plannen of interventies om te toetsen.' });
  return blocks;
}
