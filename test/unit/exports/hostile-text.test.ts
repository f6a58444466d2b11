// What users type reaches the exported documents as the text it is: in Markdown it cannot become a heading, list,
// link, image or HTML, and bidirectional controls cannot make a PDF, DOCX or Markdown viewer show it in another
// order. Built through the contract on a real store, exported through the channels the app calls.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../../helpers/temp-core';
import { fromBase64, readDocx, readPdf } from './read-back';

const HOSTILE = [
  'Gewone zin met een ster * en een _liggend streepje_.',
  '# Vervalst kopje',
  '## Nog een kopje ##',
  '- vervalst lijstpunt',
  '+ ander lijstpunt',
  '12. genummerd punt',
  '3) ook genummerd',
  '> citaat',
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '[klik hier](javascript:alert(1))',
  '![pixel](https://evil.example/p.png)',
  '<https://evil.example/>',
  '    ingesprongen als code',
  '===',
  '---',
  '| a | b |',
  '~~doorgehaald~~ `code` &lt;b&gt;',
].join('\n');

// Each typed line as it must appear in the Markdown: escaped, and ending in a hard line break except the last.
const ESCAPED = [
  'Gewone zin met een ster \\* en een \\_liggend streepje\\_.',
  '\\# Vervalst kopje',
  '\\## Nog een kopje ##',
  '\\- vervalst lijstpunt',
  '\\+ ander lijstpunt',
  '12\\. genummerd punt',
  '3\\) ook genummerd',
  '\\> citaat',
  '\\<script\\>alert(1)\\</script\\>',
  '\\<img src=x onerror="alert(1)"\\>',
  '\\[klik hier\\](javascript:alert(1))',
  '!\\[pixel\\](https://evil.example/p.png)',
  '\\<https://evil.example/\\>',
  '&#32;   ingesprongen als code',
  '\\===',
  '\\---',
  '\\| a \\| b \\|',
  '\\~\\~doorgehaald\\~\\~ \\`code\\` \\&lt;b\\&gt;',
];

const RLO = '\u202E';
const PDF_TITLE = `Besluit ${RLO}Beijum 2027\u202C en verder`;

let core: TempCore;
let dir: string;
let meetingId: number;

async function exportText(channel: 'minutes:export' | 'agenda:export', format: 'md' | 'pdf' | 'docx') {
  return core.call(channel, { meetingId, format });
}

beforeAll(async () => {
  core = tempCore();
  dir = mkdtempSync(join(tmpdir(), 'coalitietafel-hostile-'));
  const people = (await core.call('coalition:list', {})).flatMap((o) => o.people);
  const meeting = await core.call('meetings:create', {
    body: 'coalitie',
    title: `Overleg <img src=x onerror=alert(1)> ${RLO}draaiend${'\u202C'}`,
    startsAt: '2026-12-03T19:30',
    place: '[Wijkcentrum](javascript:alert(1))',
    chairId: people[0]!.id,
    notulistId: people[1]!.id,
  });
  meetingId = meeting.id;
  const item = await core.call('agenda:add', {
    meetingId,
    kind: 'bespreking',
    title: PDF_TITLE,
    description: HOSTILE,
  });
  await core.call('agenda:setNotes', { id: item.id, notes: HOSTILE });
  await core.call('actions:create', { meetingId, agendaItemId: item.id, description: '# Kop in een cel | <b>vet</b>\n- lijst' });
});

afterAll(() => {
  core?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

/** Lines outside the tables that a Markdown parser would open a block with, other than the export's own. */
function blockStarts(md: string): string[] {
  return md.split('\n').filter((line) => /^(#|>|[-+*] |\d+[.)]|=+$|-+$| {4}|\t)/.test(line));
}

describe('Markdown export of hostile text', () => {
  it('escapes a toelichting line by line, so nothing in it becomes a heading, list, link, image or HTML', async () => {
    for (const channel of ['minutes:export', 'agenda:export'] as const) {
      const md = fromBase64((await exportText(channel, 'md')).base64);
      expect(md, channel).toContain(ESCAPED.join('  \n'));
      // Nothing of the typed text opens a block: every block start is the export's own.
      for (const line of blockStarts(md)) {
        expect(line, `${channel}: ${line}`).toMatch(/^(# (Notulen|Conceptnotulen|Agenda) — |## \d+\. |## (Besluitenlijst|Actielijst)$|### |---$|- \*\*|- [A-Z])/);
      }
      // No raw HTML, autolink, link or image anywhere: every "<" is escaped except the cells' own <br>.
      expect(md.replace(/<br>/g, ''), channel).not.toMatch(/(^|[^\\])</m);
      expect(md, channel).not.toMatch(/(^|[^\\])\]\(/m);
      expect(md, channel).not.toMatch(/(^|[^\\])!\[/m);
    }
  });

  it('escapes titles, places and table cells on one line', async () => {
    const md = fromBase64((await exportText('minutes:export', 'md')).base64);
    expect(md).toContain('# Conceptnotulen — Overleg \\<img src=x onerror=alert(1)\\> draaiend\n');
    expect(md).toContain('- **Plaats:** \\[Wijkcentrum\\](javascript:alert(1))\n');
    expect(md).toContain('## 1. Besluit Beijum 2027 en verder\n');
    expect(md).toContain('| 1 | # Kop in een cel \\| \\<b\\>vet\\</b\\> - lijst | — |');
    expect(md).toContain('- Actie 1: \\# Kop in een cel \\| \\<b\\>vet\\</b\\> - lijst (open');
  });
});

describe('bidirectional controls in exports', () => {
  it('are left out of Markdown and DOCX, so a right-to-left override cannot reverse a title', async () => {
    const md = fromBase64((await exportText('minutes:export', 'md')).base64);
    expect(md).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/);

    const docx = await readDocx((await exportText('minutes:export', 'docx')).base64);
    expect(docx.documentXml).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(docx.text).toContain('Besluit Beijum 2027 en verder');
  });

  it('are left out of the PDF, which pdftotext reads back in typed order', async () => {
    for (const channel of ['minutes:export', 'agenda:export'] as const) {
      const pdf = await readPdf((await exportText(channel, 'pdf')).base64, dir, `${channel.replace(':', '-')}.pdf`);
      // As laid out on the page: with the override in it the title came out as "Besluit        Beijum2027".
      expect(pdf.layout, channel).toContain('Besluit Beijum 2027 en verder');
      expect(pdf.flat, channel).toContain('Overleg <img src=x onerror=alert(1)> draaiend');
      expect(pdf.flat, channel).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    }
  });
});
