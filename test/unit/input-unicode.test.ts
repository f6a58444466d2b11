// Text that cannot be stored as it was typed is refused at the contract with a Dutch message, instead of being kept
// as "\uFFFD"; numbers JSON can write but a double cannot hold get a message that names the cause.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebHost } from '../../main/web/server';
import { isWellFormed } from '../../shared/schemas';
import { signIn } from '../helpers/web-sign-in';
import { snapshot } from '../helpers/db-snapshot';
import { tempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

const LONE = ['\uD800', '\uDFFF', 'abc\uD83D', '\uDE00abc', 'a\uDC00\uD800b'];

describe('ill-formed text', () => {
  it('tells well-formed from ill-formed UTF-16', () => {
    for (const s of LONE) expect(isWellFormed(s), JSON.stringify(s)).toBe(false);
    for (const s of ['', 'café', 'Beijum 😀 Selwerd', '𝔊𝔯𝔬𝔫𝔦𝔫𝔤𝔢𝔫', '\uD83D\uDE00']) expect(isWellFormed(s), s).toBe(true);
  });

  it('is refused in titles, free text and search with a Dutch message, and nothing is written', async () => {
    const people = (await core.call('coalition:list', {})).flatMap((o) => o.people);
    const meeting = await core.call('meetings:create', {
      body: 'coalitie',
      title: 'Overleg 😀',
      startsAt: '2026-12-03T19:30',
      place: 'Beijum',
      chairId: people[0]!.id,
      notulistId: people[1]!.id,
    });
    const item = await core.call('agenda:add', { meetingId: meeting.id, kind: 'bespreking', title: 'Punt' });
    const before = snapshot(core.db);
    for (const bad of LONE) {
      const calls: [string, unknown][] = [
        ['agenda:add', { meetingId: meeting.id, kind: 'bespreking', title: `Punt ${bad}` }],
        ['agenda:setNotes', { id: item.id, notes: `Aantekening ${bad}` }],
        ['milestones:create', { date: '2027-01-01', title: 'Mijlpaal', description: bad }],
        ['organisations:create', { name: `Buurthuis ${bad}` }],
        ['search:query', { q: `zoek ${bad}` }],
      ];
      for (const [channel, input] of calls) {
        const result = await core.dispatch(channel, input);
        expect(result, `${channel} ${JSON.stringify(bad)}`).toEqual({
          ok: false,
          error: { code: 'invalid-input', message: expect.stringMatching(/bevat een half teken .* niet kan worden opgeslagen/) },
        });
      }
    }
    expect(snapshot(core.db)).toEqual(before);
    // A whole emoji is text like any other and comes back unchanged.
    expect((await core.call('meetings:get', { id: meeting.id })).title).toBe('Overleg 😀');
  });
});

describe('numbers JSON can write but not hold', () => {
  it('names the cause instead of "verwacht getal, ontving getal"', async () => {
    for (const body of ['{"id":1e400}', '{"id":-1e400}']) {
      const result = await core.dispatch('meetings:get', JSON.parse(body));
      expect(result, body).toEqual({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringMatching(/Het nummer: dit getal is te groot of te klein om te verwerken/) },
      });
      if (!result.ok) expect(result.error.message).not.toMatch(/verwacht getal, ontving getal/);
    }
  });

  it('says so over the web host too, where the raw JSON arrives', async () => {
    const dist = join(core.dir, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Coalitietafel</title>');
    const host = await startWebHost({ core, distDir: dist });
    try {
      const session = await signIn(host.url);
      const body = await new Promise<string>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port: host.port, method: 'POST', path: '/rpc/meetings:get', headers: { ...session.headers, 'Content-Type': 'application/json' } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
          },
        );
        req.on('error', reject);
        req.end('{"id":1e400}');
      });
      expect(JSON.parse(body)).toEqual({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringMatching(/Het nummer: dit getal is te groot of te klein om te verwerken/) },
      });
    } finally {
      await host.close();
    }
  });
});
