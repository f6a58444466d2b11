// The vinkjes and interventions charts against counts taken straight from the database (done-when 4), and the
// three-layer reports read back as a user would: Markdown as text, DOCX through its XML, PDF through
// pdftotext (done-when 5).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../helpers/temp-core';
import { docxText, fileText, pdfText } from '../helpers/read-exports';
import { meetingWithTwoDecisions } from '../helpers/meeting-fixture';
import type { Answer } from '../../shared/domain';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

async function answerAll(agendaItemId: number, checklistItemIds: number[], answers: Answer[]) {
  for (const [index, checklistItemId] of checklistItemIds.entries()) {
    const answer = answers[index % answers.length]!;
    await core.call('reviews:answer', { agendaItemId, checklistItemId, answer, explanation: answer === 'ja' ? '' : `Toelichting ${index + 1}` });
  }
}

/** A year of work: two meetings with reviewed decisions, an indicator, an intervention with prestaties, registers. */
async function yearOfWork() {
  const fixture = await meetingWithTwoDecisions(core);
  const { meeting, first, second, chair, notulist } = fixture;
  const ids = meeting.checklist.items.map((i) => i.id);
  await answerAll(first.id, ids, ['ja', 'deels', 'ja', 'nee']);
  await answerAll(second.id, ids.slice(0, 4), ['nvt', 'ja']);
  await core.call('decisions:decide', { agendaItemId: first.id, outcome: 'aangenomen', text: 'Twee extra brugfunctionarissen.' });
  await core.call('decisions:decide', { agendaItemId: second.id, outcome: 'aangehouden', text: 'Terug in maart.' });

  const later = await core.call('meetings:create', {
    body: 'coalitie',
    title: 'Coalitieoverleg maart',
    startsAt: '2027-03-11T19:30',
    place: 'Stadhuis Groningen',
    chairId: chair.id,
    notulistId: notulist.id,
  });
  const third = await core.call('agenda:add', { meetingId: later.id, kind: 'besluit', title: 'Wijkbedrijf Lewenborg', themeIds: ['werken'], interventionIds: ['doorbraakmethode'] });
  await answerAll(third.id, ids, ['deels', 'ja', 'ja']);

  const ind = await core.call('indicators:create', { themeId: 'wonen', name: 'Tevredenheid woning', unit: '%', better: 'hoger', source: 'Basismonitor Groningen' });
  await core.call('indicators:importCommit', {
    csv: 'indicator;gebied;periode;waarde\nTevredenheid woning;Selwerd;2025;60\nTevredenheid woning;Selwerd;2026;62,5\nTevredenheid woning;Groningen;2025;70\nTevredenheid woning;Groningen;2026;71,25\n',
  });
  await core.call('interventions:setChain', {
    id: 'volkshortus',
    goal: 'Meer ontmoeting tussen buren.',
    means: 'Een kas, kweekbakken en een tuinman.',
    results: 'Dertig vaste tuinders.',
    impact: 'Bewoners voelen zich meer thuis in Selwerd.',
  });
  await core.call('prestaties:create', { interventionId: 'volkshortus', description: 'Kweekbakken geplaatst', agreedNumber: 12, deliveredNumber: 9, period: '2026' });
  await core.call('registers:create', {
    kind: 'ervaringsverhaal',
    date: '2026-05-01',
    title: 'Samen tuinieren in de Volkshortus',
    text: 'Ik ken nu mijn buren bij naam.',
    sourceKind: 'bewoner',
    wijkIds: ['selwerd'],
    interventionIds: ['volkshortus'],
  });
  await core.call('registers:create', {
    kind: 'succes',
    date: '2026-09-20',
    title: 'Eerste oogstfeest',
    sourceKind: 'organisatie',
    wijkIds: ['selwerd'],
    celebration: 'Soep voor de hele straat',
  });
  await core.call('plans:create', { kind: 'uitvoeringsprogramma', title: 'Uitvoeringsprogramma 2026–2029', periodFrom: '2026-01-01', periodTo: '2029-12-31', status: 'vastgesteld' });
  return { ...fixture, later, third, ind };
}

