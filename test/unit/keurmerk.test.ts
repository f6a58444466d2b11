// The keurmerk on plans and interventions: reviews with the rules of a decision's review, the status that
// follows, history kept, and a review marked older than its plan or intervention the moment either changes.
// Through the real channels on a real SQLite file, with a clock the test moves on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../main/core/core';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import { PROFILE_PATH } from '../helpers/paths';

let dir: string;
let core: Core;
let clock = new Date('2026-03-01T09:00:00.000Z');
/** Moves the clock on by whole minutes, so every change has its own time. */
const later = (minutes = 1) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coalitietafel-keurmerk-'));
  clock = new Date('2026-03-01T09:00:00.000Z');
  core = openCore({ dataFile: join(dir, 'data.sqlite'), profilePath: PROFILE_PATH, log: () => {}, now: () => clock });
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ChannelOutput<C>;
}
async function refusal<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<string> {
  const result = await core.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} was expected to refuse`);
  return result.error.message;
}

const planInput = { kind: 'uitvoeringsprogramma' as const, title: 'Uitvoeringsprogramma 2026', themeIds: ['leren'] };

async function answerAll(reviewId: number, items: { id: number }[], answer: 'ja' | 'deels' = 'ja') {
  let detail;
  for (const ci of items) {
    later();
    detail = await call('keurmerk:answer', { reviewId, checklistItemId: ci.id, answer, explanation: answer === 'ja' ? '' : 'Nog niet helemaal' });
  }
  return detail!;
}

describe('keurmerk on plans and interventions', () => {
  it('follows a plan from not reviewed through partly to all seven, and marks the review older than the plan once the plan changes', async () => {
    const plan = await call('plans:create', planInput);
    const subject = { kind: 'plan' as const, id: plan.id };
    let detail = await call('keurmerk:get', { subject });
    expect(detail.status).toMatchObject({ level: 'niet-getoetst', answered: 0, total: 7, reviewedAt: null, outdated: false });
    expect((await call('keurmerk:statuses', { kind: 'plan' }))[String(plan.id)]?.level).toBe('niet-getoetst');

    later();
    detail = await call('keurmerk:start', { subject, reviewer: 'Programmateam' });
    const review = detail.reviews[0]!;
    expect(review).toMatchObject({ reviewer: 'Programmateam', current: true, answers: [] });
    expect(review.checklist.items).toHaveLength(7);

    // The rules of a decision's review: "deels" needs a toelichting, and nothing is stored without it.
    const [first, ...rest] = review.checklist.items;
    expect(await refusal('keurmerk:answer', { reviewId: review.id, checklistItemId: first!.id, answer: 'deels', explanation: '  ' })).toBe(
      'Bij het antwoord "Deels" op vinkje 1 hoort een toelichting.',
    );
    expect((await call('keurmerk:get', { subject })).reviews[0]!.answers).toEqual([]);

    later();
    detail = await call('keurmerk:answer', { reviewId: review.id, checklistItemId: first!.id, answer: 'deels', explanation: 'Twee bewoners gesproken' });
    expect(detail.status).toMatchObject({ level: 'deels', answered: 1, total: 7, reviewer: 'Programmateam', checklistVersion: 1 });
    detail = await answerAll(review.id, rest);
    expect(detail.status).toMatchObject({ level: 'getoetst', answered: 7, outdated: false, counts: { ja: 6, deels: 1, nee: 0, nvt: 0 } });
    const reviewedAt = detail.status.reviewedAt!;
    expect(reviewedAt).toBe(clock.toISOString());

    // Saving the plan unchanged is no change.
    later();
    await call('plans:update', { id: plan.id, ...planInput });
    expect((await call('keurmerk:get', { subject })).status.outdated).toBe(false);
    // Answering the same again is no change either: the review keeps its date.
    await call('keurmerk:answer', { reviewId: review.id, checklistItemId: first!.id, answer: 'deels', explanation: 'Twee bewoners gesproken' });
    expect((await call('keurmerk:get', { subject })).status.reviewedAt).toBe(reviewedAt);

    later();
    const changed = await call('plans:update', { id: plan.id, ...planInput, description: 'Met de wijkuitvoeringsplannen erbij.' });
    detail = await call('keurmerk:get', { subject });
    expect(detail.status).toMatchObject({ level: 'getoetst', outdated: true, reviewedAt, subjectChangedAt: changed.updatedAt });
    expect(detail.reviews[0]!.outdated).toBe(true);
    expect((await call('keurmerk:statuses', { kind: 'plan' }))[String(plan.id)]).toMatchObject({ outdated: true, reviewedAt });
    // An outdated review is not patched up answer by answer: a new review is needed.
    expect(await refusal('keurmerk:answer', { reviewId: review.id, checklistItemId: first!.id, answer: 'ja', explanation: '' })).toMatch(
      /^Deze toetsing \(.+\) is ouder dan het plan \(gewijzigd .+\); begin een nieuwe toetsing\.$/,
    );
  });

  it('refuses an answer based on an older stored one (another window answered meanwhile) and writes nothing', async () => {
    const plan = await call('plans:create', planInput);
    const subject = { kind: 'plan' as const, id: plan.id };
    later();
    const review = (await call('keurmerk:start', { subject, reviewer: 'Anna' })).reviews[0]!;
    const vinkje = review.checklist.items[1]!;
    const base = { reviewId: review.id, checklistItemId: vinkje.id };
    const stored = (detail: { reviews: { id: number; answers: { checklistItemId: number; answeredAt: string; answer: string }[] }[] }) =>
      detail.reviews.find((r) => r.id === review.id)!.answers.find((a) => a.checklistItemId === vinkje.id)!;
    expect(await refusal('keurmerk:answer', { ...base, answer: 'ja', explanation: '', expectedAnsweredAt: 'x' })).toBe(
      'Vinkje 2 is intussen elders beantwoord; uw antwoord is niet opgeslagen.',
    );
    const seen = stored(await call('keurmerk:answer', { ...base, answer: 'ja', explanation: '', expectedAnsweredAt: null })).answeredAt;
    later();
    await call('keurmerk:answer', { ...base, answer: 'nee', explanation: 'Van het andere venster.', expectedAnsweredAt: seen });
    expect(await refusal('keurmerk:answer', { ...base, answer: 'deels', explanation: 'Oud concept.', expectedAnsweredAt: seen })).toBe(
      'Vinkje 2 is intussen elders beantwoord; uw antwoord is niet opgeslagen.',
    );
    expect(stored(await call('keurmerk:get', { subject }))).toMatchObject({ answer: 'nee' });
    // Without a version there is no check: the caller overwrites deliberately.
    expect(stored(await call('keurmerk:answer', { ...base, answer: 'deels', explanation: 'Bewust.' }))).toMatchObject({ answer: 'deels' });
  });

  it('keeps the previous review readable and unchangeable when a new one supersedes it', async () => {
    const plan = await call('plans:create', planInput);
    const subject = { kind: 'plan' as const, id: plan.id };
    later();
    const old = (await call('keurmerk:start', { subject, reviewer: 'Anna' })).reviews[0]!;
    await answerAll(old.id, old.checklist.items, 'deels');
    later();
    const detail = await call('keurmerk:start', { subject, reviewer: 'Bert' });
    expect(detail.reviews.map((r) => [r.reviewer, r.current])).toEqual([
      ['Bert', true],
      ['Anna', false],
    ]);
    expect(detail.reviews[1]!.answers).toHaveLength(7);
    expect(detail.status).toMatchObject({ level: 'niet-getoetst', reviewer: 'Bert', answered: 0 });
    expect(
      await refusal('keurmerk:answer', { reviewId: old.id, checklistItemId: old.checklist.items[0]!.id, answer: 'ja', explanation: '' }),
    ).toBe('Deze toetsing is vervangen door een nieuwere; een eerdere toetsing blijft zoals ze was.');
    expect((await call('keurmerk:get', { subject })).reviews[1]!.answers.every((a) => a.answer === 'deels')).toBe(true);
  });

  it('marks an intervention review outdated on any real change: status, chain, trekkers, a prestatie; not on an unchanged save', async () => {
    const subject = { kind: 'interventie' as const, id: 'brugfunctionaris' };
    const before = await call('interventions:get', { id: 'brugfunctionaris' });
    later();
    const review = (await call('keurmerk:start', { subject, reviewer: 'Programmateam' })).reviews[0]!;
    await answerAll(review.id, review.checklist.items);
    const fresh = async () => (await call('keurmerk:get', { subject })).status.outdated;
    expect(await fresh()).toBe(false);

    later();
    await call('interventions:setStatus', { id: before.id, status: before.status });
    await call('interventions:update', { id: before.id, title: before.title, summary: before.summary, themeIds: before.themeIds });
    await call('interventions:setChain', { id: before.id, goal: before.goal, means: before.means, results: before.results, impact: before.impact });
    await call('interventions:setTrekkers', { id: before.id, personIds: before.trekkers.map((t) => t.id) });
    await call('interventions:setPartners', { id: before.id, organisationIds: before.partnerOrganisations.map((o) => o.id), partners: before.partners });
    expect(await fresh()).toBe(false);

    later();
    await call('prestaties:create', { interventionId: before.id, description: 'Gesprekken met ouders', agreedNumber: 40 });
    expect(await fresh()).toBe(true);
    const statuses = await call('keurmerk:statuses', { kind: 'interventie' });
    expect(statuses['brugfunctionaris']).toMatchObject({ level: 'getoetst', outdated: true });
    expect(Object.values(statuses).filter((s) => s.level === 'niet-getoetst').length).toBe(Object.keys(statuses).length - 1);
  });

  it('puts each plan and intervention with its keurmerk status in the layer-2 report, outdated ones said plainly', async () => {
    const plan = await call('plans:create', { ...planInput, periodFrom: '2026-01-01', periodTo: '2026-12-31' });
    const other = await call('plans:create', { ...planInput, title: 'Wijkuitvoeringsplan Beijum', kind: 'wijkuitvoeringsplan', periodFrom: '2026-01-01' });
    later();
    const review = (await call('keurmerk:start', { subject: { kind: 'plan', id: plan.id }, reviewer: 'Programmateam' })).reviews[0]!;
    await answerAll(review.id, review.checklist.items);
    later();
    await call('plans:update', { id: plan.id, ...planInput, periodFrom: '2026-01-01', periodTo: '2026-12-31', status: 'vastgesteld' });

    const report = await call('reports:preview', { layer: 2, year: 2026 });
    const plans = report.blocks.find((b) => b.type === 'table' && b.caption === 'Keurmerk van de plannen');
    if (plans?.type !== 'table') throw new Error('no keurmerk table for the plans');
    expect(plans.columns).toEqual(['Plan', 'Keurmerk', 'Getoetst', 'Ouder dan de laatste wijziging']);
    const row = (title: string) => plans.rows.find((r) => r[0] === title)!;
    expect(row(plan.title).slice(1, 3)).toEqual(['Langs de zeven vinkjes gelegd', '1 maart 2026 om 10:08 door Programmateam, vinkjes versie 1']);
    expect(row(plan.title)[3]).toBe(
      'Ouder dan het plan: getoetst op 1 maart 2026 om 10:08, het plan is daarna gewijzigd op 1 maart 2026 om 10:09.',
    );
    expect(row(other.title).slice(1)).toEqual(['Nog niet langs de vinkjes gelegd', '—', '—']);
    const interventions = report.blocks.find((b) => b.type === 'table' && b.caption === 'Keurmerk van de interventies');
    expect(interventions?.type === 'table' && interventions.rows.length).toBeGreaterThan(0);
    expect(report.blocks).toContainEqual({
      type: 'paragraph',
      text: 'Van de 2 plannen: 1× nog niet langs de vinkjes gelegd, 1× langs de zeven vinkjes gelegd. 1 toetsing is ouder dan de laatste wijziging van wat ze toetste.',
    });
  });

  it('refuses a review of something that does not exist, or without a reviewer', async () => {
    expect(await refusal('keurmerk:start', { subject: { kind: 'plan', id: 999 }, reviewer: 'Anna' })).toBe('Dit plan bestaat niet (meer).');
    expect(await refusal('keurmerk:start', { subject: { kind: 'interventie', id: 'bestaat-niet' }, reviewer: 'Anna' })).toBe(
      'Deze interventie bestaat niet (meer).',
    );
    const plan = await call('plans:create', planInput);
    expect(await refusal('keurmerk:start', { subject: { kind: 'plan', id: plan.id }, reviewer: '   ' })).toMatch(/mag niet leeg zijn/);
  });
});
