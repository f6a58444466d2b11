// The live meeting at the chair's laptop (1366×768): answers store themselves and survive moving on and a
// reload, one decision fits on two screens, the chair answers from the keyboard, attendance is filled in at
// once, and closing lists what is missing.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { call, meetingBase, meetingWithDecision, resident, startedMeetingPage } from './arrange';
import type { Core } from '../../main/core/core';

const LAPTOP = { width: 1366, height: 768 };
test.use({ viewport: LAPTOP });

const rgb = (colour: string) => colour.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number];
/** WCAG 2 contrast ratio of a text colour on white. */
function contrastOnWhite(colour: string) {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = rgb(colour).map(lin) as [number, number, number];
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

const storedAnswers = async (core: Core, meetingId: number, itemId: number) =>
  (await call(core, 'meetings:get', { id: meetingId })).agenda.find((a) => a.id === itemId)!.decision!.answers;

/** Opens meeting mode on the agenda item at index (0-based), as a reload would return to it. */
async function openAt(page: Page, app: { open(page: Page, hash?: string): Promise<void> }, meetingId: number, index: number) {
  await app.open(page, `#/vergaderingen/${meetingId}/vergadermodus`);
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: new RegExp(`^${index + 1}\\. `) }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`Agendapunt ${index + 1} van`) })).toBeVisible();
}

test('an answer and toelichting without any save button survive "Volgend agendapunt" and a reload', async ({ page, app }) => {
  const { meeting, decision } = await meetingWithDecision(app.core);
  await call(app.core, 'meetings:setStatus', { id: meeting.id, status: 'bezig' });
  await openAt(page, app, meeting.id, 4);

  await expect(page.getByRole('button', { name: /Vinkje \d opslaan/ })).toHaveCount(0);
  const v2 = page.getByRole('group', { name: /^Vinkje 2:/ });
  await v2.getByRole('radio', { name: 'Deels', exact: true }).check();
  // The rule is said at once, and nothing is lost while it holds.
  await expect(v2.getByText('Niet opgeslagen: toelichting nodig')).toBeVisible();
  await v2.getByRole('button', { name: 'Toelichting bij vinkje 2' }).click();
  await v2.getByLabel('Toelichting bij vinkje 2').fill('Samenhang met Wonen is bekeken, met Werken nog niet.');
  // Straight on to the next item, before the debounce has run: the answer is stored on the way.
  await page.getByRole('button', { name: 'Volgend agendapunt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Agendapunt 6 van/ })).toBeVisible();
  expect(await storedAnswers(app.core, meeting.id, decision.id)).toEqual([
    expect.objectContaining({ answer: 'deels', explanation: 'Samenhang met Wonen is bekeken, met Werken nog niet.' }),
  ]);

  // Back, change the toelichting and reload at once: the text comes back and is stored.
  await page.getByRole('button', { name: 'Vorig agendapunt' }).click();
  const v2again = page.getByRole('group', { name: /^Vinkje 2:/ });
  await expect(v2again.getByText('Opgeslagen')).toBeVisible();
  await v2again.getByRole('button', { name: 'Toelichting bij vinkje 2' }).click();
  await v2again.getByLabel('Toelichting bij vinkje 2').fill('Samenhang met Wonen en Werken is bekeken.');
  await page.reload();
  const afterReload = page.getByRole('group', { name: /^Vinkje 2:/ });
  await expect(afterReload.getByRole('radio', { name: 'Deels', exact: true })).toBeChecked();
  await expect(afterReload.getByText('Samenhang met Wonen en Werken is bekeken.')).toBeVisible();
  await expect(afterReload.getByText('Opgeslagen')).toBeVisible();
  await expect.poll(async () => (await storedAnswers(app.core, meeting.id, decision.id))[0]?.explanation).toBe('Samenhang met Wonen en Werken is bekeken.');

  // A "nee" without toelichting cannot be stored: leaving asks, and "Annuleren" keeps it.
  const v3 = page.getByRole('group', { name: /^Vinkje 3:/ });
  await v3.getByRole('radio', { name: 'Nee', exact: true }).check();
  await page.getByRole('button', { name: 'Volgend agendapunt' }).click();
  const ask = page.getByRole('group', { name: /Niet alles is opgeslagen/ });
  await expect(ask).toContainText('Vinkje 3: Bij “Nee” is een toelichting verplicht');
  await ask.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Agendapunt 5 van/ })).toBeVisible();
  await expect(v3.getByRole('radio', { name: 'Nee', exact: true })).toBeChecked();
});

