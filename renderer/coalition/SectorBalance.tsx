// The coalition's balance by sector, as the plan asks ("een brede coalitie die in evenwicht is"): partners and
// people per sector today, and the sectors the plan names as missing that still have no partner. Most sectors of
// the plan's signatories are inferred, not stated: the balance says so where it rests on them.
import type { Organisation } from '../../shared/domain';
import { MISSING_SECTORS_IN_PLAN, PLAN_MISSING_SECTORS_QUOTE, SECTOR_INFERRED_REASON, SECTOR_LABELS, sectorLabel, sectorOf } from '../../shared/bodies';
import { joinDutch } from '../monitoring/format';
import { CaveatTag } from '../components/CaveatTag';

const takesPart = (o: Organisation, today: string) => (!o.joinedOn || o.joinedOn <= today) && (!o.leftOn || o.leftOn > today);

interface SectorRow {
  label: string;
  organisations: number;
  people: number;
  /** Partners counted here whose sector is inferred. */
  inferred: string[];
}

export function SectorBalance({ organisations, today }: { organisations: Organisation[]; today: string }) {
  const current = organisations.filter((o) => takesPart(o, today));
  const bySector = new Map<string, SectorRow>();
  for (const o of current) {
    const key = sectorOf(o.sector) ?? (o.sector?.trim() || '');
    const row = bySector.get(key) ?? { label: key ? sectorLabel(o.sector) : 'Sector niet ingevuld', organisations: 0, people: 0, inferred: [] };
    row.organisations += 1;
    row.people += o.people.filter((p) => !p.leftOn || p.leftOn > today).length;
    if (o.sector && o.sectorInferred) row.inferred.push(o.name);
    bySector.set(key, row);
  }
  const rows = [...bySector.values()].sort((a, b) => b.people - a.people || a.label.localeCompare(b.label, 'nl'));
  const missing = MISSING_SECTORS_IN_PLAN.filter((s) => !bySector.has(s)).map((s) => SECTOR_LABELS[s].toLowerCase());
  const inferred = rows.reduce((n, r) => n + r.inferred.length, 0);

  return (
    <section aria-labelledby="evenwicht" className="panel">
      <h2 id="evenwicht">Evenwicht per sector</h2>
      {missing.length > 0 ? (
        <div className="warning">
          <p>
            <strong>Nog geen partner uit: {joinDutch(missing)}.</strong> Het gebiedsplan: “{PLAN_MISSING_SECTORS_QUOTE}”
          </p>
        </div>
      ) : (
        <div className="note">
          <p>Elke sector die het gebiedsplan als ontbrekend noemde (zorg, ondernemers, werkgevers) heeft nu een partner.</p>
        </div>
      )}
      {inferred > 0 && (
        <p className="note" id="evenwicht-afgeleid">
          <strong>
            Deze verdeling rust deels op afgeleide sectoren: bij {inferred} van de {current.length} partners noemt het gebiedsplan de sector niet.
          </strong>{' '}
          Welke sectoren er zijn en welke ontbreken, kan dus anders liggen; zet bij een partner de juiste sector, dan telt die als vastgesteld.
        </p>
      )}
      <table className="data-table">
        <caption className="visually-hidden">Partners en mensen per sector, vandaag</caption>
        <thead>
          <tr>
            <th scope="col">Sector</th>
            <th scope="col" className="number">
              Partners
            </th>
            <th scope="col" className="number">
              Mensen
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">
                {r.label}
                {r.inferred.length > 0 && (
                  <>
                    {' '}
                    <CaveatTag
                      label={r.inferred.length === r.organisations ? 'afgeleid' : 'deels afgeleid'}
                      reason={
                        r.inferred.length === 1 && r.organisations === 1
                          ? SECTOR_INFERRED_REASON
                          : `Het gebiedsplan noemt de sector niet van ${joinDutch(r.inferred)}; die is afgeleid uit hoe ze in de namenlijst onder de belofte staan.`
                      }
                    />
                  </>
                )}
              </th>
              <td className="number">{r.organisations}</td>
              <td className="number">{r.people}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
