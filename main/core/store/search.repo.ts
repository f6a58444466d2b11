// The reads of the search index (migration 0003-search): how many rows match, the matches ranked, or the newest
// of each part of the index. Matches come back marked with OPEN/CLOSE; the service cuts titles and excerpts.
import type { Db } from './connection';
import type { SearchHit } from '../../../shared/domain';

/** What highlight() puts around a match: control characters, which never occur in stored text. */
export const OPEN = '\u0001';
export const CLOSE = '\u0002';

/** A hit as the index holds it: the title and body with their matches marked, not yet cut to an excerpt; its rowid says which row it indexes. */
export type HitRow = Omit<SearchHit, 'title' | 'snippet'> & { title: string; body: string; rowid: number };

// The index's rowid ranges (see migration 0003-search): agenda items (agendapunt, aantekening, besluit) below
// 2^32, vinkje toelichtingen from 2^32, actions from 2^33. Rowids grow with time within each range.
const ROWID_RANGES: readonly (readonly [number, number])[] = [
  [0, 2 ** 32],
  [2 ** 32, 2 ** 33],
  [2 ** 33, Number.MAX_SAFE_INTEGER],
];

// The whole title and body with every match marked: FTS5's own snippet() counts trigram tokens, so its window
// would be a few characters; the excerpt is cut from the body here, in whole words.
const HIT_COLUMNS = `highlight(search_index, 3, '${OPEN}', '${CLOSE}') AS title,
              highlight(search_index, 4, '${OPEN}', '${CLOSE}') AS body`;

/** How many rows match, counting no further than `upTo`. */
export function countMatches(db: Db, query: string, upTo: number): number {
  return db.prepare('SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT ?)').pluck().get(query, upTo) as number;
}

/** Every match ranked: bm25 with the title counting double (the unindexed columns get no weight), then newest. */
export function rankedHits(db: Db, query: string, limit: number): HitRow[] {
  return db
    .prepare(
      `SELECT s.rowid, s.kind, s.meeting_id AS meetingId, s.agenda_item_id AS agendaItemId, ${HIT_COLUMNS},
              m.title AS meetingTitle, m.starts_at AS meetingStartsAt
       FROM search_index s JOIN meetings m ON m.id = s.meeting_id
       WHERE search_index MATCH ?
       ORDER BY bm25(search_index, 0, 0, 0, 2.0, 1.0), m.starts_at DESC
       LIMIT ?`,
    )
    .all(query, limit) as HitRow[];
}

/**
 * Too many matches to rank: the newest `limit` of each rowid range (the index walks them newest first and
 * stops), then all of them by meeting date, newest first. Snippets are made for these rows only.
 */
export function newestHits(db: Db, query: string, limit: number): HitRow[] {
  const statement = db.prepare(
    `SELECT w.kind, w.meetingId, w.agendaItemId, w.title, w.body, m.title AS meetingTitle, m.starts_at AS meetingStartsAt, w.id AS rowid
     FROM (SELECT rowid AS id, kind, meeting_id AS meetingId, agenda_item_id AS agendaItemId, ${HIT_COLUMNS}
           FROM search_index WHERE search_index MATCH :query AND rowid >= :from AND rowid < :to
           ORDER BY rowid DESC LIMIT :limit) w
     JOIN meetings m ON m.id = w.meetingId`,
  );
  const rows = ROWID_RANGES.flatMap(([from, to]) => statement.all({ query, from, to, limit }) as HitRow[]);
  rows.sort((a, b) => b.meetingStartsAt.localeCompare(a.meetingStartsAt) || b.rowid - a.rowid);
  return rows.slice(0, limit);
}
