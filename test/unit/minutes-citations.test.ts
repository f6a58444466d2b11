// The minutes list the evidence each vinkje answer cites, in all three formats.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { meetingWithTwoDecisions } from '../helpers/meeting-fixture';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

it('lists cited register entries under the vinkje they support', async () => {
  const { meeting, first } = await meetingWithTwoDecisions(core);
  const v4 = meeting.checklist.items.find((i) => i.key === 'bewoners-gevraagd')!;
  const entry = await core.call('registers:create', {
    kind: 'bewonersfeedback',
    date: '2026-09-15',
    title: 'Panelgesprek ouders Beijum',
    text: 'Ouders merken dat de brugfunctionaris helpt.',
    sourceKind: 'bewoner',
    interventionIds: ['brugfunctionaris'],
  });
  await core.call('reviews:answer', { agendaItemId: first.id, checklistItemId: v4.id, answer: 'ja', explanation: 'Ouders zijn gevraagd.' });
  await core.call('reviews:cite', { agendaItemId: first.id, checklistItemId: v4.id, registerEntryIds: [entry.id] });

  const expected = 'Aangehaald: Bewonersfeedback “Panelgesprek ouders Beijum” (15 september 2026)';
  const read = async (format: 'md' | 'docx' | 'pdf') => {
    const file = await core.call('minutes:export', { meetingId: meeting.id, format });
    const bytes = Buffer.from(file.base64, 'base64');
    if (format === 'md') return bytes.toString('utf8');
    if (format === 'docx') {
      const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
      return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    }
    const path = join(core.dir, 'notulen.pdf');
    writeFileSync(path, bytes);
    return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
  };
  for (const format of ['md', 'docx', 'pdf'] as const) {
    const text = (await read(format)).replace(/\s+/g, ' ');
    expect(text, format).toContain('Ouders zijn gevraagd.');
    expect(text, format).toContain(expected);
  }
});
