// Layer 2's organisatieniveau (H4, "Gelaagdheid": wijkniveau, organisatieniveau and the overarching level):
// per partner what it puts in — people, partnerships, trekkers — and whether it was at the table that year.
import type { Db } from '../store/connection';
import type { ReportBlock } from '../../../shared/registers';
import { organisationYearFigures } from '../store/organisation-level.repo';
import { sectorLabel } from '../../../shared/bodies';

// The plan's caveats travel with the sectors, as on the Coalitie screen.
const sectorCell = (o: { sector: string | null; sectorInferred: number }) =>
  o.sector ? `${sectorLabel(o.sector)}${o.sectorInferred ? ' (afgeleid)' : ''}` : '—';

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
    rows: taking.map((o) => [o.name, sectorCell(o), String(o.people), String(o.partnerIn), String(o.trekkers), String(o.meetingsPresent)]),
  });
  if (taking.some((o) => o.sector && o.sectorInferred)) {
    blocks.push({
      type: 'paragraph',
      text: 'Een sector met “(afgeleid)” noemt het gebiedsplan niet: die is afgeleid uit hoe de partij in de namenlijst onder de belofte staat.',
    });
  }
  const noted = taking.filter((o) => o.planNote);
  if (noted.length > 0) {
    blocks.push({ type: 'paragraph', text: 'Toelichting bij het gebiedsplan:' });
    blocks.push({ type: 'bullets', items: noted.map((o) => `${o.name} — ${o.planNote}`) });
  }
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