test('a follow-up made at vinkje 3 is listed with the item\'s actions, marked "Vinkje 3"', async ({ page, app }) => {
  const { meeting } = await meetingWithDecision(app.core);
  await call(app.core, 'meetings:setStatus', { id: meeting.id, status: 'bezig' });
  await openAt(page, app, meeting.id, 4);
  const itemActions = page.getByRole('region', { name: 'Actiepunten bij dit agendapunt' });
  await expect(itemActions).toContainText('Nog geen actiepunten bij dit agendapunt.');

  const v3 = page.getByRole('group', { name: /^Vinkje 3:/ });
  await v3.getByRole('radio', { name: 'Nee', exact: true }).check();
  await v3.getByRole('button', { name: 'Toelichting bij vinkje 3' }).click();
  await v3.getByLabel('Toelichting bij vinkje 3').fill('De bewoners zijn nog niet gehoord.');
  await v3.getByRole('button', { name: 'Vervolgactie bij vinkje 3 toevoegen…' }).click();
  await page.getByRole('group', { name: 'Vervolgactie bij vinkje 3' }).getByLabel('Wat').fill('Bewonersavond organiseren');
  await page.getByRole('button', { name: 'Vervolgactie toevoegen bij vinkje 3' }).click();

  const listed = itemActions.getByRole('listitem').filter({ hasText: 'Bewonersavond organiseren' });
  await expect(listed).toContainText('Herkomst: Vinkje 3');
  await expect(itemActions).not.toContainText('Nog geen actiepunten');

  // One added by hand on the decision item says so.
  await itemActions.getByRole('button', { name: 'Nieuw actiepunt…' }).click();
  await itemActions.getByRole('group', { name: 'Nieuw actiepunt' }).getByLabel('Wat').fill('Begroting nalopen');
  await itemActions.getByRole('button', { name: /^Actiepunt toevoegen/ }).click();
  await expect(itemActions.getByRole('listitem').filter({ hasText: 'Begroting nalopen' })).toContainText('Herkomst: Besluit');
});

test('"Nog niet beantwoord" is not shown in the green of an answered vinkje', async ({ page, app }) => {
  const { meeting } = await meetingWithDecision(app.core);
  await call(app.core, 'meetings:setStatus', { id: meeting.id, status: 'bezig' });
  await openAt(page, app, meeting.id, 4);
  const colour = (row: ReturnType<Page['getByRole']>, text: string) => row.getByText(text, { exact: true }).evaluate((el) => getComputedStyle(el).color);

  const v1 = page.getByRole('group', { name: /^Vinkje 1:/ });
  const open = await colour(v1, 'Nog niet beantwoord');
  await v1.getByRole('radio', { name: 'Ja', exact: true }).check();
  await expect(v1.getByText('Opgeslagen', { exact: true })).toBeVisible();
  const saved = await colour(v1, 'Opgeslagen');
  expect(open).not.toBe(saved);
  // Green means done: the open state is amber (red over green over blue), readable at AA on the white row.
  const [r, g, b] = rgb(open);
  expect(r > g && g > b, open).toBe(true);
  expect(contrastOnWhite(open)).toBeGreaterThanOrEqual(4.5);
  const results = await new AxeBuilder({ page }).include('.vinkjes').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('meeting mode asks for its data while its screen code is still on the way, not after', async ({ page, app }) => {
  const { meeting } = await meetingWithDecision(app.core);
  await app.open(page);
  await page.evaluate(() => performance.clearResourceTimings());
  await page.goto(`${app.origin}/#/vergaderingen/${meeting.id}/vergadermodus`);
  await expect(page.getByRole('heading', { level: 2, name: /Agendapunt 1 van/ })).toBeVisible();
  const timing = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({ name: new URL(e.name).pathname, start: e.startTime, end: (e as PerformanceResourceTiming).responseEnd })),
  );
  const chunk = timing.find((e) => /\/assets\/MeetingModeScreen-[^/]*\.js$/.test(e.name));
  const data = timing.find((e) => e.name === '/rpc/meetings:get');
  expect(chunk && data, JSON.stringify(timing)).toBeTruthy();
  // A waterfall would ask for the meeting only once the chunk has arrived and run.
  expect(data!.start).toBeLessThan(chunk!.end);
});

