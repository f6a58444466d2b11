// Search when a word is everywhere: up to RANKED_MATCH_LIMIT matches every match is ranked by relevance;
// beyond it (twenty years of "bewoners") the newest matches of each kind are shown, newest first, so a search
// stays immediate however large the archive grows (issue 6). Correctness only; speed is for `npm run bench`.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RANKED_MATCH_LIMIT } from '../../main/core/services/search.service';
import { tempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

async function meeting(title: string, startsAt: string) {
  return core.call('meetings:create', { body: 'coalitie', title, startsAt, place: 'Stadhuis', chairId: null, notulistId: null });
}

/** Many actions with the word, written as the app writes them (the search triggers index each one). */
function actions(meetingId: number, count: number, text: string): void {
  const insert = core.db.prepare(
    `INSERT INTO action_items (meeting_id, description, created_at, updated_at) VALUES (?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
  );
  core.db.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(meetingId, `${text} ${i}`);
  })();
}

describe('search over many matches', () => {
  it('ranks every match by relevance while there are at most RANKED_MATCH_LIMIT', async () => {
    const m = await meeting('Coalitieoverleg', '2025-03-06T19:30');
    actions(m.id, 10, 'Wijkschouw met bewoners plannen');
    await core.call('agenda:add', { meetingId: m.id, kind: 'bespreking', title: 'Wijkschouw', description: 'Over de wijkschouw.' });
    const hits = await core.call('search:query', { q: 'wijkschouw' });
    expect(hits).toHaveLength(11);
    // The title counts double: the agenda item titled "Wijkschouw" comes first, though the actions are newer rows.
    expect(hits[0]).toMatchObject({ kind: 'agendapunt', title: 'Wijkschouw' });
  });

  it('shows the newest matches of each kind, newest meeting first, beyond RANKED_MATCH_LIMIT', async () => {
    const older = await meeting('Coalitieoverleg 2024', '2024-03-07T19:30');
    const newer = await meeting('Coalitieoverleg 2026', '2026-03-05T19:30');
    actions(older.id, RANKED_MATCH_LIMIT, 'Bewoners uitnodigen');
    await core.call('agenda:add', { meetingId: newer.id, kind: 'bespreking', title: 'Bewonersavond', description: 'Met de bewoners.' });
    actions(newer.id, 5, 'Bewoners bellen');

    const hits = await core.call('search:query', { q: 'bewoners', limit: 20 });
    expect(hits).toHaveLength(20);
    // The newer meeting's six matches (its agenda item among them, from another part of the index) come first.
    expect(hits.slice(0, 6).every((h) => h.meetingId === newer.id)).toBe(true);
    expect(hits.slice(0, 6).map((h) => h.kind)).toContain('agendapunt');
    expect(hits.slice(6).every((h) => h.meetingId === older.id)).toBe(true);
    expect(hits.every((h) => h.snippet.some((p) => p.match))).toBe(true);
  });
});
