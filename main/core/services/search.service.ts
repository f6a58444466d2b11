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

/** About this many words around the matches: enough to read what was said, short enough to scan a list. */
export const SNIPPET_WORDS = 20;

interface Word {
  text: string;
  match: boolean;
}

/** The text's words (runs of non-space), each marked when any of its characters lies inside a match. */
function wordsOf(marked: string): Word[] {
  const words: Word[] = [];
  let text = '';
  let match = false;
  let inside = false;
  const flush = () => {
    if (text) words.push({ text, match });
    text = '';
    match = false;
  };
  for (const ch of marked) {
    if (ch === OPEN) inside = true;
    else if (ch === CLOSE) inside = false;
    else if (/\s/u.test(ch)) flush();
    else {
      text += ch;
      match ||= inside;
    }
  }
  flush();
  return words;
}

/** A matched word highlighted whole, its surrounding punctuation ("(buurtteams),") left plain. */
function wordParts(word: Word): HighlightedText {
  if (!word.match) return [{ text: word.text, match: false }];
  const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word.text)!;
  return [
    { text: m[1]!, match: false },
    { text: m[2] || word.text, match: true },
    { text: m[2] ? m[3]! : '', match: false },
  ];
}

/**
 * The excerpt shown under a hit: about `size` whole words from text whose matches are marked, placed where
 * the most matched words fall (the first such place), with a few words before the first of them. Matches
 * (trigram pieces like "buu") are widened to the whole word; "…" says the text goes on.
 */
export function snippetAround(marked: string, size = SNIPPET_WORDS): HighlightedText {
  const words = wordsOf(marked);
  if (words.length === 0) return [];
  const lead = Math.floor(size / 3);
  let bestStart = 0;
  let bestScore = -1;
  words.forEach((w, i) => {
    if (!w.match) return;
    const start = Math.max(0, Math.min(i - lead, words.length - size));
    const score = words.slice(start, start + size).filter((x) => x.match).length;
    if (score > bestScore) {
      bestScore = score;
      bestStart = start;
    }
  });
  const end = Math.min(words.length, bestStart + size);
  const parts: HighlightedText = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.match === match && !match) last.text += text;
    else parts.push({ text, match });
  };
  if (bestStart > 0) push('…', false);
  words.slice(bestStart, end).forEach((w, i) => {
    if (i > 0) push(' ', false);
    for (const p of wordParts(w)) push(p.text, p.match);
  });
  if (end < words.length) push('…', false);
  return parts;
}

const hasMatch = (marked: string) => marked.includes(OPEN);
const plain = (marked: string) => marked.replaceAll(OPEN, '').replaceAll(CLOSE, '');

/** An action's text as its title: its first words, whole. */
function actionTitle(text: string, size = 12): string {
  const words = text.trim().split(/\s+/u);
  return words.length <= size ? words.join(' ') : `${words.slice(0, size).join(' ')}…`;
}

interface HitRow {
  kind: SearchKind;
  meetingId: number;
  agendaItemId: number | null;
  title: string;
  body: string;
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

// The whole title and body with every match marked: FTS5's own snippet() counts trigram tokens, so its window
// would be a few characters; the excerpt is cut from the body here, in whole words.
const HIT_COLUMNS = `highlight(search_index, 3, '${OPEN}', '${CLOSE}') AS title,
              highlight(search_index, 4, '${OPEN}', '${CLOSE}') AS body`;

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
    // An action has no title of its own (the index calls each "Actie"): its text is what one looks for.
    title: r.kind === 'actie' ? actionTitle(plain(r.body)) : plain(r.title),
    // The excerpt comes from where the words were found: the body, or (a vinkje's question, say) the title.
    snippet: snippetAround(hasMatch(r.body) || !hasMatch(r.title) ? r.body || r.title : r.title),
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
    `SELECT w.kind, w.meetingId, w.agendaItemId, w.title, w.body, m.title AS meetingTitle, m.starts_at AS meetingStartsAt, w.id
     FROM (SELECT rowid AS id, kind, meeting_id AS meetingId, agenda_item_id AS agendaItemId, ${HIT_COLUMNS}
           FROM search_index WHERE search_index MATCH :query AND rowid >= :from AND rowid < :to
           ORDER BY rowid DESC LIMIT :limit) w
     JOIN meetings m ON m.id = w.meetingId`,
  );
  const rows = ROWID_RANGES.flatMap(([from, to]) => statement.all({ query, from, to, limit }) as (HitRow & { id: number })[]);
  rows.sort((a, b) => b.meetingStartsAt.localeCompare(a.meetingStartsAt) || b.id - a.id);
  return rows.slice(0, limit).map(({ id: _id, ...row }) => row);
}
