// What a new chair and notulist ran into on the meeting's path at 1366×768: notes typed just before closing,
// where the focus goes after adding an action or closing the meeting, and finding the minutes after it.
import { test, expect } from './fixtures';
import { call, startedMeetingPage } from './arrange';

test.use({ viewport: { width: 1366, height: 768 } });

test('notes typed just before "Vergadering sluiten" are stored, not listed as unsaved', async ({ page, app }) => {
  const { meeting, meetingModeLink } = await startedMeetingPage(page, app);
  await meetingModeLink.click();
  // The save that leaving the field starts is still under way when closing stores everything.
  await page.route(/\/rpc\/agenda:setNotes$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  const text = 'De voorzitter opent de vergadering en heet iedereen welkom.';
  await page.getByLabel('Aantekeningen').fill(text);
  await page.getByRole('button', { name: 'Vergadering sluiten' }).click();

  const check = page.getByRole('group', { name: 'Vergadering sluiten' });
  await expect(check.getByRole('button', { name: 'Toch sluiten' })).toBeVisible();
  await expect(check).not.toContainText('niet opgeslagen');
  await expect(check.getByRole('button', { name: 'Naar aantekeningen' })).toHaveCount(0);
  const stored = await call(app.core, 'meetings:get', { id: meeting.id });
  expect(stored.agenda[0]!.notes).toBe(text);
});
