// The floor for each screen's data call: the same rows read with plain better-sqlite3, statements prepared once,
// no validation, no mapping into domain objects, no async. What a screen's call costs above this is the price
// of the dispatcher (zod), the services (statements prepared per call, mapping) and the shape of its queries.
import type Database from 'better-sqlite3';

export interface RawParams {
  reviewedMeetingId: number;
  upcomingMeetingId: number;
  fullYear: number;
  indicatorId: number | null;
  searchCommon: string;
  searchRare: string;
}

export type RawQueries = Record<string, () => unknown>;

/** The FTS query the search service builds for a single word. */
const ftsWord = (w: string) => `"${w.replace(/"/g, '""')}"`;

export function rawQueries(db: Database.Database, p: RawParams): RawQueries {
  const has = (table: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;

  const meetingsBetween = db.prepare(
    `SELECT m.id, m.body, m.title, m.starts_at, m.place, m.status, c.name AS chair_name,
            count(a.id) AS item_count, coalesce(sum(a.kind = 'besluit'), 0) AS decision_count
     FROM meetings m LEFT JOIN people c ON c.id = m.chair_id LEFT JOIN agenda_items a ON a.meeting_id = m.id
     WHERE m.starts_at >= ? AND m.starts_at < ?
     GROUP BY m.id ORDER BY m.starts_at DESC, m.id DESC`,
  );

  // ---- meetings:get ----
  const meeting = db.prepare(
    `SELECT m.*, c.name AS chair_name, n.name AS notulist_name, am.title AS adopted_in_title
     FROM meetings m LEFT JOIN people c ON c.id = m.chair_id LEFT JOIN people n ON n.id = m.notulist_id
     LEFT JOIN meetings am ON am.id = m.adopted_in_meeting_id WHERE m.id = ?`,
  );
  const agenda = db.prepare('SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position, id');
  const links = ['agenda_item_themes', 'agenda_item_wijken', 'agenda_item_interventions'].map((t) =>
    db.prepare(`SELECT l.* FROM agenda_items a JOIN ${t} l ON l.agenda_item_id = a.id WHERE a.meeting_id = ?`),
  );
  const answers = db.prepare(
    `SELECT v.*, ci.position, ci.question FROM agenda_items a JOIN vinkje_answers v ON v.agenda_item_id = a.id
     JOIN checklist_items ci ON ci.id = v.checklist_item_id WHERE a.meeting_id = ? ORDER BY ci.position`,
  );
  const citations = has('vinkje_answer_citations')
    ? db.prepare('SELECT c.* FROM agenda_items a JOIN vinkje_answer_citations c ON c.agenda_item_id = a.id WHERE a.meeting_id = ?')
    : null;
  const attendance = db.prepare(
    `SELECT p.id, p.name, o.name AS organisation, p.role, a.status FROM people p JOIN organisations o ON o.id = p.organisation_id
     LEFT JOIN attendance a ON a.person_id = p.id AND a.meeting_id = ? ORDER BY o.name COLLATE NOCASE, p.name COLLATE NOCASE`,
  );
  const actionsOfMeeting = db.prepare(
    `SELECT a.*, coalesce(p.name, o.name, '') AS owner FROM action_items a LEFT JOIN people p ON p.id = a.owner_person_id
     LEFT JOIN organisations o ON o.id = a.owner_organisation_id WHERE a.meeting_id = ? ORDER BY a.id`,
  );
  const checklistItems = db.prepare('SELECT * FROM checklist_items WHERE checklist_id = ? ORDER BY position');
  const carried = db.prepare(
    `SELECT a.*, coalesce(p.name, o.name, '') AS owner, m.title, m.starts_at,
            (SELECT json_group_array(theme_id) FROM agenda_item_themes t WHERE t.agenda_item_id = a.agenda_item_id) AS themes
     FROM meetings m JOIN action_items a ON a.meeting_id = m.id
     LEFT JOIN people p ON p.id = a.owner_person_id LEFT JOIN organisations o ON o.id = a.owner_organisation_id
     WHERE m.body = @body AND m.starts_at < @startsAt AND a.meeting_id <> @id AND (a.status = 'open' OR a.closed_in_meeting_id = @id)
     ORDER BY m.starts_at, a.id`,
  );
  const corrections = db.prepare('SELECT * FROM minutes_corrections WHERE meeting_id = ? ORDER BY id');
  const meetingGet = (id: number) => {
    const m = meeting.get(id) as { id: number; body: string; starts_at: string; checklist_id: number };
    return {
      m,
      agenda: agenda.all(id),
      links: links.map((s) => s.all(id)),
      answers: answers.all(id),
      citations: citations?.all(id) ?? [],
      attendance: attendance.all(id),
      actions: actionsOfMeeting.all(id),
      checklist: checklistItems.all(m.checklist_id),
      carried: carried.all({ body: m.body, startsAt: m.starts_at, id }),
      corrections: corrections.all(id),
    };
  };

  // ---- actions:list ----
  const actions = db.prepare(
    `SELECT a.*, coalesce(p.name, o.name, '') AS owner, m.title, m.starts_at,
            (SELECT json_group_array(theme_id) FROM agenda_item_themes t WHERE t.agenda_item_id = a.agenda_item_id) AS themes
     FROM action_items a JOIN meetings m ON m.id = a.meeting_id
     LEFT JOIN people p ON p.id = a.owner_person_id LEFT JOIN organisations o ON o.id = a.owner_organisation_id
     WHERE (@status IS NULL OR a.status = @status)
     ORDER BY (a.status <> 'open'), coalesce(a.due_date, '9999-12-31'), a.id`,
  );

  // ---- search ----
  const search = db.prepare(
    `SELECT s.kind, s.meeting_id, s.agenda_item_id, highlight(search_index, 3, '[', ']') AS title,
            snippet(search_index, 4, '[', ']', '…', 24) AS snippet, m.title AS meeting_title, m.starts_at
     FROM search_index s JOIN meetings m ON m.id = s.meeting_id
     WHERE search_index MATCH ? ORDER BY bm25(search_index, 0, 0, 0, 2.0, 1.0), m.starts_at DESC LIMIT 50`,
  );

  // ---- year:get, decisions:list ----
  const milestones = db.prepare('SELECT * FROM milestones WHERE date >= ? AND date < ? ORDER BY date, id');
  const decisions = db.prepare(
    `SELECT m.id, m.title, m.starts_at, a.id, a.title, a.outcome, a.decision_text, m.adopted_at
     FROM meetings m JOIN agenda_items a ON a.meeting_id = m.id
     WHERE a.kind = 'besluit' AND a.outcome IS NOT NULL AND m.starts_at >= ? AND m.starts_at < ?
     ORDER BY m.starts_at, a.position`,
  );

  // ---- coalition:list, profile:get ----
  const organisations = db.prepare('SELECT * FROM organisations ORDER BY name COLLATE NOCASE');
  const people = db.prepare('SELECT p.*, o.name AS organisation FROM people p JOIN organisations o ON o.id = p.organisation_id ORDER BY p.name COLLATE NOCASE');
  const profileStatements = [
    'SELECT * FROM area WHERE id = 1',
    'SELECT id, name, ambition FROM themes ORDER BY position',
    'SELECT id, name, identity FROM wijken ORDER BY position',
    'SELECT ci.* FROM checklists c JOIN checklist_items ci ON ci.checklist_id = c.id WHERE c.is_current = 1 ORDER BY ci.position',
    'SELECT id, title, kind, summary, parent_id FROM interventions ORDER BY position',
    'SELECT * FROM intervention_themes',
    'SELECT * FROM intervention_wijken',
  ].map((sql) => db.prepare(sql));

  const queries: RawQueries = {
    'meetings:list': () => meetingsBetween.all('0000', '9999'),
    'meetings:get': () => meetingGet(p.reviewedMeetingId),
    'meetings:get (upcoming)': () => meetingGet(p.upcomingMeetingId),
    'actions:list (open)': () => actions.all({ status: 'open' }),
    'actions:list (all)': () => actions.all({ status: null }),
    'search:query (common word)': () => search.all(ftsWord(p.searchCommon)),
    'search:query (rare word)': () => search.all(ftsWord(p.searchRare)),
    'year:get': () => ({
      meetings: meetingsBetween.all(`${p.fullYear}-01-01T00:00`, `${p.fullYear + 1}-01-01T00:00`),
      milestones: milestones.all(`${p.fullYear}-01-01`, `${p.fullYear + 1}-01-01`),
    }),
    'decisions:list': () => decisions.all(`${p.fullYear}-01-01T00:00`, `${p.fullYear}-12-31T24:00`),
    'coalition:list': () => ({ organisations: organisations.all(), people: people.all() }),
    'profile:get': () => profileStatements.map((s) => s.all()),
  };

  if (has('register_entries')) {
    // ---- charts ----
    const inPeriod = '(:from IS NULL OR substr(m.starts_at, 1, 10) >= :from) AND (:to IS NULL OR substr(m.starts_at, 1, 10) <= :to)';
    const chartMeetings = db.prepare(
      `SELECT DISTINCT m.id, m.title, m.starts_at FROM meetings m JOIN agenda_items a ON a.meeting_id = m.id
       JOIN vinkje_answers v ON v.agenda_item_id = a.id WHERE ${inPeriod} ORDER BY m.starts_at, m.id`,
    );
    const byMeeting = db.prepare(
      `SELECT ci.position, m.id, v.answer, count(*) AS n FROM vinkje_answers v JOIN checklist_items ci ON ci.id = v.checklist_item_id
       JOIN agenda_items a ON a.id = v.agenda_item_id JOIN meetings m ON m.id = a.meeting_id
       WHERE ${inPeriod} GROUP BY ci.position, m.id, v.answer`,
    );
    const byTheme = db.prepare(
      `WITH item_themes AS (SELECT agenda_item_id, theme_id FROM agenda_item_themes
                            UNION SELECT ai.agenda_item_id, it.theme_id FROM agenda_item_interventions ai
                            JOIN intervention_themes it ON it.intervention_id = ai.intervention_id)
       SELECT ci.position, t.id, t.name, v.answer, count(*) AS n FROM vinkje_answers v
       JOIN checklist_items ci ON ci.id = v.checklist_item_id JOIN agenda_items a ON a.id = v.agenda_item_id
       JOIN meetings m ON m.id = a.meeting_id JOIN item_themes x ON x.agenda_item_id = a.id JOIN themes t ON t.id = x.theme_id
       WHERE ${inPeriod} GROUP BY ci.position, t.id, v.answer ORDER BY t.position`,
    );
    const vinkjes = (from: string | null, to: string | null) => ({
      meetings: chartMeetings.all({ from, to }),
      byMeeting: byMeeting.all({ from, to }),
      byTheme: byTheme.all({ from, to }),
    });
    queries['charts:vinkjes (all years)'] = () => vinkjes(null, null);
    queries['charts:vinkjes (one year)'] = () => vinkjes(`${p.fullYear}-01-01`, `${p.fullYear}-12-31`);
    const indicator = db.prepare('SELECT i.*, t.name AS theme FROM indicators i JOIN themes t ON t.id = i.theme_id WHERE i.id = ?');
    const values = db.prepare('SELECT * FROM indicator_values WHERE indicator_id = ?');
    const wijken = db.prepare('SELECT id, name FROM wijken ORDER BY position');
    if (p.indicatorId !== null) {
      const id = p.indicatorId;
      queries['charts:indicator'] = () => ({ indicator: indicator.get(id), values: values.all(id), wijken: wijken.all() });
    }
    const interventionsByTheme = db.prepare(
      `SELECT t.id, t.name, i.status, count(i.id) AS n FROM themes t LEFT JOIN intervention_themes it ON it.theme_id = t.id
       LEFT JOIN interventions i ON i.id = it.intervention_id GROUP BY t.id, i.status ORDER BY t.position`,
    );
    const unthemed = db.prepare(
      `SELECT status, count(*) AS n FROM interventions i
       WHERE NOT EXISTS (SELECT 1 FROM intervention_themes it WHERE it.intervention_id = i.id) GROUP BY status`,
    );
    queries['charts:interventions'] = () => ({ byTheme: interventionsByTheme.all(), unthemed: unthemed.all() });

    // ---- lists of the registers feature ----
    const interventionList = [
      'SELECT * FROM interventions ORDER BY position, id',
      'SELECT * FROM intervention_themes',
      'SELECT * FROM intervention_wijken',
      'SELECT t.intervention_id, p.id, p.name FROM intervention_trekkers t JOIN people p ON p.id = t.person_id ORDER BY p.name COLLATE NOCASE',
      `SELECT intervention_id, count(*) AS n,
              sum(agreed_number IS NOT NULL AND delivered_number IS NOT NULL AND delivered_number >= agreed_number) AS met
       FROM prestaties GROUP BY intervention_id`,
    ].map((sql) => db.prepare(sql));
    queries['interventions:list'] = () => interventionList.map((s) => s.all());
    const entries = db.prepare(
      `SELECT e.*, (SELECT count(*) FROM vinkje_answer_citations c WHERE c.register_entry_id = e.id) AS citations
       FROM register_entries e ORDER BY e.date DESC, e.id DESC LIMIT 500`,
    );
    const entryLinks = ['register_entry_themes', 'register_entry_wijken', 'register_entry_interventions'].map((t) =>
      db.prepare(`SELECT * FROM ${t} WHERE register_entry_id IN (SELECT value FROM json_each(?))`),
    );
    queries['registers:list'] = () => {
      const rows = entries.all() as { id: number }[];
      const ids = JSON.stringify(rows.map((r) => r.id));
      return { rows, links: entryLinks.map((s) => s.all(ids)) };
    };
    const indicators = db.prepare(
      `SELECT i.*, (SELECT count(*) FROM indicator_values v WHERE v.indicator_id = i.id) AS n,
              (SELECT max(period) FROM indicator_values v WHERE v.indicator_id = i.id) AS latest
       FROM indicators i JOIN themes t ON t.id = i.theme_id ORDER BY t.position, i.name COLLATE NOCASE`,
    );
    queries['indicators:list'] = () => indicators.all();
  }
  if (has('budget_lines')) Object.assign(queries, rawMoneyQueries(db, p));
  return queries;
}

/** The money screens' reads: the totals per year and partner (Financiën), one year's lines, one intervention's lines. */
function rawMoneyQueries(db: Database.Database, p: RawParams): RawQueries {
  const groups = db.prepare(
    `SELECT b.year, b.organisation_id, o.name, b.kind, b.source, b.status, b.capacity_unit, (b.intervention_id IS NULL AND b.plan_id IS NULL) AS programme,
            sum(b.amount_cents), sum(b.capacity_hundredths), count(*)
     FROM budget_lines b LEFT JOIN organisations o ON o.id = b.organisation_id
     GROUP BY b.year, b.organisation_id, b.kind, b.source, b.status, b.capacity_unit, programme`,
  );
  const organisations = db.prepare('SELECT id, name FROM organisations ORDER BY name COLLATE NOCASE');
  const select = `SELECT b.*, o.name, i.title, p.title FROM budget_lines b LEFT JOIN organisations o ON o.id = b.organisation_id
     LEFT JOIN interventions i ON i.id = b.intervention_id LEFT JOIN plans p ON p.id = b.plan_id`;
  const ofYear = db.prepare(`${select} WHERE b.year = ? ORDER BY b.id`);
  const ofIntervention = db.prepare(`${select} WHERE b.intervention_id = ? ORDER BY b.year, b.id`);
  const busiest = busiestBudgetIntervention(db);
  return {
    'money:overview': () => ({ groups: groups.all(), organisations: organisations.all() }),
    'money:list (year)': () => ofYear.all(p.fullYear),
    'money:list (intervention)': () => ofIntervention.all(busiest),
  };
}

/** The intervention with the most budget lines: the money panel's heaviest case. */
export function busiestBudgetIntervention(db: Database.Database): string | null {
  const id = db
    .prepare('SELECT intervention_id FROM budget_lines WHERE intervention_id IS NOT NULL GROUP BY intervention_id ORDER BY count(*) DESC, intervention_id LIMIT 1')
    .pluck()
    .get() as string | undefined;
  return id ?? null;
}