describe('charts', () => {
  it('counts the vinkjes answers per vinkje, meeting and theme exactly as the database holds them', async () => {
    const { meeting, later } = await yearOfWork();
    const chart = await core.call('charts:vinkjes', {});
    expect(chart.meetings.map((m) => m.meetingId)).toEqual([meeting.id, later.id]);

    const direct = core.db
      .prepare(
        `SELECT ci.position, v.answer, count(*) AS n FROM vinkje_answers v JOIN checklist_items ci ON ci.id = v.checklist_item_id
         GROUP BY ci.position, v.answer`,
      )
      .all() as { position: number; answer: Answer; n: number }[];
    expect(direct.length).toBeGreaterThan(5);
    for (const v of chart.vinkjes) {
      for (const answer of ['ja', 'deels', 'nee', 'nvt'] as const) {
        const expected = direct.find((d) => d.position === v.position && d.answer === answer)?.n ?? 0;
        expect(v.totals[answer], `vinkje ${v.position} ${answer}`).toBe(expected);
        expect(v.byMeeting.reduce((sum, m) => sum + m.counts[answer], 0)).toBe(expected);
      }
    }
    // Per theme: a decision counts for its own themes and those of its interventions.
    const perTheme = core.db
      .prepare(
        `SELECT t.id AS themeId, ci.position, v.answer, count(*) AS n
         FROM themes t, vinkje_answers v JOIN checklist_items ci ON ci.id = v.checklist_item_id
         WHERE EXISTS (SELECT 1 FROM agenda_item_themes x WHERE x.agenda_item_id = v.agenda_item_id AND x.theme_id = t.id)
            OR EXISTS (SELECT 1 FROM agenda_item_interventions ai JOIN intervention_themes it ON it.intervention_id = ai.intervention_id
                       WHERE ai.agenda_item_id = v.agenda_item_id AND it.theme_id = t.id)
         GROUP BY t.id, ci.position, v.answer`,
      )
      .all() as { themeId: string; position: number; answer: Answer; n: number }[];
    const fromChart = chart.vinkjes.flatMap((v) =>
      v.byTheme.flatMap((t) =>
        (['ja', 'deels', 'nee', 'nvt'] as const).filter((a) => t.counts[a] > 0).map((a) => ({ themeId: t.themeId, position: v.position, answer: a, n: t.counts[a] })),
      ),
    );
    const key = (r: { themeId: string; position: number; answer: string }) => `${r.themeId}/${r.position}/${r.answer}`;
    expect([...fromChart].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...perTheme].sort((a, b) => key(a).localeCompare(key(b))));
    expect(new Set(perTheme.map((r) => r.themeId))).toEqual(new Set(['leren', 'werken', 'veilig-zijn', 'wonen', 'meedoen'])) // the stratenaanpak touches wonen and meedoen too;

    // A period keeps only its meetings.
    const only2026 = await core.call('charts:vinkjes', { from: '2026-01-01', to: '2026-12-31' });
    expect(only2026.meetings.map((m) => m.meetingId)).toEqual([meeting.id]);
    const direct2026 = core.db
      .prepare(
        `SELECT count(*) FROM vinkje_answers v JOIN agenda_items a ON a.id = v.agenda_item_id JOIN meetings m ON m.id = a.meeting_id
         WHERE m.starts_at LIKE '2026-%' AND v.answer = 'ja'`,
      )
      .pluck()
      .get() as number;
    expect(only2026.vinkjes.reduce((sum, v) => sum + v.totals.ja, 0)).toBe(direct2026);
  });

  it('keeps a meeting in the period from the first minute of the first day to the last minute of the last day', async () => {
    const { meeting, chair, notulist } = await meetingWithTwoDecisions(core);
    const checklistItemId = meeting.checklist.items[0]!.id;
    const at = async (startsAt: string) => {
      const m = await core.call('meetings:create', { body: 'coalitie', title: `Overleg ${startsAt}`, startsAt, place: 'Stadhuis', chairId: chair.id, notulistId: notulist.id });
      const item = await core.call('agenda:add', { meetingId: m.id, kind: 'besluit', title: `Besluit ${startsAt}`, themeIds: ['wonen'], interventionIds: [] });
      await core.call('reviews:answer', { agendaItemId: item.id, checklistItemId, answer: 'ja', explanation: '' });
      return m.id;
    };
    const before = await at('2025-12-31T23:59');
    const first = await at('2026-01-01T00:00');
    const last = await at('2026-12-31T23:59');
    const after = await at('2027-01-01T00:00');
    const ids = async (period: { from?: string; to?: string }) => {
      const chart = await core.call('charts:vinkjes', period);
      const vinkje = chart.vinkjes.find((v) => v.position === 1)!;
      // Totals, meetings and themes agree with the meetings in the period.
      expect(vinkje.totals.ja).toBe(chart.meetings.length);
      expect(vinkje.byTheme.find((t) => t.themeId === 'wonen')?.counts.ja ?? 0).toBe(chart.meetings.length);
      return chart.meetings.map((m) => m.meetingId);
    };
    expect(await ids({ from: '2026-01-01', to: '2026-12-31' })).toEqual([first, last]);
    expect(await ids({ from: '2026-01-01' })).toEqual([first, last, after]);
    expect(await ids({ to: '2026-12-31' })).toEqual([before, first, last]);
    expect(await ids({ from: '2025-12-31', to: '2025-12-31' })).toEqual([before]);
    expect(await ids({ from: '2027-01-01', to: '2027-01-01' })).toEqual([after]);
    expect(await ids({ from: '2026-01-02', to: '2026-12-30' })).toEqual([]);
    expect(await ids({})).toEqual([before, first, last, after]);
  });

  it('counts interventions per theme and status as the database holds them', async () => {
    await core.call('interventions:setStatus', { id: 'brugfunctionaris', status: 'structureel' });
    const chart = await core.call('charts:interventions', {});
    const direct = core.db
      .prepare(
        `SELECT it.theme_id AS themeId, i.status, count(*) AS n FROM intervention_themes it JOIN interventions i ON i.id = it.intervention_id
         GROUP BY it.theme_id, i.status`,
      )
      .all() as { themeId: string; status: string; n: number }[];
    for (const d of direct) expect(chart.rows.find((r) => r.themeId === d.themeId)!.counts[d.status as 'lopend']).toBe(d.n);
    expect(chart.rows.find((r) => r.themeId === 'leren')!.counts.structureel).toBe(1);
    const unthemed = core.db
      .prepare('SELECT count(*) FROM interventions i WHERE NOT EXISTS (SELECT 1 FROM intervention_themes it WHERE it.intervention_id = i.id)')
      .pluck()
      .get() as number;
    expect(chart.rows.at(-1)).toMatchObject({ themeId: null, themeName: 'Zonder thema', total: unthemed });
  });
});

