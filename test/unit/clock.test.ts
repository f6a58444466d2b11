// One clock: CoreOptions.now reaches the services through the handlers, so rows and exports carry its time.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../../main/core/core';
import { nowIso } from '../../main/core/clock';
import { PROFILE_PATH } from '../helpers/paths';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function coreAt(time: string): Core {
  const dir = mkdtempSync(join(tmpdir(), 'coalitietafel-clock-'));
  dirs.push(dir);
  return openCore({ dataFile: join(dir, 'coalitietafel.sqlite'), profilePath: PROFILE_PATH, log: () => {}, now: () => new Date(time) });
}

async function call(core: Core, channel: Parameters<Core['dispatch']>[0], input: unknown) {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as never;
}

describe('the core clock', () => {
  it('stamps what the services write with CoreOptions.now, not the machine time', async () => {
    const core = coreAt('2031-04-05T06:07:08.000Z');
    const meeting: { id: number } = await call(core, 'meetings:create', {
      body: 'coalitie',
      title: 'Coalitieoverleg',
      startsAt: '2031-05-01T19:30',
      place: 'Stadhuis',
      chairId: null,
      notulistId: null,
    });
    const stamps = core.db.prepare('SELECT created_at, updated_at FROM meetings WHERE id = ?').get(meeting.id);
    expect(stamps).toEqual({ created_at: '2031-04-05T06:07:08.000Z', updated_at: '2031-04-05T06:07:08.000Z' });
    core.close();
  });

  it('dates a report with CoreOptions.now', async () => {
    const core = coreAt('2031-04-05T06:07:08.000Z');
    const report: { generatedAt: string } = await call(core, 'reports:preview', { layer: 1, year: 2031 });
    expect(report.generatedAt).toBe('2031-04-05T06:07:08.000Z');
    core.close();
  });

  it('is the real time outside a handler', () => {
    const before = Date.now();
    const stamp = Date.parse(nowIso());
    expect(stamp).toBeGreaterThanOrEqual(before);
    expect(stamp).toBeLessThanOrEqual(Date.now());
  });
});
