// Stores for the Beheer and rescue component tests: adopted minutes to check the chain of, and a real
// store with a good backup whose file is then damaged, so a real core opens it in rescue mode.
// (test/unit/durability/fixtures.ts resolves its paths with import.meta.url, which happy-dom's URL refuses.)
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../main/core/core';
import type { Channel, ChannelInput, ChannelOutput, CoalitieApi } from '../../shared/contract';
import type { TestCore } from './harness';

type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

const PROFILE = 'resources/groningen-noord.profile.json';

/** Two coalition meetings, held and decided, whose minutes are adopted; a third still open. */
export async function adoptedMinutes(call: Call) {
  const people = (await call('coalition:list', {})).flatMap((o) => o.people);
  const chair = people.find((p) => p.role === 'voorzitter')!;
  const meeting = (title: string, startsAt: string) =>
    call('meetings:create', { body: 'coalitie', title, startsAt, place: 'Stadhuis Groningen', chairId: chair.id, notulistId: null });
  const m1 = await meeting('Coalitieoverleg maart', '2026-03-12T19:30');
  const m2 = await meeting('Coalitieoverleg juni', '2026-06-11T19:30');
  const m3 = await meeting('Coalitieoverleg oktober', '2026-10-08T19:30');
  const decisionItems: number[] = [];
  for (const [m, topic] of [
    [m1, 'Brugfunctionarissen in Beijum'],
    [m2, 'Stratenaanpak Selwerd'],
  ] as const) {
    const item = await call('agenda:add', { meetingId: m.id, kind: 'besluit', title: topic, proposal: `Voorstel: ${topic}.` });
    decisionItems.push(item.id);
    for (const vinkje of m.checklist.items) {
      await call('reviews:answer', { agendaItemId: item.id, checklistItemId: vinkje.id, answer: 'ja', explanation: '' });
    }
    await call('decisions:decide', { agendaItemId: item.id, outcome: 'aangenomen', text: `Besloten: ${topic}.` });
    await call('meetings:setStatus', { id: m.id, status: 'gehouden' });
  }
  await call('minutes:adopt', { meetingId: m1.id, atMeetingId: m2.id });
  await call('minutes:adopt', { meetingId: m2.id, atMeetingId: m3.id });
  return { adopted: [m1, m2], open: m3, decisionItems };
}

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, bytes, 0, bytes.length, offset);
  closeSync(fd);
}

function testCoreFor(core: ReturnType<typeof openCore>, dir: string): TestCore {
  const api = new Proxy({}, { get: (_, ch) => (input: unknown) => core.dispatch(String(ch), input) }) as CoalitieApi;
  return {
    core,
    api,
    async call(channel, input) {
      const result = await core.dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as never;
    },
    close() {
      try {
        core.close();
      } catch {
        // already closed
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A store with a meeting (and an agenda item) and a milestone, a good backup of it, closed, and then
 * damaged: a flipped byte in the SQLite header ("SQLite format 3" → "RQLite…"; nothing can be read), or
 * the agenda items' b-tree page overwritten (the rest can still be read). The real core opens it in
 * rescue mode.
 */
export async function damagedStore(damage: 'header' | 'page' = 'header') {
  const dir = mkdtempSync(join(tmpdir(), 'ct-rescue-'));
  const dataFile = join(dir, 't.sqlite');
  const first = openCore({ dataFile, profilePath: PROFILE, log: () => {} });
  const good = testCoreFor(first, dir);
  const meeting = await good.call('meetings:create', {
    body: 'coalitie',
    title: 'Coalitieoverleg voor de schade',
    startsAt: '2026-12-03T19:30',
    place: 'Stadhuis Groningen',
    chairId: null,
    notulistId: null,
  });
  await good.call('agenda:add', { meetingId: meeting.id, kind: 'besluit', title: 'Brugfunctionarissen Beijum' });
  await good.call('milestones:create', { date: '2026-11-15', title: 'Wijkfeest Selwerd' });
  const backup = await good.call('backups:create', {});
  const pageSize = first.db.pragma('page_size', { simple: true }) as number;
  const agendaRoot = first.db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'agenda_items'").pluck().get() as number;
  first.close();
  if (damage === 'header') overwrite(dataFile, 0, Buffer.from([0x53 ^ 0x01]));
  else overwrite(dataFile, (agendaRoot - 1) * pageSize, Buffer.alloc(pageSize, 0xa5));
  const t = testCoreFor(openCore({ dataFile, profilePath: PROFILE, log: () => {} }), dir);
  return { t, dataFile, meeting, backup };
}
