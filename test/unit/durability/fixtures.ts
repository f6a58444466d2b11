// Real cores on real files for the durability tests, and a small archive with adopted minutes in it.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core, type CoreOptions } from '../../../main/core/core';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';
import { PROFILE_PATH } from '../../helpers/paths';

export { PROFILE_PATH };

export type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/** Calls a channel and returns its value; an error result fails the test with its Dutch message. */
export function caller(core: Pick<Core, 'dispatch'>): Call {
  return async (channel, input) => {
    const result = await core.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.value as never;
  };
}

const dirs: string[] = [];

export function tempDir(prefix = 'coalitietafel-durability-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function openTestCore(dir: string, options: Partial<CoreOptions> = {}): Core {
  return openCore({ dataFile: join(dir, 'coalitietafel.sqlite'), profilePath: PROFILE_PATH, log: () => {}, userName: 'notulist-test', ...options });
}

export const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Every row of every table except FTS5's internal shadow tables (their bytes depend on insert history). */
export function logicalSnapshot(db: Database.Database): Record<string, string[]> {
  const tables = db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') ORDER BY name").pluck().all() as string[];
  const result: Record<string, string[]> = {};
  for (const name of tables) {
    if (name.startsWith('sqlite_') && name !== 'sqlite_sequence') continue;
    const rows = db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).all();
    result[name] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return result;
}

export interface Archive {
  adopted: { id: number; title: string }[];
  open: { id: number };
  decisionItemId: number;
}

/**
 * Two meetings whose minutes are adopted (each with decisions, all seven vinkjes answered, attendance,
 * an action and, for the first, a correction) and a third meeting still open.
 */
export async function buildArchive(call: Call): Promise<Archive> {
  const coalition = await call('coalition:list', {});
  const people = coalition.flatMap((o) => o.people);
  const chair = people.find((p) => p.role === 'voorzitter')!;
  const meeting = (title: string, startsAt: string) =>
    call('meetings:create', { body: 'coalitie', title, startsAt, place: 'Stadhuis Groningen', chairId: chair.id, notulistId: null });

  const m1 = await meeting('Coalitieoverleg maart', '2026-03-12T19:30');
  const m2 = await meeting('Coalitieoverleg juni', '2026-06-11T19:30');
  const m3 = await meeting('Coalitieoverleg oktober', '2026-10-08T19:30');
  let decisionItemId = 0;
  for (const [m, topic] of [
    [m1, 'Brugfunctionarissen in Beijum'],
    [m2, 'Stratenaanpak Selwerd'],
  ] as const) {
    const item = await call('agenda:add', { meetingId: m.id, kind: 'besluit', title: topic, proposal: `Voorstel: ${topic}.`, wijkIds: ['beijum'] });
    if (decisionItemId === 0) decisionItemId = item.id;
    for (const [index, vinkje] of m.checklist.items.entries()) {
      await call('reviews:answer', {
        agendaItemId: item.id,
        checklistItemId: vinkje.id,
        answer: index === 3 ? 'deels' : 'ja',
        explanation: index === 3 ? 'Bewoners van de Beijumkamer zijn gevraagd; de jongeren nog niet.' : '',
      });
    }
    await call('decisions:decide', { agendaItemId: item.id, outcome: 'aangenomen', text: `Besloten: ${topic}.` });
    await call('attendance:set', { meetingId: m.id, personId: chair.id, status: 'aanwezig' });
    await call('actions:create', { meetingId: m.id, agendaItemId: item.id, description: `Uitwerken: ${topic}`, dueDate: '2026-12-01' });
    await call('meetings:setStatus', { id: m.id, status: 'gehouden' });
  }
  await call('minutes:adopt', { meetingId: m1.id, atMeetingId: m2.id, corrections: 'De naam van de inleider is gecorrigeerd.' });
  await call('minutes:adopt', { meetingId: m2.id, atMeetingId: m3.id });
  await call('agenda:add', { meetingId: m3.id, kind: 'bespreking', title: 'Koers: zijn we nog op de goede weg?', description: 'Ëén ñ ü — “quotes” \u2028 emoji 🎉' });
  await call('milestones:create', { date: '2026-11-15', title: 'Wijkfeest Selwerd' });
  return {
    adopted: [
      { id: m1.id, title: m1.title },
      { id: m2.id, title: m2.title },
    ],
    open: { id: m3.id },
    decisionItemId,
  };
}
