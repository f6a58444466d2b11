// One body — the coalition, the programmateam, the kernteam or a werkgroep — with its members past and
// present, adding a member, and for the programmateam its trekkers per theme.
import { useCallback } from 'react';
import { BODY_KIND_LABELS, type Membership } from '../../shared/bodies';
import { todayLocalDate } from '../../shared/format';
import { useCall } from '../api';
import { useLoad } from '../useLoad';
import { paths } from '../router';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadFailed } from '../components/LoadState';
import { AddMemberForm } from '../bodies/AddMemberForm';
import { MemberRow } from '../bodies/MemberRow';
import { ThemeTrekkersPanel } from '../bodies/ThemeTrekkersPanel';

const current = (m: Membership, today: string) => (!m.startsOn || m.startsOn <= today) && (!m.endsOn || m.endsOn > today);

function MemberTable({ caption, memberships, onChange }: { caption: string; memberships: Membership[]; onChange(m: Membership): void }) {
  return (
    <table className="data-table members">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Naam</th>
          <th scope="col">Organisatie</th>
          <th scope="col">Rol</th>
          <th scope="col">Lid vanaf</th>
          <th scope="col">Lid tot</th>
          <th scope="col">
            <span className="visually-hidden">Acties</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {memberships.map((m) => (
          <MemberRow key={m.id} membership={m} onChange={onChange} />
        ))}
      </tbody>
    </table>
  );
}

export default function BodyScreen({ id }: { id: number }) {
  const call = useCall();
  const loaded = useLoad(
    async () => {
      const [body, coalition, profile, trekkers] = await Promise.all([
        call('bodies:get', { id }),
        call('coalition:list', {}),
        call('profile:get', {}),
        call('themes:trekkers', {}),
      ]);
      return { body, coalition, profile, trekkers };
    },
    [call, id],
  );
  const { setData } = loaded;
  const refreshTrekkers = useCallback(async () => {
    const trekkers = await call('themes:trekkers', {});
    setData((d) => d && { ...d, trekkers });
  }, [call, setData]);
  const onMembership = useCallback(
    (m: Membership) => {
      setData((d) => {
        if (!d) return d;
        const others = d.body.memberships.filter((x) => x.id !== m.id);
        return { ...d, body: { ...d.body, memberships: [...others, m].sort((a, b) => a.personName.localeCompare(b.personName, 'nl')) } };
      });
      void refreshTrekkers();
    },
    [setData, refreshTrekkers],
  );

  const data = loaded.data;
  if (!data) {
    return (
      <>
        <PageHeading title="Overleg">Overleg</PageHeading>
        {loaded.error ? <LoadFailed message={loaded.error} onRetry={loaded.reload} /> : <Loading />}
      </>
    );
  }
  const { body } = data;
  const today = todayLocalDate();
  const now = body.memberships.filter((m) => current(m, today));
  const other = body.memberships.filter((m) => !current(m, today));
  return (
    <>
      <p className="breadcrumb">
        <a href={paths.coalition()}>Coalitie</a>
      </p>
      <PageHeading title={body.name}>{body.name}</PageHeading>
      <p className="lead">
        {BODY_KIND_LABELS[body.kind]}
        {body.purpose && ` — ${body.purpose}`}
      </p>
      <div className="two-columns wide-first">
        <section aria-labelledby="leden">
          <h2 id="leden">Leden</h2>
          {now.length === 0 ? (
            <p className="empty">Dit overleg heeft vandaag geen leden.</p>
          ) : (
            <MemberTable caption={`Leden van ${body.name} vandaag`} memberships={now} onChange={onMembership} />
          )}
          {other.length > 0 && <MemberTable caption="Eerdere en toekomstige leden" memberships={other} onChange={onMembership} />}
        </section>
        <div>
          <section aria-labelledby="lid-toevoegen" className="panel">
            <h2 id="lid-toevoegen">Lid toevoegen</h2>
            <AddMemberForm
              bodyId={body.id}
              bodyName={body.name}
              organisations={data.coalition}
              themes={data.profile.themes}
              onAdded={onMembership}
            />
          </section>
          {body.kind === 'programmateam' && <ThemeTrekkersPanel trekkers={data.trekkers} />}
        </div>
      </div>
    </>
  );
}
