// Agenda items with their links, decision fields and vinkjes answers. Loads a whole meeting's
// agenda in a fixed number of queries (no query per item).
import type { Db } from './connection';
import type { AgendaItem, AgendaKind, Answer, CitedEntry, Decision, Links, Outcome, VinkjeAnswer } from '../../../shared/domain';
import { groupPairs, type Pair } from './profile.repo';
import { handoffsOfMeeting, withHandoffs } from './agenda-handoffs.repo';

/** An item as stored: its own fields, and its decision's in the same row. */
type AgendaRow = Omit<AgendaItem, keyof Links | 'decision'> &
  Pick<Decision, 'proposal' | 'outcome' | 'decidedAt'> & { meetingId: number; decisionText: string };

const AGENDA_SELECT = `
  SELECT id, meeting_id AS meetingId, position, kind, title, description, presenter, notes, proposal, outcome,
         decision_text AS decisionText, decided_at AS decidedAt
  FROM agenda_items`;

export type AgendaFields = Pick<AgendaRow, 'kind' | 'title' | 'description' | 'presenter' | 'proposal'>;
export type AgendaLinks = Links;

export function getAgendaRow(db: Db, id: number): AgendaRow | null {
  return (db.prepare(`${AGENDA_SELECT} WHERE id = ?`).get(id) as AgendaRow | undefined) ?? null;
}

export function listAgenda(db: Db, meetingId: number, checklistId: number): AgendaItem[] {
  const rows = db.prepare(`${AGENDA_SELECT} WHERE meeting_id = ? ORDER BY position, id`).all(meetingId) as AgendaRow[];
  if (rows.length === 0) return [];
  const inMeeting = 'agenda_item_id IN (SELECT id FROM agenda_items WHERE meeting_id = ?)';
  const themes = groupPairs<number>(
    db.prepare(`SELECT agenda_item_id AS a, theme_id AS b FROM agenda_item_themes WHERE ${inMeeting}`).all(meetingId) as Pair[],
  );
  const wijken = groupPairs<number>(
    db.prepare(`SELECT agenda_item_id AS a, wijk_id AS b FROM agenda_item_wijken WHERE ${inMeeting}`).all(meetingId) as Pair[],
  );
  const interventions = groupPairs<number>(
    db
      .prepare(`SELECT agenda_item_id AS a, intervention_id AS b FROM agenda_item_interventions WHERE ${inMeeting}`)
      .all(meetingId) as Pair[],
  );
  const answers = new Map<number, VinkjeAnswer[]>();
  const answerRows = db
    .prepare(
      `SELECT v.agenda_item_id AS agendaItemId, v.checklist_item_id AS checklistItemId, ci.position, ci.question,
              v.answer, v.explanation, v.answered_at AS answeredAt
       FROM vinkje_answers v JOIN checklist_items ci ON ci.id = v.checklist_item_id
       WHERE v.${inMeeting} ORDER BY ci.position`,
    )
    .all(meetingId) as (VinkjeAnswer & { agendaItemId: number })[];
  // Cited register entries, for the whole meeting in one query; only answers that cite something get the field.
  const citations = new Map<string, CitedEntry[]>();
  const citationRows = db
    .prepare(
      `SELECT agenda_item_id AS agendaItemId, checklist_item_id AS checklistItemId, register_entry_id AS id, kind, title, date
       FROM vinkje_answer_citations WHERE ${inMeeting} ORDER BY date, register_entry_id`,
    )
    .all(meetingId) as { agendaItemId: number; checklistItemId: number; id: number; kind: string; title: string; date: string }[];
  for (const { agendaItemId, checklistItemId, ...citation } of citationRows) {
    const key = `${agendaItemId}:${checklistItemId}`;
    const list = citations.get(key);
    if (list) list.push(citation);
    else citations.set(key, [citation]);
  }
  for (const { agendaItemId, ...answer } of answerRows) {
    const key = `${agendaItemId}:${answer.checklistItemId}`;
    const cited = citations.get(key);
    if (cited) {
      answer.citations = cited;
      citations.delete(key);
    }
    const list = answers.get(agendaItemId);
    if (list) list.push(answer);
    else answers.set(agendaItemId, [answer]);
  }
  // What is left was cited under a vinkje without an answer.
  const unanswered = new Map<number, { checklistItemId: number; citations: CitedEntry[] }[]>();
  for (const [key, cited] of citations) {
    const [agendaItemId, checklistItemId] = key.split(':').map(Number) as [number, number];
    const list = unanswered.get(agendaItemId);
    if (list) list.push({ checklistItemId, citations: cited });
    else unanswered.set(agendaItemId, [{ checklistItemId, citations: cited }]);
  }
  const handoffs = handoffsOfMeeting(db, meetingId);
  return rows.map((row) => withHandoffs(toAgendaItem(row, checklistId, {
    themeIds: themes.get(row.id) ?? [],
    wijkIds: wijken.get(row.id) ?? [],
    interventionIds: interventions.get(row.id) ?? [],
  }, answers.get(row.id) ?? [], unanswered.get(row.id)), handoffs));
}

