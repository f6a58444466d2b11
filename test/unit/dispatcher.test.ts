import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../shared/contract';
import { CHANNEL_NAMES } from '../../shared/channels';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { snapshot } from '../helpers/db-snapshot';
import { meetingWithTwoDecisions } from '../helpers/meeting-fixture';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

describe('contract', () => {
  it('lists the same channels for the preload as the contract declares', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual([...CHANNELS].sort());
  });

  it('names channels feature:verb', () => {
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });
});

describe('dispatcher', () => {
  it('answers an unknown channel with a Dutch error and writes nothing', async () => {
    const before = snapshot(core.db);
    for (const name of ['meetings:drop', '__proto__', 'constructor', 'toString', '', 'profile:get ']) {
      const result = await core.dispatch(name, {});
      expect(result).toEqual({ ok: false, error: { code: 'unknown-channel', message: expect.stringMatching(/Onbekende opdracht/) } });
    }
    expect(snapshot(core.db)).toEqual(before);
  });

  it('rejects malformed input on every channel with a Dutch message and writes nothing', async () => {
    await meetingWithTwoDecisions(core);
    const before = snapshot(core.db);
    const malformed: unknown[] = [null, 42, 'x', [], { id: 'een' }, { id: -1 }, { id: 1.5 }, { unexpected: true }];
    for (const channel of CHANNELS) {
      for (const input of malformed) {
        const result = await core.dispatch(channel, input);
        // A channel without required fields accepts null/{} as "no input"; everything else is refused.
        if (result.ok) {
          expect(contract[channel].input.safeParse(input ?? {}).success, `${channel} ${JSON.stringify(input)}`).toBe(true);
          continue;
        }
        // Interventions have text ids: { id: 'een' } is well-formed there and simply not found.
        if (result.error.code === 'not-found' && contract[channel].input.safeParse(input ?? {}).success) continue;
        expect(result.error.code, `${channel} ${JSON.stringify(input)}`).toBe('invalid-input');
        expect(result.error.message).toMatch(/^Ongeldige invoer; er is niets gewijzigd\./);
        expect(result.error.message).not.toMatch(/Expected|Invalid input|Required/);
      }
    }
    expect(snapshot(core.db)).toEqual(before);
  });

  it('rejects oversized text and impossible dates with clear messages', async () => {
    const before = snapshot(core.db);
    const base = { body: 'coalitie', title: 'Overleg', place: 'Stadhuis', chairId: null, notulistId: null };
    const cases: [unknown, RegExp][] = [
      [{ ...base, startsAt: '2026-02-30T10:00' }, /bestaat niet/],
      [{ ...base, startsAt: '1899-01-01T10:00' }, /2000–2100/],
      [{ ...base, startsAt: '2026-01-01T25:00' }, /bestaat niet/],
      [{ ...base, startsAt: 'morgen' }, /JJJJ-MM-DD/],
      [{ ...base, startsAt: '2026-01-01T10:00', title: 'x'.repeat(201) }, /hoogstens 200 tekens/],
      [{ ...base, startsAt: '2026-01-01T10:00', title: '   ' }, /mag niet leeg zijn/],
    ];
    for (const [input, message] of cases) {
      const result = await core.dispatch('meetings:create', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect(snapshot(core.db)).toEqual(before);
  });

  it('says a number from JSON that is infinite (1e400) is not a valid number, instead of "verwacht getal, ontving getal"', async () => {
    const result = await core.dispatch('meetings:get', JSON.parse('{"id":1e400}'));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/Het nummer: dit getal is te groot of te klein om te verwerken \(geen eindig getal\)\./) } });
    if (!result.ok) expect(result.error.message).not.toMatch(/ontving getal/);
  });

  it('maps a missing row to a Dutch not-found error', async () => {
    const result = await core.dispatch('meetings:get', { id: 999 });
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'Deze vergadering bestaat niet (meer).' } });
  });
});
