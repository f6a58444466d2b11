// Coalitie: the partner organisations and their people, with their roles in the coalition; the bodies they
// sit in, and the coalition's balance by sector.
import { useCallback } from 'react';
import type { Organisation, Person } from '../../shared/domain';
import { useCall } from '../api';
import { useLoad } from '../useLoad';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadFailed } from '../components/LoadState';
import { AddOrganisationForm } from '../coalition/AddOrganisationForm';
import { AddPersonForm } from '../coalition/AddPersonForm';
import { OrganisationCard } from '../coalition/OrganisationCard';
import { PartnerContribution } from '../money/PartnerContribution';
import { SectorBalance } from '../coalition/SectorBalance';
import { BodiesPanel } from '../bodies/BodiesPanel';
import { todayLocalDate } from '../../shared/format';

function withPerson(organisations: Organisation[], person: Person): Organisation[] {
  return organisations.map((o) => {
    const others = o.people.filter((p) => p.id !== person.id);
    return o.id === person.organisationId ? { ...o, people: [...others, person] } : { ...o, people: others };
  });
}

export default function CoalitionScreen() {
  const call = useCall();
  const loaded = useLoad(() => call('coalition:list', {}), [call]);
  // Each partner's contribution; the cards show without it until it is there.
  const money = useLoad(() => call('money:overview', {}), [call]);
  const { setData } = loaded;
  const onPersonChange = useCallback((person: Person) => setData((d) => d && withPerson(d, person)), [setData]);
  const onOrganisationCreated = useCallback((o: Organisation) => setData((d) => d && [...d, o]), [setData]);
  const onOrganisationChange = useCallback((o: Organisation) => setData((d) => d && d.map((x) => (x.id === o.id ? o : x))), [setData]);

  const organisations = loaded.data;
  const residents = organisations?.flatMap((o) => o.people).filter((p) => p.role === 'bewonersvertegenwoordiger' && !p.leftOn) ?? [];

  return (
    <>
      <PageHeading title="Coalitie">Coalitie</PageHeading>
      <p className="lead">De partners van de maatschappelijke coalitie en de mensen die namens hen aan tafel zitten.</p>
      {!organisations ? (
        loaded.error ? <LoadFailed message={loaded.error} onRetry={loaded.reload} /> : <Loading />
      ) : (
        <div className="two-columns wide-first">
          <section aria-labelledby="organisaties">
            <h2 id="organisaties">Organisaties en mensen</h2>
            {/* Above the organisations, not below the person form: a new partner is added where partners are listed. */}
            <details className="panel add-organisation">
              <summary>Organisatie toevoegen</summary>
              <AddOrganisationForm onCreated={onOrganisationCreated} />
            </details>
            <ul className="organisations">
              {organisations.map((o) => (
                <OrganisationCard
                  key={o.id}
                  organisation={o}
                  onPersonChange={onPersonChange}
                  onChange={onOrganisationChange}
                  extra={money.data && <PartnerContribution totals={money.data.organisations.find((t) => t.organisationId === o.id) ?? null} />}
                />
              ))}
            </ul>
          </section>
          <div>
            <section aria-labelledby="persoon-toevoegen" className="panel">
              <h2 id="persoon-toevoegen">Persoon toevoegen</h2>
              <div className={residents.length < 2 ? 'warning' : 'note'}>
                <p>
                  Het gebiedsplan noemt de twee bewonersvertegenwoordigers niet bij naam. Voeg ze hier toe met de rol
                  Bewonersvertegenwoordiger{residents.length > 0 ? ` (nu ${residents.length} van 2)` : ''}; de organisatie voor
                  bewoners staat al klaar.
                </p>
              </div>
              <AddPersonForm organisations={organisations} onCreated={onPersonChange} />
            </section>
            <BodiesPanel />
            <SectorBalance organisations={organisations} today={todayLocalDate()} />
          </div>
        </div>
      )}
    </>
  );
}
