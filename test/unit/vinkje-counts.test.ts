// The vinkjes chart reads pre-aggregated counts (migration 0007, kept by triggers). After every kind of change
// that moves a count — answers added, changed and removed, themes and interventions linked and unlinked, an
// intervention's themes changed, an agenda item moved or removed — the chart must be identical to the one
// counted from the answers themselves, for any period, and the count tables identical to a full recount.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { meetingWithTwoDecisions } from '../helpers/meeting-fixture';
import { vinkjesChart, vinkjesChartFromAnswers } from '../../main/core/services/charts.service';
import { auditedTables } from '../../main/core/durability/audit';
import { migration0007 } from '../../main/core/store/migrations/0007-vinkje-counts';
import type { Answer } from '../../shared/domain';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

const PERIODS = [
  {},
  { from: '2026-01-01', to: '2026-12-31' },
  { from: '2026-12-03', to: '2026-12-03' },
  { from: '2026-12-04' },
  { to: '2026-12-02' },
  { from: '2027-01-01', to: '2027-12-31' },
];

async function answer(agendaItemId: number, checklistItemId: number, value: Answer) {
  await core.call('reviews:answer', { agendaItemId, checklistItemId, answer: value, explanation: value === 'ja' ? '' : 'Toelichting' });
}

const SUMS = "sum(v.answer = 'ja') AS ja, sum(v.answer = 'deels') AS deels, sum(v.answer = 'nee') AS nee, sum(v.answer = 'nvt') AS nvt";

/** The count tables against a recount from scratch with the chart's theme rule. */
function recount() {
  const meetingRows = core.db
    .prepare(
      `SELECT a.meeting_id, v.checklist_item_id, ${SUMS} FROM agenda_items a JOIN vinkje_answers v ON v.agenda_item_id = a.id
       GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .all();
  const themeRows = core.db
    .prepare(
      `SELECT a.meeting_id, t.id AS theme_id, v.checklist_item_id, ${SUMS}
       FROM themes t, vinkje_answers v JOIN agenda_items a ON a.id = v.agenda_item_id
       WHERE EXISTS (SELECT 1 FROM agenda_item_themes x WHERE x.agenda_item_id = v.agenda_item_id AND x.theme_id = t.id)
          OR EXISTS (SELECT 1 FROM agenda_item_interventions ai JOIN intervention_themes it ON it.intervention_id = ai.intervention_id
                     WHERE ai.agenda_item_id = v.agenda_item_id AND it.theme_id = t.id)
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    )
    .all();
  return { meetingRows, themeRows };
}

function expectExact(step: string) {
  for (const period of PERIODS) {
    expect(vinkjesChart(core.db, period), `${step} ${JSON.stringify(period)}`).toEqual(vinkjesChartFromAnswers(core.db, period));
  }
  const stored = {
    meetingRows: core.db.prepare('SELECT meeting_id, checklist_item_id, ja, deels, nee, nvt FROM vinkje_meeting_counts ORDER BY 1, 2').all(),
    themeRows: core.db.prepare('SELECT meeting_id, theme_id, checklist_item_id, ja, deels, nee, nvt FROM vinkje_theme_counts ORDER BY 1, 2, 3').all(),
  };
  expect(stored, step).toEqual(recount());
}

