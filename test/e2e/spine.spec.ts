// The spine of the app, as a newcomer does it in the browser: create a meeting, build an agenda with
// two decisions, run the meeting, answer all seven vinkjes for both, adopt one and hold the other,
// and export DOCX, PDF and Markdown minutes that hold every answer and toelichting.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { docxText, pdfText, squash } from './read-back';

const VINKJES = [
  'Hebben we ervaringskennis meegenomen in onze besluiten en beleid?',
  "Is er gekeken naar samenhang tussen de verschillende thema's?",
  'Hebben we onze leerpunten en successen verankerd in onze aanpak?',
  'Hebben we onze bewoners ook gevraagd of het werkt?',
  'Hebben we rekening gehouden met de identiteit van de wijk?',
  'Hebben we met elkaar een norm gesteld en houden we ons daar ook aan?',
  'Hebben we onze successen gevierd?',
];

type Answer = 'Ja' | 'Deels' | 'Nee' | 'n.v.t.';
const FIRST: [Answer, string][] = [
  ['Ja', 'Ervaringsdeskundigen uit Beijum schreven mee aan het voorstel.'],
  ['Deels', 'Samenhang met Wonen is bekeken, met Werken nog niet.'],
  ['Ja', 'Leerpunten uit de pilot in Selwerd en Paddepoel zijn verwerkt.'],
  ['Nee', 'Bewoners zijn nog niet gevraagd of het werkt; dat volgt.'],
  ['Ja', 'Het voorstel sluit aan bij het karakter van Beijum.'],
  ['Deels', 'De norm is gesteld, de naleving wordt nog gemeten.'],
  ['n.v.t.', 'Er is nog geen succes om te vieren; het project begint pas.'],
];
const SECOND: [Answer, string][] = [
  ['Nee', 'Geen ervaringsverhalen van bewoners uit Selwerd opgehaald.'],
  ['Ja', 'Thema’s Wonen en Veilig zijn in samenhang bekeken.'],
  ['Deels', 'Eén leerpunt uit de stratenaanpak is meegenomen.'],
  ['Nee', 'De straten zijn niet bevraagd.'],
  ['Deels', 'De identiteit van Selwerd vraagt meer aandacht.'],
  ['Ja', 'De norm uit het convenant geldt.'],
  ['Ja', 'Het straatfeest in de Zernikelaan is gevierd.'],
];

async function answerVinkje(page: Page, n: number, answer: Answer, toelichting: string) {
  const group = page.getByRole('group', { name: `Vinkje ${n}: ${VINKJES[n - 1]}` });
  await group.getByRole('radio', { name: answer, exact: true }).check();
  const toggle = group.getByRole('button', { name: `Toelichting bij vinkje ${n}` });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await group.getByLabel(`Toelichting bij vinkje ${n}`).fill(toelichting);
  // No save button: the answer and toelichting store themselves.
  await expect(page.getByText(/van 7 vinkjes beantwoord/)).toBeVisible();
  await expect(group.getByText('Opgeslagen', { exact: true })).toBeVisible();
  await expect(group.getByRole('radio', { name: answer, exact: true })).toBeChecked();
}

