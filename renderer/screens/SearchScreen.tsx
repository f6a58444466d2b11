// Zoeken: the results for the header's search field, ranked by the store (SQLite FTS5).
import { useCall } from '../api';
import { useLoad } from '../useLoad';
import { countLabel } from '../format';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadFailed } from '../components/LoadState';
import { SearchResults } from '../search/SearchResults';

/** The store matches words of three letters or more. */
const searchable = (q: string) => q.split(/[\s"'.,;:!?()[\]{}*^+\-/\\]+/u).some((w) => [...w].length >= 3);

export default function SearchScreen({ q }: { q: string }) {
  const call = useCall();
  const usable = q !== '' && searchable(q);
  const results = useLoad(() => (usable ? call('search:query', { q }) : Promise.resolve([])), [call, q, usable]);
  const hits = results.data;

  return (
    <>
      <PageHeading title={q ? `Zoeken: ${q}` : 'Zoeken'}>{q ? <>Zoekresultaten voor “{q}”</> : 'Zoeken'}</PageHeading>
      <p className="lead">
        Zoekt in besluiten, agendapunten, aantekeningen, toelichtingen bij vinkjes en acties van alle jaren. Accenten maken niet
        uit.
      </p>
      {!q ? (
        <p>Typ een zoekwoord in het zoekveld bovenaan de pagina.</p>
      ) : !usable ? (
        <p role="status">Gebruik een zoekwoord van minstens drie letters.</p>
      ) : results.error ? (
        <LoadFailed message={results.error} onRetry={results.reload} />
      ) : !hits ? (
        <Loading />
      ) : (
        <>
          <p role="status" className="result-count">
            {hits.length === 0 ? `Niets gevonden voor “${q}”.` : `${countLabel(hits.length, 'resultaat', 'resultaten')}, het best passende eerst.`}
          </p>
          {hits.length > 0 && <SearchResults hits={hits} />}
        </>
      )}
    </>
  );
}
