// Layer 2's organisatieniveau (H4, "Gelaagdheid": wijkniveau, organisatieniveau and the overarching level):
// per partner what it puts in — people, partnerships, trekkers — and whether it was at the table that year.
import type { Db } from '../store/connection';
import type { ReportBlock } from '../../../shared/registers';
import { organisationYearFigures } from '../store/organisation-level.repo';
import { sectorLabel } from '../../../shared/bodies';

export function organisationLevelBlocks(db: Db, year: number): ReportBlock[] {
  const { organisations, meetingsHeld } = organisationYearFigures(db, year);
  const blocks: ReportBlock[] = [{ type: 'heading', level: 2, text: 'Organisatieniveau' }];
  const taking = organisations.filter((o) => o.people > 0 || o.partnerIn > 0);
  if (taking.length === 0) {
    blocks.push({ type: 'paragraph', text: `In ${year} namen geen organisaties deel aan de coalitie of aan interventies.` });
    return blocks;
  }
  blocks.push({
    type: 'table',
    caption: `Inzet per organisatie in ${year}`,
    columns: ['Organisatie', 'Sector', 'Mensen in de coalitie', 'Partner in interventies', 'Trekkers', `Aanwezig bij coalitievergaderingen (van ${meetingsHeld})`],
    rows: taking.map((o) => [o.name, o.sector ? sectorLabel(o.sector) : '—', String(o.people), String(o.partnerIn), String(o.trekkers), String(o.meetingsPresent)]),
  });
  const absent = meetingsHeld === 0 ? [] : taking.filter((o) => o.people > 0 && o.meetingsPresent === 0);
  blocks.push({
    type: 'paragraph',
    text:
      meetingsHeld === 0
        ? `In ${year} is nog geen coalitievergadering gehouden; de aanwezigheid volgt zodra die er is.`
        : absent.length === 0
          ? `Elke organisatie met mensen in de coalitie was in ${year} minstens één keer aanwezig.`
          : `Niet aanwezig bij een coalitievergadering in ${year}: ${absent.map((o) => o.name).join(', ')}.`,
  });
  return blocks;
}
