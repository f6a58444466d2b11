// The actielijst says where each action came from: a vinkje's follow-up (with its number), agreed with a
// decision, or added by hand (also between meetings, from the actielijst itself).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { meetingWithTwoDecisions } from '../helpers/meeting-fixture';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

describe('action sources', () => {
  it('lists each action with its meeting, item and source', async () => {
    const { meeting, first } = await meetingWithTwoDecisions(core);
    const opening = meeting.agenda.find((i) => i.kind === 'opening')!;
    const vinkje3 = meeting.checklist.items[2]!;
    await core.call('actions:create', { meetingId: meeting.id, agendaItemId: first.id, checklistItemId: vinkje3.id, description: 'Leerpunten ophalen' });
    await core.call('actions:create', { meetingId: meeting.id, agendaItemId: first.id, description: 'Vacature uitzetten' });
    await core.call('actions:create', { meetingId: meeting.id, agendaItemId: opening.id, description: 'Mededeling rondsturen' });
    await core.call('actions:create', { meetingId: meeting.id, description: 'Zaal reserveren' });

    const list = await core.call('actions:list', {});
    const by = (d: string) => list.find((a) => a.description === d)!;
    expect(by('Leerpunten ophalen')).toMatchObject({ source: 'vinkje', vinkjePosition: 3, agendaItemTitle: 'Uitbreiding brugfunctionarissen', meetingTitle: 'Coalitieoverleg december' });
    expect(by('Vacature uitzetten')).toMatchObject({ source: 'besluit', vinkjePosition: null, agendaItemTitle: 'Uitbreiding brugfunctionarissen' });
    expect(by('Mededeling rondsturen')).toMatchObject({ source: 'handmatig', agendaItemTitle: 'Opening' });
    expect(by('Zaal reserveren')).toMatchObject({ source: 'handmatig', agendaItemTitle: null, vinkjePosition: null });
  });
});