test('opened directly, meeting mode asks for its code and data before the app frame is drawn, and draws itself first', async ({ page, app }) => {
  const { meeting } = await meetingWithDecision(app.core);
  await app.open(page);
  // What the first frame of the app holds, and when it came: noted by an observer installed before any script runs.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const root = document.getElementById('root');
      if (!root?.firstChild) return;
      observer.disconnect();
      const w = window as unknown as { firstFrame: { at: number; heading: string } };
      w.firstFrame = { at: performance.now(), heading: root.querySelector('h1')?.textContent ?? '' };
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${app.origin}/#/vergaderingen/${meeting.id}/vergadermodus`);
  // A new document at that address, as when the chair opens the link or reloads.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: /Agendapunt 1 van/ })).toBeVisible();
  const { firstFrame, timing } = await page.evaluate(() => ({
    firstFrame: (window as unknown as { firstFrame: { at: number; heading: string } }).firstFrame,
    timing: performance.getEntriesByType('resource').map((e) => ({ name: new URL(e.name).pathname, start: e.startTime })),
  }));
  const chunk = timing.find((e) => /\/assets\/MeetingModeScreen-[^/]*\.js$/.test(e.name));
  const data = timing.find((e) => e.name === '/rpc/meetings:get');
  expect(chunk && data, JSON.stringify(timing)).toBeTruthy();
  expect(chunk!.start).toBeLessThan(firstFrame.at);
  expect(data!.start).toBeLessThan(firstFrame.at);
  // No "Laden…" placeholder in between: the first frame is meeting mode's own.
  expect(firstFrame.heading).toMatch(/^Vergadermodus/);
});

