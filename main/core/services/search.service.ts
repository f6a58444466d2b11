// One search over decisions, agenda items, notes, vinkje toelichtingen and actions, across all years.
import type { Db } from '../store/connection';
import type { HighlightedText, SearchHit, SearchKind } from '../../../shared/domain';

const OPEN = '\u0001';
const CLOSE = '\u0002';

/**
 * Builds an FTS5 query: every word (of at least three characters, the trigram minimum) must occur,
 * each quoted so that user input is never read as query syntax.
 */
export function toFtsQuery(q: string): string | null {
  const words = q
    // Control characters (NUL above all) end an FTS5 string early; they are never part of a word.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .normalize('NFC')
    .split(/[\s"'.,;:!?()[\]{}*^+\-/\\]+/u)
    .filter((w) => [...w].length >= 3);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ');
}

export function splitHighlights(marked: string): HighlightedText {
  const parts: HighlightedText = [];
  const re = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, 'gu');
  let last = 0;
  for (const m of marked.matchAll(re)) {
    if (m.index > last) parts.push({ text: marked.slice(last, m.index), match: false });
    parts.push({ text: m[1]!, match: true });
    last = m.index + m[0].length;
  }
  if (last < marked.length) parts.push({ text: marked.slice(last), match: false });
  return parts.filter((p) => p.text !== '');
}

/**
 * Trigram snippets start and end mid-word; trim the plain ends back to whole words so the excerpt
 * reads as Dutch ("…de bewonersparticipatie in Beijum…"), never cutting a highlighted match.
 */
export function trimToWords(parts: HighlightedText): HighlightedText {
  if (parts.length === 0) return parts;
  const out = parts.map((p) => ({ ...p }));
  const first = out[0]!;
  if (!first.match && first.text.startsWith('…')) {
    const rest = first.text.slice(1);
    const space = rest.search(/\s/);
    first.text = space >= 0 ? `…${rest.slice(space + 1)}` : '…';
  }
  const last = out[out.length - 1]!;
  if (!last.match && last.text.endsWith('…')) {
    const body = last.text.slice(0, -1);
    const space = body.search(/\s\S*$/);
    last.text = space >= 0 ? `${body.slice(0, space)}…` : '…';
  }
  return out.filter((p) => p.text !== '');
}

interface HitRow {
  kind: SearchKind;
  meetingId: number;
  agendaItemId: number | null;
  title: string;
  snippet: string;
  meetingTitle: string;
  meetingStartsAt: string;
}

/**
 * Up to this many matches, every match is ranked by relevance (bm25). A word that occurs in nearly every
 * decision of twenty years ("bewoners": some 19,000 matches) would cost 40–75 ms to rank that way — bm25 must
 * score every match — so above it the newest matches of each part of the index are shown, newest first.
 */
export const RANKED_MATCH_LIMIT = 2_000;

// The index's rowid ranges (see migration 0003-search): agenda items (agendapunt, aantekening, besluit) below
// 2^32, vinkje toelichtingen from 2^32, actions from 2^33. Rowids grow with time within each range.
const ROWID_RANGES: readonly (readonly [number, number])[] = [
  [0, 2 ** 32],
  [2 ** 32, 2 ** 33],
  [2 ** 33, Number.MAX_SAFE_INTEGER],
];

const HIT_COLUMNS = `highlight(search_index, 3, '${OPEN}', '${CLOSE}') AS title,
              snippet(search_index, 4, '${OPEN}', '${CLOSE}', '…', 24) AS snippet`;

export function search(db: Db, input: { q: string; limit?: number | undefined }): SearchHit[] {
  const query = toFtsQuery(input.q);
  if (query === null) return [];
  const limit = input.limit ?? 50;
  // Counting stops at the limit, so this costs little however common the word is.
  const matches = db
    .prepare('SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT ?)')
    .pluck()
    .get(query, RANKED_MATCH_LIMIT + 1) as number;
  const rows = matches <= RANKED_MATCH_LIMIT ? rankedHits(db, query, limit) : newestHits(db, query, limit);
  return rows.map((r) => ({
    kind: r.kind,
    meetingId: r.meetingId,
    meetingTitle: r.meetingTitle,
    meetingStartsAt: r.meetingStartsAt,
    agendaItemId: r.agendaItemId,
    title: r.title.replaceAll(OPEN, '').replaceAll(CLOSE, ''),
    snippet: trimToWords(splitHighlights(r.snippet || r.title)),
  }));
}

/** Every match ranked: bm25 with the title counting double (the unindexed columns get no weight), then newest. */
function rankedHits(db: Db, query: string, limit: number): HitRow[] {
  return db
    .prepare(
      `SELECT s.kind, s.meeting_id AS meetingId, s.agenda_item_id AS agendaItemId, ${HIT_COLUMNS},
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
function newestHits(db: Db, query: string, limit: number): HitRow[] {
  const statement = db.prepare(
    `SELECT w.kind, w.meetingId, w.agendaItemId, w.title, w.snippet, m.title AS meetingTitle, m.starts_at AS meetingStartsAt, w.id
     FROM (SELECT rowid AS id, kind, meeting_id AS meetingId, agenda_item_id AS agendaItemId, ${HIT_COLUMNS}
           FROM search_index WHERE search_index MATCH :query AND rowid >= :from AND rowid < :to
           ORDER BY rowid DESC LIMIT :limit) w
     JOIN meetings m ON m.id = w.meetingId`,
  );
  const rows = ROWID_RANGES.flatMap(([from, to]) => statement.all({ query, from, to, limit }) as (HitRow & { id: number })[]);
  rows.sort((a, b) => b.meetingStartsAt.localeCompare(a.meetingStartsAt) || b.id - a.id);
  return rows.slice(0, limit).map(({ id: _id, ...row }) => row);
}
