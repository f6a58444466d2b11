// One search over decisions, agenda items, notes, vinkje toelichtingen and actions, across all years.
import type { Db } from '../store/connection';
import type { HighlightedText, SearchHit } from '../../../shared/domain';
import { CLOSE, OPEN, countMatches, newestHits, rankedHits } from '../store/search.repo';


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

/**
 * Up to this many matches, every match is ranked by relevance (bm25). A word that occurs in nearly every
 * decision of twenty years ("bewoners": some 19,000 matches) would cost 40–75 ms to rank that way — bm25 must
 * score every match — so above it the newest matches of each part of the index are shown, newest first.
 */
export const RANKED_MATCH_LIMIT = 2_000;

export function search(db: Db, input: { q: string; limit?: number | undefined }): SearchHit[] {
  return searchIndexed(db, input).map(({ rowid: _rowid, ...hit }) => hit);
}

/** The same hits, each with the index rowid that says which row it came from (the inzage acts on that row). */
export function searchIndexed(db: Db, input: { q: string; limit?: number | undefined }): (SearchHit & { rowid: number })[] {
  const query = toFtsQuery(input.q);
  if (query === null) return [];
  const limit = input.limit ?? 50;
  // Counting stops at the limit, so this costs little however common the word is.
  const matches = countMatches(db, query, RANKED_MATCH_LIMIT + 1);
  const rows = matches <= RANKED_MATCH_LIMIT ? rankedHits(db, query, limit) : newestHits(db, query, limit);
  return rows.map((r) => ({
    rowid: r.rowid,
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
