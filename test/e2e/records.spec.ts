// The minutes as ODT, downloaded from the meeting screen the way the notulist does it, and read back through
// content.xml: every answer and toelichting of the decision is there, in a table whose header row repeats. An adopted
// meeting's archive package downloads the same way and is unpacked and verified against the live hash chain.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { strFromU8, unzipSync } from 'fflate';
import { adoptedMeeting, call, meetingWithDecision } from './arrange';
import { verifyArchivePackage } from '../../main/core/exports/archive.package';
import { blocksOf, readOdt, tablesOf } from '../helpers/odt-read-back';

const ANSWERS = [
  ['ja', 'Ervaringsdeskundigen uit Beijum schreven mee & gaven <feedback>.'],
  ['deels', 'Samenhang met Wonen is bekeken,\nmet Werken nog niet.'],
  ['ja', 'Leerpunten uit de pilot in Selwerd zijn verwerkt.'],
  ['nee', 'Bewoners zijn nog niet gevraagd of het werkt; dat volgt.'],
  ['ja', 'Het voorstel sluit aan bij het karakter van Beijum.'],
  ['deels', 'De norm is gesteld, de naleving wordt nog gemeten.'],
  ['nvt', 'Er is nog geen succes om te vieren.'],
] as const;
const LABELS = { ja: 'Ja', deels: 'Deels', nee: 'Nee', nvt: 'n.v.t.' } as const;

test('the minutes download as ODT from the meeting screen and hold every answer and toelichting', async ({ app, page }) => {
  const { meeting, decision } = await meetingWithDecision(app.core, 'Coalitieoverleg juni & juli');
  for (const [i, item] of [...meeting.checklist.items].sort((a, b) => a.position - b.position).entries()) {
    const [answer, explanation] = ANSWERS[i]!;
    await call(app.core, 'reviews:answer', { agendaItemId: decision.id, checklistItemId: item.id, answer, explanation });
  }
  await call(app.core, 'decisions:decide', { agendaItemId: decision.id, outcome: 'aangenomen', text: 'De coalitie stemt in.' });
  // Minutes are offered once the meeting has been held.
  await call(app.core, 'meetings:setStatus', { id: meeting.id, status: 'gehouden' });

  await app.open(page, `#/vergaderingen/${meeting.id}`);
  await expect(page.getByRole('heading', { name: 'Notulen exporteren' })).toBeVisible();
  const [download] = await Promise.all([
    // The first export loads its renderer: allow a busy machine more than the default ten seconds.
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: 'Exporteren als ODT (OpenDocument)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^(concept)?notulen-2027-06-24-maatschappelijke-coalitie\.odt$/);
  const odt = await readOdt(readFileSync(await download.path()));
  expect(odt.first.name).toBe('mimetype');
  expect(odt.first.content).toBe('application/vnd.oasis.opendocument.text');
  expect(odt.meta).toContain('<dc:language>nl-NL</dc:language>');

  const blocks = blocksOf(odt.content);
  expect(blocks[0]).toMatch(/^h1: (Concept)?[Nn]otulen — Coalitieoverleg juni & juli$/);
  expect(blocks).toContainEqual(expect.stringMatching(/^h2: \d+\. Uitbreiding brugfunctionarissen$/));
  const vinkjes = tablesOf(odt.content).find((t) => t.headers[0]?.join('|') === 'Nr.|Vraag|Antwoord|Toelichting');
  expect(vinkjes?.rows.map((row) => [row[0], row[2], row[3]])).toEqual(
    ANSWERS.map(([answer, explanation], i) => [String(i + 1), LABELS[answer], explanation]),
  );
  expect(blocks).toContain('De coalitie stemt in.');
});

test('an adopted meeting offers its archive package, whose seal verifies and names the meeting', async ({ app, page }) => {
  const meeting = await adoptedMeeting(app.core, 'Coalitieoverleg juni');
  await app.open(page, `#/vergaderingen/${meeting.id}`);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Archiefpakket exporteren' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('archiefpakket-2027-06-24-maatschappelijke-coalitie.zip');
  const zip = new Uint8Array(readFileSync(await download.path()));
  const adopted = await call(app.core, 'meetings:get', { id: meeting.id });
  const verified = verifyArchivePackage(zip, { chainHash: adopted.adoption!.seal!.seal! });
  expect(verified.problems).toEqual([]);
  const entries = unzipSync(zip);
  expect(Object.keys(entries)).toContain('notulen-2027-06-24-maatschappelijke-coalitie.pdf');
  expect(Object.keys(entries)).toContain('besluitenlijst-2027-06-24-maatschappelijke-coalitie.pdf');
  const mdto = strFromU8(entries['notulen-2027-06-24-maatschappelijke-coalitie.mdto.xml']!);
  expect(mdto).toContain('<naam>Notulen Coalitieoverleg juni (24 juni 2027)</naam>');
  expect(mdto).toContain('<termijnLooptijd>P20Y</termijnLooptijd>');
  await expect(page.getByText('archiefpakket-2027-06-24-maatschappelijke-coalitie.zip is gedownload.')).toBeVisible();
});

test('a meeting whose minutes are not adopted offers no archive package', async ({ app, page }) => {
  const { meeting } = await meetingWithDecision(app.core, 'Coalitieoverleg juli', '2027-07-08T19:30');
  await call(app.core, 'meetings:setStatus', { id: meeting.id, status: 'gehouden' });
  await app.open(page, `#/vergaderingen/${meeting.id}`);
  await expect(page.getByRole('heading', { name: 'Notulen exporteren' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Archiefpakket exporteren' })).toHaveCount(0);
});