describe('vinkje counts (migration 0007)', () => {
  it('keep the chart identical to counting the answers, through every kind of change', async () => {
    const { meeting, first, second, chair, notulist } = await meetingWithTwoDecisions(core);
    const ids = meeting.checklist.items.map((i) => i.id);
    expectExact('empty');
    for (const [i, id] of ids.entries()) await answer(first.id, id, (['ja', 'deels', 'nee', 'nvt'] as const)[i % 4]!);
    for (const id of ids.slice(0, 4)) await answer(second.id, id, 'nvt');
    expectExact('answers added');

    const later = await core.call('meetings:create', {
      body: 'coalitie',
      title: 'Coalitieoverleg maart',
      startsAt: '2027-03-11T19:30',
      place: 'Stadhuis Groningen',
      chairId: chair.id,
      notulistId: notulist.id,
    });
    const third = await core.call('agenda:add', { meetingId: later.id, kind: 'besluit', title: 'Wijkbedrijf Lewenborg', themeIds: ['werken'], interventionIds: ['doorbraakmethode'] });
    for (const id of ids) await answer(third.id, id, 'deels');
    expectExact('second meeting');
    expect(vinkjesChart(core.db, {}).vinkjes.some((v) => v.byTheme.length > 0)).toBe(true);

    // Answers changed, through the app and with plain SQL, and removed.
    await answer(first.id, ids[0]!, 'nee');
    await answer(first.id, ids[1]!, 'ja');
    expectExact('answers changed');
    core.db.prepare("UPDATE vinkje_answers SET answer = 'ja', explanation = '' WHERE agenda_item_id = ? AND checklist_item_id = ?").run(third.id, ids[2]);
    core.db.prepare('UPDATE vinkje_answers SET checklist_item_id = ? WHERE agenda_item_id = ? AND checklist_item_id = ?').run(ids[5], second.id, ids[0]);
    core.db.prepare('DELETE FROM vinkje_answers WHERE agenda_item_id = ? AND checklist_item_id = ?').run(second.id, ids[1]);
    expectExact('answers changed with SQL');

    // Themes of a decision linked and unlinked; a theme reached both directly and through an intervention.
    core.db.prepare("INSERT INTO agenda_item_themes (agenda_item_id, theme_id) VALUES (?, 'wonen'), (?, 'veilig-zijn')").run(second.id, third.id);
    expectExact('themes linked');
    core.db.prepare("DELETE FROM agenda_item_themes WHERE agenda_item_id = ? AND theme_id = 'leren'").run(first.id);
    expectExact('theme unlinked');
    core.db.prepare("UPDATE agenda_item_themes SET theme_id = 'meedoen' WHERE agenda_item_id = ? AND theme_id = 'veilig-zijn'").run(third.id);
    expectExact('theme link changed');

    // Interventions linked and unlinked, and their themes changed later.
    core.db.prepare("INSERT INTO agenda_item_interventions (agenda_item_id, intervention_id) VALUES (?, 'stratenaanpak')").run(third.id);
    expectExact('intervention linked');
    core.db.prepare("DELETE FROM agenda_item_interventions WHERE agenda_item_id = ? AND intervention_id = 'brugfunctionaris'").run(first.id);
    expectExact('intervention unlinked');
    const strat = core.db.prepare("SELECT theme_id FROM intervention_themes WHERE intervention_id = 'stratenaanpak'").pluck().all() as string[];
    expect(strat.length).toBeGreaterThan(0);
    core.db.prepare("INSERT OR IGNORE INTO intervention_themes (intervention_id, theme_id) VALUES ('stratenaanpak', 'werken'), ('stratenaanpak', 'leren')").run();
    expectExact('intervention themes added');
    core.db.prepare("DELETE FROM intervention_themes WHERE intervention_id = 'stratenaanpak' AND theme_id = ?").run(strat[0]);
    expectExact('intervention theme removed');
    const unused = core.db
      .prepare("SELECT id FROM themes WHERE id NOT IN (SELECT theme_id FROM intervention_themes WHERE intervention_id = 'stratenaanpak') LIMIT 1")
      .pluck()
      .get() as string;
    core.db.prepare("UPDATE intervention_themes SET theme_id = ? WHERE intervention_id = 'stratenaanpak' AND theme_id = 'leren'").run(unused);
    expectExact('intervention theme changed');
    await core.call('agenda:update', { id: first.id, kind: 'besluit', title: first.title, themeIds: ['wonen', 'leren'], interventionIds: ['volkshortus', 'stratenaanpak'] });
    expectExact('links changed through the app');

    // An agenda item moved to another meeting, and one removed with its answers and links.
    core.db.prepare('UPDATE agenda_items SET meeting_id = ? WHERE id = ?').run(later.id, second.id);
    expectExact('item moved');
    await core.call('agenda:remove', { id: first.id });
    expectExact('item removed');
    core.db.prepare('DELETE FROM agenda_items WHERE id = ?').run(third.id);
    expectExact('item removed with SQL');
    expect(core.db.prepare('SELECT count(*) FROM vinkje_theme_counts WHERE ja + deels + nee + nvt = 0').pluck().get()).toBe(0);
    expect(core.db.prepare('SELECT count(*) FROM vinkje_meeting_counts WHERE ja + deels + nee + nvt = 0').pluck().get()).toBe(0);
  });

  it('are filled by the migration from what an older database already holds', async () => {
    const { meeting, first, second } = await meetingWithTwoDecisions(core);
    const ids = meeting.checklist.items.map((i) => i.id);
    for (const id of ids) await answer(first.id, id, 'deels');
    for (const id of ids.slice(0, 3)) await answer(second.id, id, 'ja');
    const before = vinkjesChartFromAnswers(core.db, {});
    // Back to the state before 0007: no count tables and none of their triggers; then run the migration again.
    const triggers = core.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'vinkje_counts_%'").pluck().all() as string[];
    expect(triggers.length).toBeGreaterThan(10);
    core.db.transaction(() => {
      for (const t of triggers) core.db.exec(`DROP TRIGGER "${t}"`);
      core.db.exec('DROP TABLE vinkje_meeting_counts; DROP TABLE vinkje_theme_counts; DROP INDEX agenda_item_interventions_intervention;');
      migration0007.up(core.db);
    })();
    expect(vinkjesChart(core.db, {})).toEqual(before);
    expectExact('after the backfill');
  });

  it('are derived data: not audited', () => {
    const tables = auditedTables(core.db);
    expect(tables).not.toContain('vinkje_meeting_counts');
    expect(tables).not.toContain('vinkje_theme_counts');
    expect(tables).toContain('vinkje_answers');
    const triggers = core.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit_vinkje_%_counts_%'").pluck().all();
    expect(triggers).toEqual([]);
  });
});
