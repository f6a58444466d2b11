// The area and its themes as they develop: a new wijk or theme is added with a readable id, says the coalition
// added it, can be linked at once, refuses a second one of the same name, and can never be removed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { contract } from '../../shared/contract';
import { slugOf } from '../../main/core/services/area.service';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

describe('adding wijken and themes', () => {
  it('adds a wijk after the plan’s, linkable at once and marked as added by the coalition', async () => {
    const before = await core.call('wijken:list', {});
    const wijk = await core.call('wijken:create', { name: '  Oude Ebbinge ', identity: 'Studenten en ateliers.' });
    expect(wijk).toMatchObject({ id: 'oude-ebbinge', name: 'Oude Ebbinge', identity: 'Studenten en ateliers.', inArea: true });
    expect(wijk.caveat).toMatch(/^Niet uit het gebiedsplan: door de coalitie toegevoegd op \d+ \w+ \d{4}\.$/);
    const after = await core.call('wijken:list', {});
    expect(after.map((w) => w.id)).toEqual([...before.map((w) => w.id), 'oude-ebbinge']);
    const intervention = await core.call('interventions:create', { title: 'Atelierroute', wijkIds: ['oude-ebbinge'] });
    expect(intervention.wijkIds).toEqual(['oude-ebbinge']);
  });

  it('adds a theme with its ambitie, shown among the ambities', async () => {
    const theme = await core.call('themes:create', { name: 'Zorg, sport en gezondheid', ambition: 'Gezond opgroeien in Noord.' });
    expect(theme).toMatchObject({ id: 'zorg-sport-en-gezondheid', ambition: 'Gezond opgroeien in Noord.', status: 'thema', inferred: false });
    const ambitions = await core.call('ambitions:list', {});
    expect(ambitions.at(-1)).toMatchObject({ themeId: theme.id, themeName: 'Zorg, sport en gezondheid', text: 'Gezond opgroeien in Noord.' });
    expect((await core.call('profile:get', {})).themes.map((t) => t.id)).toContain(theme.id);
  });

  it('refuses a name already in use, in Dutch, and changes nothing', async () => {
    const [first] = await core.call('wijken:list', {});
    const count = (await core.call('wijken:list', {})).length;
    const result = await core.dispatch('wijken:create', { name: first!.name.toUpperCase() });
    expect(result).toEqual({ ok: false, error: { code: 'conflict', message: `Er is al een wijk met de naam “${first!.name.toUpperCase()}”.` } });
    expect(await core.dispatch('themes:create', { name: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await core.call('wijken:list', {})).length).toBe(count);
  });

  it('gives a free id where the name’s id is taken, and offers no way to remove', async () => {
    await core.call('wijken:create', { name: 'Wijk A' });
    const again = await core.call('wijken:create', { name: 'Wijk-A' });
    expect(again.id).toBe('wijk-a-2');
    expect(slugOf('Ça gaat  Noord!')).toBe('ca-gaat-noord');
    expect(slugOf('…')).toBe('nieuw');
    expect(Object.keys(contract).filter((c) => /^(wijken|themes):(remove|delete)/.test(c))).toEqual([]);
  });
});