function toAgendaItem(
  row: AgendaRow,
  checklistId: number,
  links: AgendaLinks,
  answers: VinkjeAnswer[],
  unansweredCitations?: Decision['unansweredCitations'],
): AgendaItem {
  return {
    id: row.id,
    position: row.position,
    kind: row.kind,
    title: row.title,
    description: row.description,
    presenter: row.presenter,
    notes: row.notes,
    ...links,
    decision:
      row.kind === 'besluit'
        ? {
            proposal: row.proposal,
            outcome: row.outcome,
            text: row.decisionText,
            checklistId,
            answers,
            ...(unansweredCitations ? { unansweredCitations } : {}),
            decidedAt: row.decidedAt,
          }
        : null,
  };
}

export function insertAgendaItem(db: Db, meetingId: number, f: AgendaFields): number {
  const next = db.prepare('SELECT coalesce(max(position), 0) + 1 AS p FROM agenda_items WHERE meeting_id = ?').get(meetingId) as {
    p: number;
  };
  return Number(
    db
      .prepare(
        `INSERT INTO agenda_items (meeting_id, position, kind, title, description, presenter, proposal)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(meetingId, next.p, f.kind, f.title, f.description, f.presenter, f.proposal).lastInsertRowid,
  );
}

export function updateAgendaItem(db: Db, id: number, f: AgendaFields): void {
  db.prepare('UPDATE agenda_items SET kind = ?, title = ?, description = ?, presenter = ?, proposal = ? WHERE id = ?').run(
    f.kind,
    f.title,
    f.description,
    f.presenter,
    f.proposal,
    id,
  );
}

export function replaceLinks(db: Db, id: number, links: AgendaLinks): void {
  db.prepare('DELETE FROM agenda_item_themes WHERE agenda_item_id = ?').run(id);
  db.prepare('DELETE FROM agenda_item_wijken WHERE agenda_item_id = ?').run(id);
  db.prepare('DELETE FROM agenda_item_interventions WHERE agenda_item_id = ?').run(id);
  const t = db.prepare('INSERT INTO agenda_item_themes (agenda_item_id, theme_id) VALUES (?, ?)');
  const w = db.prepare('INSERT INTO agenda_item_wijken (agenda_item_id, wijk_id) VALUES (?, ?)');
  const i = db.prepare('INSERT INTO agenda_item_interventions (agenda_item_id, intervention_id) VALUES (?, ?)');
  for (const themeId of new Set(links.themeIds)) t.run(id, themeId);
  for (const wijkId of new Set(links.wijkIds)) w.run(id, wijkId);
  for (const interventionId of new Set(links.interventionIds)) i.run(id, interventionId);
}

/** Writes positions 1..n in the given order. */
export function renumber(db: Db, orderedIds: readonly number[]): void {
  const set = db.prepare('UPDATE agenda_items SET position = ? WHERE id = ?');
  orderedIds.forEach((id, index) => set.run(index + 1, id));
}

export function agendaIds(db: Db, meetingId: number): number[] {
  return (db.prepare('SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY position, id').all(meetingId) as { id: number }[]).map(
    (r) => r.id,
  );
}

export function deleteAgendaItem(db: Db, id: number): void {
  db.prepare('DELETE FROM agenda_items WHERE id = ?').run(id);
}

export function setNotes(db: Db, id: number, notes: string): void {
  db.prepare('UPDATE agenda_items SET notes = ? WHERE id = ?').run(notes, id);
}

export function setDecision(db: Db, id: number, outcome: Outcome, text: string, decidedAt: string): void {
  db.prepare('UPDATE agenda_items SET outcome = ?, decision_text = ?, decided_at = ? WHERE id = ?').run(outcome, text, decidedAt, id);
}

export function upsertAnswer(db: Db, agendaItemId: number, checklistItemId: number, answer: Answer, explanation: string, at: string): void {
  db.prepare(
    `INSERT INTO vinkje_answers (agenda_item_id, checklist_item_id, answer, explanation, answered_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (agenda_item_id, checklist_item_id)
     DO UPDATE SET answer = excluded.answer, explanation = excluded.explanation, answered_at = excluded.answered_at`,
  ).run(agendaItemId, checklistItemId, answer, explanation, at);
}

/** When this vinkje was last answered, or null when it has no answer. */
export function answeredAt(db: Db, agendaItemId: number, checklistItemId: number): string | null {
  const row = db
    .prepare('SELECT answered_at AS at FROM vinkje_answers WHERE agenda_item_id = ? AND checklist_item_id = ?')
    .get(agendaItemId, checklistItemId) as { at: string } | undefined;
  return row?.at ?? null;
}

export function answeredChecklistItemIds(db: Db, agendaItemId: number): Set<number> {
  return new Set(
    (db.prepare('SELECT checklist_item_id AS id FROM vinkje_answers WHERE agenda_item_id = ?').all(agendaItemId) as { id: number }[]).map(
      (r) => r.id,
    ),
  );
}

export function countAnswers(db: Db, agendaItemId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM vinkje_answers WHERE agenda_item_id = ?').get(agendaItemId) as { n: number }).n;
}

export function agendaKinds(db: Db, meetingId: number): { id: number; kind: AgendaKind }[] {
  return db.prepare('SELECT id, kind FROM agenda_items WHERE meeting_id = ? ORDER BY position, id').all(meetingId) as {
    id: number;
    kind: AgendaKind;
  }[];
}