test('from the meeting’s page, meeting mode replaces it without an empty frame and asks for its data once', async ({ page, app }) => {
  const { meetingModeLink: link } = await startedMeetingPage(page, app);
  // Meeting mode's code is not loaded on the meeting's page: following the link has to wait for it. Every screen
  // has its h1 from its first frame; the placeholder React shows while a screen's code loads has none.
  await page.evaluate(() => {
    performance.clearResourceTimings();
    const w = window as unknown as { sawEmpty: boolean };
    w.sawEmpty = false;
    new MutationObserver(() => {
      // React hides a screen it is replacing (display: none) rather than removing it at once.
      if (![...document.querySelectorAll('main h1')].some((h) => h.checkVisibility())) w.sawEmpty = true;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await link.click();
  await expect(page.getByRole('heading', { level: 2, name: /Agendapunt 1 van/ })).toBeVisible();
  await expect(page.getByRole('main')).not.toHaveAttribute('data-pending');
  const { sawEmpty, calls } = await page.evaluate(() => ({
    sawEmpty: (window as unknown as { sawEmpty: boolean }).sawEmpty,
    calls: performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === '/rpc/meetings:get').length,
  }));
  // The meeting's page stays until meeting mode can draw itself. Otherwise React shows the empty placeholder and,
  // however soon the code arrives, keeps it up for at least 300 ms.
  expect(sawEmpty).toBe(false);
  expect(calls).toBe(1);
});

test('at 1366×768 one decision with seven answered vinkjes takes at most two screens', async ({ page, app }) => {
  const meeting = await call(app.core, 'meetings:create', { ...meetingBase, title: 'Coalitieoverleg juni', startsAt: '2027-06-24T19:30', agenda: 'standaard' });
  const decision = await call(app.core, 'agenda:add', {
    meetingId: meeting.id,
    kind: 'besluit',
    title: 'Uitbreiding brugfunctionarissen',
    proposal: 'Twee extra brugfunctionarissen op de basisscholen in Beijum en De Hoogte, voor twee jaar, betaald uit het programmabudget.',
    themeIds: ['leren'],
    interventionIds: ['brugfunctionaris'],
  });
  for (let i = 0; i < 12; i++) {
    await call(app.core, 'registers:create', {
      kind: 'bewonersfeedback',
      date: `2027-0${1 + (i % 5)}-1${i % 9}`,
      title: `Ouders over de brugfunctionaris ${i + 1}`,
      sourceKind: 'bewoner',
      interventionIds: ['brugfunctionaris'],
    });
  }
  const { checklist } = await call(app.core, 'meetings:get', { id: meeting.id });
  const answers = ['ja', 'deels', 'ja', 'nee', 'ja', 'deels', 'nvt'] as const;
  for (const ci of checklist.items) {
    await call(app.core, 'reviews:answer', {
      agendaItemId: decision.id,
      checklistItemId: ci.id,
      answer: answers[ci.position - 1]!,
      explanation: `Toelichting bij vinkje ${ci.position}: wat de tafel hierover zei, in een zin van gewone lengte voor de notulen.`,
    });
  }
  // A meeting as it should be: a bewonersvertegenwoordiger at the table.
  const anna = await resident(app.core);
  await call(app.core, 'attendance:set', { meetingId: meeting.id, personId: anna.id, status: 'aanwezig' });
  await call(app.core, 'meetings:setStatus', { id: meeting.id, status: 'bezig' });
  const index = (await call(app.core, 'meetings:get', { id: meeting.id })).agenda.findIndex((a) => a.id === decision.id);
  await openAt(page, app, meeting.id, index);

  // Vinkje 4 open, with its toelichting and what the registers hold.
  const v4 = page.getByRole('group', { name: /^Vinkje 4:/ });
  await v4.getByRole('button', { name: 'Toelichting bij vinkje 4' }).click();
  await expect(v4.getByRole('group', { name: 'Wat is vastgelegd bij vinkje 4' })).toContainText('bewonersfeedback');
  await expect(page.getByText('7 van 7 vinkjes beantwoord')).toBeVisible();

  // The review: the seven vinkjes (one open) and the decision form.
  const review = await page.locator('article.current-item section.review').boundingBox();
  expect(review!.height).toBeLessThanOrEqual(2 * LAPTOP.height);
  // The item starts near the top: its title is on the first screen.
  await page.evaluate(() => window.scrollTo(0, 0));
  const title = await page.getByRole('heading', { level: 2, name: /Agendapunt \d+ van/ }).boundingBox();
  expect(title!.y + title!.height).toBeLessThanOrEqual(LAPTOP.height);
});

test('the chair answers all seven vinkjes from the keyboard, at most three keys each plus the toelichting', async ({ page, app }) => {
  const { meeting, decision } = await meetingWithDecision(app.core);
  await call(app.core, 'meetings:setStatus', { id: meeting.id, status: 'bezig' });
  await openAt(page, app, meeting.id, 4);
  await expect(page.getByText('Toetsen op een vinkje:')).toBeVisible();

  await page.getByRole('group', { name: /^Vinkje 1:/ }).getByRole('radio', { name: 'Ja', exact: true }).focus();
  const plan: [string, string | null][] = [
    ['j', null],
    ['d', 'Met Wonen wel, met Werken niet.'],
    ['j', null],
    ['n', 'Bewoners zijn nog niet gevraagd.'],
    ['v', 'Raakt geen wijkidentiteit.'],
    ['j', null],
    ['d', 'Het feest komt in juni.'],
  ];
  for (const [n, [key, text]] of plan.entries()) {
    let presses = 0;
    const press = async (k: string) => {
      presses++;
      await page.keyboard.press(k);
    };
    await press(key);
    if (text) {
      // D, N and V go straight to the toelichting; Esc returns to the vinkje.
      await expect(page.getByLabel(`Toelichting bij vinkje ${n + 1}`)).toBeFocused();
      await page.keyboard.type(text);
      await press('Escape');
    }
    if (n < plan.length - 1) await press('ArrowDown');
    expect(presses, `vinkje ${n + 1}`).toBeLessThanOrEqual(3);
  }
  await expect(page.getByText('7 van 7 vinkjes beantwoord')).toBeVisible();
  await expect.poll(async () => (await storedAnswers(app.core, meeting.id, decision.id)).map((a) => [a.answer, a.explanation])).toEqual([
    ['ja', ''],
    ['deels', 'Met Wonen wel, met Werken niet.'],
    ['ja', ''],
    ['nee', 'Bewoners zijn nog niet gevraagd.'],
    ['nvt', 'Raakt geen wijkidentiteit.'],
    ['ja', ''],
    ['deels', 'Het feest komt in juni.'],
  ]);
  // Letters typed in a text field stay text.
  await page.getByLabel('Aantekeningen').fill('');
  await page.getByLabel('Aantekeningen').pressSequentially('jdnv');
  await expect(page.getByLabel('Aantekeningen')).toHaveValue('jdnv');
  await expect(page.getByRole('group', { name: /^Vinkje 7:/ }).getByRole('radio', { name: 'Deels', exact: true })).toBeChecked();
});

test('"Iedereen aanwezig" and "Zoals vorige vergadering" fill in the attendance', async ({ page, app }) => {
  const anna = await resident(app.core);
  const previous = await call(app.core, 'meetings:create', { ...meetingBase, title: 'Coalitieoverleg mei', startsAt: '2027-05-20T19:30', agenda: 'leeg' });
  const { meeting } = await meetingWithDecision(app.core);
  const people = (await call(app.core, 'meetings:get', { id: meeting.id })).attendance;
  const [first, second] = people.filter((p) => p.personId !== anna.id);
  await call(app.core, 'attendance:set', { meetingId: previous.id, personId: anna.id, status: 'aanwezig' });
  await call(app.core, 'attendance:set', { meetingId: previous.id, personId: first!.personId, status: 'afwezig-met-bericht' });
  await call(app.core, 'meetings:setStatus', { id: meeting.id, status: 'bezig' });

  await app.open(page, `#/vergaderingen/${meeting.id}/vergadermodus`);
  const attendance = page.getByRole('region', { name: 'Aanwezigheid' });
  await attendance.getByRole('button', { name: 'Zoals vorige vergadering' }).click();
  await expect(attendance.getByText(/^1 aanwezig/)).toBeVisible();
  await expect(attendance.getByRole('group', { name: new RegExp(`^${anna.name}`) }).getByRole('radio', { name: 'Aanwezig', exact: true })).toBeChecked();
  await expect(attendance.getByRole('group', { name: new RegExp(`^${first!.personName}`) }).getByRole('radio', { name: 'Afwezig met bericht' })).toBeChecked();

  await attendance.getByRole('group', { name: new RegExp(`^${second!.personName}`) }).getByRole('radio', { name: 'Afwezig', exact: true }).check();
  await attendance.getByRole('button', { name: 'Iedereen aanwezig' }).click();
  await expect(attendance.getByText(`${people.length - 2} aanwezig`)).toBeVisible();
  const stored = new Map((await call(app.core, 'meetings:get', { id: meeting.id })).attendance.map((a) => [a.personId, a.status]));
  // What was marked stays; everyone else is present.
  expect(stored.get(first!.personId)).toBe('afwezig-met-bericht');
  expect(stored.get(second!.personId)).toBe('afwezig');
  expect([...stored.values()].filter((s) => s === 'aanwezig')).toHaveLength(people.length - 2);
});

test('closing lists what is missing and leads back to it', async ({ page, app }) => {
  const { meeting, decision } = await meetingWithDecision(app.core);
  await call(app.core, 'meetings:setStatus', { id: meeting.id, status: 'bezig' });
  await app.open(page, `#/vergaderingen/${meeting.id}/vergadermodus`);

  // Below the item, not above it.
  const close = page.getByRole('button', { name: 'Vergadering sluiten' });
  const heading = page.getByRole('heading', { level: 2, name: /Agendapunt 1 van/ });
  expect((await close.boundingBox())!.y).toBeGreaterThan((await heading.boundingBox())!.y);
  await close.click();
  const check = page.getByRole('group', { name: 'Vergadering sluiten' });
  await expect(check).toContainText('Er is niemand als aanwezig gemarkeerd.');
  await expect(check).toContainText(`Agendapunt 5, ${decision.title}: nog geen uitkomst, 7 vinkjes niet beantwoord.`);
  await check.getByRole('button', { name: 'Naar agendapunt 5' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Agendapunt 5 van/ })).toBeVisible();

  await page.getByRole('region', { name: 'Aanwezigheid' }).getByRole('button', { name: /Aanwezigheidslijst/ }).click();
  await page.getByRole('button', { name: 'Iedereen aanwezig' }).click();
  await page.getByRole('group', { name: 'Uitkomst' }).getByRole('radio', { name: 'Aangehouden' }).check();
  await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(page.getByText(/Het besluit is vastgelegd: aangehouden/)).toBeVisible();

  await page.getByRole('button', { name: 'Vergadering sluiten' }).click();
  await expect(check).toContainText('Er is geen bewonersvertegenwoordiger als aanwezig gemarkeerd.');
  await expect(check).not.toContainText('nog geen uitkomst');
  await check.getByRole('button', { name: 'Toch sluiten' }).click();
  await expect(page.getByText('Deze vergadering is gesloten.')).toBeVisible();
  expect((await call(app.core, 'meetings:get', { id: meeting.id })).status).toBe('gehouden');
});
