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

interface HitRow {
  kind: SearchKind;
  meetingId: number;
  agendaItemId: number | null;
  title: string;
  snippet: string;
  meetingTitle: string;
  meetingStartsAt: string;
}

export function search(db: Db, input: { q: string; limit?: number | undefined }): SearchHit[] {
  const query = toFtsQuery(input.q);
  if (query === null) return [];
  // bm25 weights: title counts double; the unindexed columns get no weight.
  const rows = db
    .prepare(
      `SELECT s.kind, s.meeting_id AS meetingId, s.agenda_item_id AS agendaItemId,
              highlight(search_index, 3, '${OPEN}', '${CLOSE}') AS title,
              snippet(search_index, 4, '${OPEN}', '${CLOSE}', '…', 24) AS snippet,
              m.title AS meetingTitle, m.starts_at AS meetingStartsAt
       FROM search_index s JOIN meetings m ON m.id = s.meeting_id
       WHERE search_index MATCH ?
       ORDER BY bm25(search_index, 0, 0, 0, 2.0, 1.0), m.starts_at DESC
       LIMIT ?`,
    )
    .all(query, input.limit ?? 50) as HitRow[];
  return rows.map((r) => ({
    kind: r.kind,
    meetingId: r.meetingId,
    meetingTitle: r.meetingTitle,
    meetingStartsAt: r.meetingStartsAt,
    agendaItemId: r.agendaItemId,
    title: r.title.replaceAll(OPEN, '').replaceAll(CLOSE, ''),
    snippet: splitHighlights(r.snippet || r.title),
  }));
}
