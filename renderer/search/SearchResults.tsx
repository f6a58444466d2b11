// Ranked search hits: what kind, in which meeting, and the snippet with the matched words marked.
import { SEARCH_KIND_LABELS, type SearchHit } from '../../shared/domain';
import { formatDate } from '../format';
import { paths } from '../router';
import { Highlighted } from '../components/Highlighted';

export function SearchResults({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="search-results">
      {hits.map((hit, i) => (
        <li key={`${hit.kind}-${hit.meetingId}-${hit.agendaItemId ?? 0}-${i}`} className="search-hit">
          <p className="meta">
            <span className="tag">{SEARCH_KIND_LABELS[hit.kind]}</span>
            <span>
              {hit.meetingTitle}, <time dateTime={hit.meetingStartsAt}>{formatDate(hit.meetingStartsAt)}</time>
            </span>
          </p>
          <h2 className="search-hit-title">
            <a href={paths.meeting(hit.meetingId, hit.agendaItemId)}>{hit.title}</a>
          </h2>
          <p className="snippet">
            <Highlighted parts={hit.snippet} />
          </p>
        </li>
      ))}
    </ol>
  );
}