// ---- Reading the files back ----

const markdown = fileText;

describe('reports', () => {
  it('layer 1: a plain-language overview of one wijk, in all three formats', async () => {
    await yearOfWork();
    await core.call('wijken:update', {
      id: 'selwerd',
      identity: 'De wijkvernieuwing in Selwerd is in volle gang: honderden woningen worden vernieuwd.',
      characteristics: '',
      pride: '',
    });
    const md = await core.call('reports:export', { layer: 1, wijkId: 'selwerd', year: 2026, format: 'md' });
    expect(md).toMatchObject({ fileName: 'rapportage-laag-1-selwerd-2026.md', mimeType: 'text/markdown; charset=utf-8' });
    const text = markdown(md);
    expect(text).toContain('# Hoe gaat het in de wijk? — Selwerd — 2026');
    expect(text).toContain(
      'Tevredenheid woning: 62,5% in Selwerd, tegen 71,25% in heel Groningen. Dat is minder goed dan gemiddeld in de stad. Een jaar eerder was het 60%.',
    );
    expect(text).toContain('Volkshortus (lopend)');
    expect(text).toContain('Samen tuinieren in de Volkshortus: Ik ken nu mijn buren bij naam.');
    expect(text).toContain('Eerste oogstfeest — gevierd: Soep voor de hele straat');
    expect(text).toMatch(/De wijkvernieuwing in Selwerd is in volle gang/);

    const expected = ['Selwerd in 2026', '62,5% in Selwerd, tegen 71,25% in heel Groningen', 'Een jaar eerder was het 60%', 'Eerste oogstfeest'];
    const docx = await core.call('reports:export', { layer: 1, wijkId: 'selwerd', year: 2026, format: 'docx' });
    expect(docx.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const docxFlat = await docxText(docx);
    for (const e of expected) expect(docxFlat, e).toContain(e);
    const pdf = await core.call('reports:export', { layer: 1, wijkId: 'selwerd', year: 2026, format: 'pdf' });
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const pdfFlat = await pdfText(pdf);
    for (const e of expected) expect(pdfFlat, e).toContain(e);
  });

  it('layer 2: interventions, prestaties against agreements, indicators and vinkjes scores', async () => {
    await yearOfWork();
    const preview = await core.call('reports:preview', { layer: 2, year: 2026 });
    expect(preview.title).toBe('Sturingsinformatie Groningen-Noord — 2026');
    const prestaties = preview.blocks.find((b) => b.type === 'table' && b.caption === 'Prestaties 2026');
    expect(prestaties).toMatchObject({ rows: [['Volkshortus', 'Kweekbakken geplaatst', '2026', '12', '9', '75%']] });
    const indicators = preview.blocks.find((b) => b.type === 'table' && b.caption === 'Indicatoren Wonen');
    expect(indicators).toMatchObject({
      rows: [
        ['Tevredenheid woning', 'Selwerd', '60%', '62,5%', '-8,75'],
        ['Tevredenheid woning', 'Groningen (gemeente)', '70%', '71,25%', '—'],
      ],
    });
    const vinkjes = preview.blocks.find((b) => b.type === 'table' && b.caption === 'Antwoorden op de vinkjes in 2026');
    // Meeting 2026: first decision ja/deels/ja/nee/ja/deels/ja, second nvt/ja/nvt/ja.
    expect(vinkjes && vinkjes.type === 'table' ? vinkjes.rows.map((r) => r.slice(1)) : null).toEqual([
      ['1', '0', '0', '1'],
      ['1', '1', '0', '0'],
      ['1', '0', '0', '1'],
      ['1', '0', '1', '0'],
      ['1', '0', '0', '0'],
      ['0', '1', '0', '0'],
      ['1', '0', '0', '0'],
    ]);

    const expected = ['Kweekbakken geplaatst', '75%', '62,5%', '71,25%', '-8,75', 'Meer ontmoeting tussen buren.', 'Uitvoeringsprogramma 2026–2029'];
    const md = markdown(await core.call('reports:export', { layer: 2, year: 2026, format: 'md' }));
    expect(md).toContain('| Volkshortus | Kweekbakken geplaatst | 2026 | 12 | 9 | 75% |');
    expect(md).toContain('| Tevredenheid woning | Selwerd | 60% | 62,5% | -8,75 |');
    for (const e of expected) expect(md, e).toContain(e);
    const docxFlat = await docxText(await core.call('reports:export', { layer: 2, year: 2026, format: 'docx' }));
    for (const e of expected) expect(docxFlat, e).toContain(e);
    const pdfFlat = await pdfText(await core.call('reports:export', { layer: 2, year: 2026, format: 'pdf' }));
    for (const e of ['Kweekbakken geplaatst', '75%', '62,5%', '71,25%', '-8,75', 'Meer ontmoeting tussen buren.']) expect(pdfFlat, e).toContain(e);
  });

  it('layer 3: the accountability report for the Rijk', async () => {
    await yearOfWork();
    const md = markdown(await core.call('reports:export', { layer: 3, year: 2026, format: 'md' }));
    expect(md).toContain('# Verantwoording Groningen-Noord — 2026');
    expect(md).toContain('De maatschappelijke coalitie kwam 1 keer bijeen (minstens 3 keer per jaar afgesproken); dat is minder dan afgesproken.');
    expect(md).toContain('Er is 1 besluit aangenomen, waarvan 1 langs alle zeven vinkjes gelegd.');
    expect(md).toContain('| Aangehouden | 1 |');
    expect(md).toContain('| Tevredenheid woning | Selwerd | -10 (2025) | -8,75 (2026) | kloof kleiner |');
    expect(md).toContain('Prestatieafspraken voor 2026: 1, waarvan 1 in aantallen te meten en daarvan 0 gehaald.');
    expect(md).toContain('| Ervaringsverhaal | 1 |');
    const expected = ['Er is 1 besluit aangenomen', '-8,75 (2026)', 'kloof kleiner', 'Uitvoeringsprogramma 2026–2029'];
    const docxFlat = await docxText(await core.call('reports:export', { layer: 3, year: 2026, format: 'docx' }));
    for (const e of expected) expect(docxFlat, e).toContain(e);
    const pdfFlat = await pdfText(await core.call('reports:export', { layer: 3, year: 2026, format: 'pdf' }));
    for (const e of ['Er is 1 besluit aangenomen', '-8,75 (2026)', 'kloof kleiner']) expect(pdfFlat, e).toContain(e);
    // A report on 2025 does not know 2026.
    const earlier = markdown(await core.call('reports:export', { layer: 3, year: 2025, format: 'md' }));
    expect(earlier).toContain('| Tevredenheid woning | Selwerd | -10 (2025) | -10 (2025) | gelijk gebleven of nog niet te zeggen |');
  });

  it('refuses an unknown wijk or layer with a Dutch message', async () => {
    expect(await core.dispatch('reports:export', { layer: 1, wijkId: 'atlantis', year: 2026, format: 'md' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Wijk "atlantis" bestaat niet (meer).' },
    });
    const bad = await core.dispatch('reports:export', { layer: 4, year: 2026, format: 'md' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/Kies laag 1, 2 of 3/) } });
  });
});