test('a newcomer runs a meeting from agenda to exported minutes', async ({ page, app }) => {
  await app.open(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Vergaderingen' })).toBeVisible();

  // 1. The programmaleider creates the meeting.
  const form = page.getByRole('region', { name: 'Nieuwe vergadering' });
  await form.getByLabel('Overleg').selectOption('coalitie');
  await form.getByLabel('Titel').fill('Coalitieoverleg december');
  await form.getByLabel('Datum en tijd').fill('2026-12-03T19:30');
  await form.getByLabel('Plaats').fill('Stadhuis Groningen');
  await expect(form.getByLabel('Voorzitter')).toHaveValue(/\d+/); // the voorzitter is preselected
  await form.getByLabel('Notulist').selectOption({ label: 'Bert Popken (Gemeente Groningen, lid)' });
  // The standard agenda is the default for the coalition; this newcomer builds one from scratch.
  await expect(form.getByRole('radio', { name: 'Standaardagenda' })).toBeChecked();
  await form.getByRole('radio', { name: 'Lege agenda' }).check();
  await form.getByRole('button', { name: 'Vergadering aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coalitieoverleg december' })).toBeVisible();

  // 2. The agenda: an opening, two decision items with links, a sluiting.
  const add = page.getByRole('form', { name: 'Nieuw agendapunt' });
  const addItem = async (kind: string, title: string, proposal?: string, links?: () => Promise<void>) => {
    await add.getByLabel('Soort').selectOption({ label: kind });
    await add.getByLabel('Titel').fill(title);
    if (proposal) await add.getByLabel('Voorstel').fill(proposal);
    if (links) await links();
    await add.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    await expect(page.getByRole('listitem', { name: new RegExp(`Agendapunt \\d+: ${title}`) })).toBeVisible();
  };
  await addItem('Opening', 'Opening en mededelingen');
  await addItem('Besluit', 'Uitbreiding brugfunctionarissen Beijum', 'Twee extra brugfunctionarissen op scholen in Beijum.', async () => {
    await add.getByRole('group', { name: "Thema's" }).getByRole('checkbox', { name: 'Leren' }).check();
    await add.getByRole('group', { name: 'Wijken' }).getByRole('checkbox', { name: 'Beijum' }).check();
  });
  await addItem('Besluit', 'Stratenaanpak Selwerd', 'De stratenaanpak uitbreiden naar drie straten in Selwerd.', async () => {
    await add.getByRole('group', { name: 'Wijken' }).getByRole('checkbox', { name: 'Selwerd' }).check();
  });
  await addItem('Sluiting', 'Sluiting');

  // Reorder by keyboard: move the second decision above the first and back.
  const second = page.getByRole('listitem', { name: /Agendapunt 3: Stratenaanpak Selwerd/ });
  await second.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('listitem', { name: /Agendapunt 2: Stratenaanpak Selwerd/ })).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('listitem', { name: /Agendapunt 3: Stratenaanpak Selwerd/ })).toBeFocused();

  // 3. The voorzitter runs the meeting.
  // Dated 3 december 2026, not today: the chair confirms the start.
  await page.getByRole('button', { name: 'Vergadering starten' }).click();
  await page.getByRole('button', { name: 'Ja, nu starten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vergadermodus: Coalitieoverleg december' })).toBeVisible();
  const attendance = page.getByRole('region', { name: 'Aanwezigheid' });
  await attendance.getByRole('group', { name: /^Koen Schuiling/ }).getByRole('radio', { name: 'Aanwezig', exact: true }).check();
  await attendance.getByRole('group', { name: /^Loes Mulder/ }).getByRole('radio', { name: 'Afwezig met bericht' }).check();
  await attendance.getByRole('group', { name: /^Elles Dost/ }).getByRole('radio', { name: 'Aanwezig', exact: true }).check();
  await expect(page.getByText('Er is geen bewonersvertegenwoordiger aanwezig.')).toBeVisible();

  await page.getByRole('button', { name: 'Volgend agendapunt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Agendapunt 2 van 4: Uitbreiding brugfunctionarissen Beijum/ })).toBeVisible();
  await page.getByLabel('Aantekeningen').fill('De wethouder licht het voorstel toe; de scholen zijn enthousiast.');
  await page.getByRole('button', { name: 'Aantekeningen opslaan' }).click();
  await expect(page.getByText('Opgeslagen', { exact: true })).toBeVisible();

  // Adopting before all seven are answered is not possible.
  await expect(page.getByRole('radio', { name: 'Aangenomen', exact: true })).toBeDisabled();
  // A "nee" without toelichting is refused inline and nothing is saved.
  const v4 = page.getByRole('group', { name: `Vinkje 4: ${VINKJES[3]}` });
  await v4.getByRole('radio', { name: 'Nee', exact: true }).check();
  await expect(v4.getByText('Niet opgeslagen: toelichting nodig')).toBeVisible();
  await expect(v4.getByText(/Bij “Nee” is een toelichting verplicht/)).toBeVisible();
  await expect(page.getByText('0 van 7 vinkjes beantwoord')).toBeVisible();

  for (const [i, [answer, text]] of FIRST.entries()) await answerVinkje(page, i + 1, answer, text);
  await expect(page.getByText('7 van 7 vinkjes beantwoord')).toBeVisible();
  // A follow-up action for the vinkje answered nee.
  const v4row = page.getByRole('group', { name: `Vinkje 4: ${VINKJES[3]}` });
  await v4row.getByRole('button', { name: 'Toelichting bij vinkje 4' }).click();
  await v4row.getByRole('button', { name: 'Vervolgactie bij vinkje 4 toevoegen…' }).click();
  const followUp = page.getByRole('group', { name: 'Vervolgactie bij vinkje 4' });
  await followUp.getByLabel('Wat').fill('Bewonersavond in Beijum organiseren');
  await followUp.getByLabel('Deadline').fill('2027-02-01');
  await page.getByRole('button', { name: 'Vervolgactie toevoegen bij vinkje 4' }).click();
  await expect(page.getByText('Bewonersavond in Beijum organiseren').first()).toBeVisible();

  await page.getByRole('radio', { name: 'Aangenomen', exact: true }).check();
  await page.getByLabel('Besluittekst').fill('De coalitie stelt twee extra brugfunctionarissen aan in Beijum.');
  await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(page.getByText(/^Vastgelegd:\s*Aangenomen( op|$)/)).toBeVisible();

  await page.getByRole('button', { name: 'Volgend agendapunt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Agendapunt 3 van 4: Stratenaanpak Selwerd/ })).toBeVisible();
  for (const [i, [answer, text]] of SECOND.entries()) await answerVinkje(page, i + 1, answer, text);
  await page.getByRole('radio', { name: 'Aangehouden' }).check();
  await page.getByLabel('Besluittekst').fill('Aangehouden tot de bewoners van de drie straten zijn gesproken.');
  await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(page.getByText(/^Vastgelegd:\s*Aangehouden( op|$)/)).toBeVisible();

  // The closing check names what is missing (no bewonersvertegenwoordiger here); the chair closes anyway.
  await page.getByRole('button', { name: 'Vergadering sluiten' }).click();
  await expect(page.getByRole('group', { name: 'Vergadering sluiten' })).toContainText('Er is geen bewonersvertegenwoordiger als aanwezig gemarkeerd.');
  await page.getByRole('button', { name: 'Toch sluiten' }).click();
  await expect(page.getByText('Deze vergadering is gesloten.')).toBeVisible();

  // 4. The notulist exports the minutes in three formats and we read them back.
  await page.getByRole('link', { name: 'Notulen exporteren' }).click();
  const files: Record<string, string> = {};
  for (const [format, label] of [['docx', 'Word (DOCX)'], ['pdf', 'PDF'], ['md', 'Markdown']] as const) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Exporteren als ${label}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`notulen-2026-12-03-maatschappelijke-coalitie.${format}`);
    files[format] = await download.path();
  }
  const texts = {
    md: readFileSync(files.md!, 'utf8'),
    docx: await docxText(files.docx!),
    pdf: pdfText(files.pdf!),
  };
  for (const [format, raw] of Object.entries(texts)) {
    const text = squash(raw);
    const has = (needle: string) => expect(text, `${format}: ${needle}`).toContain(squash(needle));
    has('Coalitieoverleg december');
    has('Stadhuis Groningen');
    has('donderdag 3 december 2026');
    has('Koen Schuiling');
    has('Loes Mulder');
    has('Uitbreiding brugfunctionarissen Beijum');
    has('Stratenaanpak Selwerd');
    has('De wethouder licht het voorstel toe; de scholen zijn enthousiast.');
    has('Aangenomen');
    has('Aangehouden');
    has('De coalitie stelt twee extra brugfunctionarissen aan in Beijum.');
    has('Bewonersavond in Beijum organiseren');
    for (const [, toelichting] of [...FIRST, ...SECOND]) has(toelichting);
    for (const q of VINKJES) has(q);
    for (const answer of ['Deels', 'Nee', 'n.v.t.']) has(answer);
  }
});

test('bad input through the contract gets a Dutch error and changes nothing', async ({ page, app }) => {
  await app.open(page);
  const before = app.core.db.prepare('SELECT count(*) AS n FROM meetings').get();
  const result = await page.evaluate(async () => {
    const response = await fetch('/rpc/meetings:create', {
      method: 'POST',
      // The page's own session key, as the app sends it (see renderer/web-session.ts).
      headers: { 'content-type': 'application/json', 'x-coalitie-sessie': sessionStorage.getItem('coalitietafel.sessie') ?? '' },
      body: JSON.stringify({ body: 'coalitie', title: '', startsAt: '2026-02-30T10:00', place: 'x', chairId: null, notulistId: null }),
    });
    return response.json();
  });
  expect(result.ok).toBe(false);
  expect(result.error.message).toMatch(/^Ongeldige invoer; er is niets gewijzigd\./);
  expect(app.core.db.prepare('SELECT count(*) AS n FROM meetings').get()).toEqual(before);
});
