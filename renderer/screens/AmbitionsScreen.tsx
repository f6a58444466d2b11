// Ambities: per theme the maatschappelijke ambitie in the area plan's words (with its caveat where the plan
// does not call it an ambitie), the interventions that serve it and how many indicators follow the theme.
import { useCall } from '../api';
import { useLoad } from '../useLoad';
import { paths } from '../router';
import { countLabel } from '../format';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadFailed } from '../components/LoadState';
import { MonitoringNav } from '../monitoring/MonitoringNav';
import { AddAreaForm } from '../area/AddAreaForm';
import '../monitoring/monitoring.css';

export default function AmbitionsScreen() {
  const call = useCall();
  const loaded = useLoad(async () => {
    const [ambitions, profile] = await Promise.all([call('ambitions:list', {}), call('profile:get', {})]);
    return { ambitions, profile };
  }, [call]);

  return (
    <>
      <PageHeading title="Ambities per thema">Ambities per thema</PageHeading>
      <MonitoringNav current="ambitions" />
      <p className="lead">
        De maatschappelijke ambities uit het gebiedsplan, per thema. Een interventie kiest bij “Van trend tot impact” de ambitie waaraan
        zij bijdraagt.
      </p>
      <details className="panel">
        <summary>Thema toevoegen</summary>
        <AddAreaForm kind="thema" onCreated={loaded.reload} />
      </details>
      {!loaded.data ? (
        loaded.error ? <LoadFailed message={loaded.error} onRetry={loaded.reload} /> : <Loading />
      ) : (
        <ul className="card-list">
          {loaded.data.ambitions.map((a) => {
            const theme = loaded.data!.profile.themes.find((t) => t.id === a.themeId);
            return (
              <li key={a.themeId} className="card">
                <h2>{a.themeName}</h2>
                <blockquote>{a.text || 'Voor dit thema is nog geen ambitie vastgelegd.'}</blockquote>
                {theme?.caveat && (
                  <p className="note plan-note">
                    <strong>Toelichting:</strong> {theme.caveat}
                  </p>
                )}
                <p className="meta">
                  <span>{countLabel(a.indicatorCount, 'indicator volgt', 'indicatoren volgen')} dit thema</span>
                </p>
                {a.interventions.length === 0 ? (
                  <p className="empty">Nog geen interventie draagt volgens de monitoringketen bij aan deze ambitie.</p>
                ) : (
                  <>
                    <h3>Interventies die bijdragen</h3>
                    <ul>
                      {a.interventions.map((i) => (
                        <li key={i.id}>
                          <a href={paths.intervention(i.id)}>{i.title}</a>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
