// The archivist checks a package they hold on Beheer: the package downloaded from the adopted meeting passes,
// with its meeting named; a copy with one byte changed in the minutes is refused and the changed file is named.
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { test, expect } from './fixtures';
import { adoptedMeeting } from './arrange';

const MINUTES = 'notulen-2027-06-24-maatschappelijke-coalitie.pdf';

test('an archive package from the meeting screen checks out on Beheer, and a tampered copy names the changed file', async ({ app, page }) => {
  const meeting = await adoptedMeeting(app.core, 'Coalitieoverleg juni');
  await app.open(page, `#/vergaderingen/${meeting.id}`);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Archiefpakket exporteren' }).click(),
  ]);
  const zip = new Uint8Array(readFileSync(await download.path()));

  await page.goto(`${app.origin}/#/beheer`);
  const panel = page.getByRole('region', { name: 'Archiefpakket controleren' });
  // Keyboard: the file input and the button are reachable, the verdict takes the focus.
  await panel.getByLabel('Archiefpakket (ZIP)').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/zip', buffer: Buffer.from(zip) });
  await panel.getByRole('button', { name: 'Archiefpakket controleren' }).press('Enter');
  const verdict = panel.getByRole('heading', { level: 3 });
  await expect(verdict).toHaveText('Het pakket is ongewijzigd en hoort bij deze vergadering: Coalitieoverleg juni van 24 juni 2027.');
  await expect(verdict).toBeFocused();
  const checks = panel.getByRole('list', { name: 'Controles van het archiefpakket' });
  await expect(checks).toContainText(`In orde: Bestand ${MINUTES} is ongewijzigd.`);
  await expect(checks).toContainText('In orde: Het zegel staat zo in de hashketen van deze installatie');
  await expect(checks).not.toContainText('Niet in orde');
  await expect(panel.getByRole('link', { name: 'Coalitieoverleg juni' })).toHaveAttribute('href', `#/vergaderingen/${meeting.id}`);

  const entries = unzipSync(zip);
  const pdf = entries[MINUTES]!;
  const at = Math.floor(pdf.length / 2);
  pdf[at] = pdf[at]! ^ 0x01;
  await panel.getByLabel('Archiefpakket (ZIP)').setInputFiles({ name: 'gewijzigd.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync(entries)) });
  await panel.getByRole('button', { name: 'Archiefpakket controleren' }).click();
  await expect(verdict).toContainText(`Het pakket van Coalitieoverleg juni van 24 juni 2027 is niet in orde. Bestand ${MINUTES} is gewijzigd na het exporteren`);
  await expect(verdict).toBeFocused();
  await expect(checks).toContainText(`Niet in orde: Bestand ${MINUTES} is gewijzigd na het exporteren`);

  // Not a package at all: a Dutch error, and no verdict.
  await panel.getByLabel('Archiefpakket (ZIP)').setInputFiles({ name: 'notities.zip', mimeType: 'application/zip', buffer: Buffer.from('geen zip') });
  await panel.getByRole('button', { name: 'Archiefpakket controleren' }).click();
  await expect(page.getByText('Het archiefpakket is geen leesbaar ZIP-bestand.', { exact: false })).toBeVisible();
  await expect(verdict).toHaveCount(0);
});
