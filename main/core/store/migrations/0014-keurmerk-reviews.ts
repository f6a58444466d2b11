// The keurmerk on plans and interventions: a seven-vinkjes review of a plan or an intervention, answered against
// one version of the checklist, with who reviewed. A new review supersedes the previous one, which stays readable
// and is never changed again (the triggers below refuse it, so no code path can rewrite history).
import type { Migration } from './migration';

// Written out, not imported: a migration never changes after it ships, even when shared/ does.
const ANSWERS = "'ja', 'deels', 'nee', 'nvt'";
const SUPERSEDED = 'Deze toetsing is vervangen door een nieuwere; een eerdere toetsing blijft zoals ze was.';

/** True when a later review of the same plan or intervention exists. */
const superseded = (reviewId: string) => `EXISTS (
  SELECT 1 FROM keurmerk_reviews r JOIN keurmerk_reviews later
    ON later.id > r.id AND (later.plan_id IS r.plan_id AND later.intervention_id IS r.intervention_id)
  WHERE r.id = ${reviewId})`;

export const migration0014: Migration = {
  version: 14,
  name: '0014-keurmerk-reviews',
  up: (db) => {
    db.exec(`
      CREATE TABLE keurmerk_reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        plan_id INTEGER REFERENCES plans(id) ON DELETE CASCADE,
        intervention_id TEXT REFERENCES interventions(id) ON DELETE CASCADE,
        checklist_id INTEGER NOT NULL REFERENCES checklists(id),
        reviewer TEXT NOT NULL CHECK (length(trim(reviewer)) > 0),
        created_at TEXT NOT NULL,
        CHECK ((plan_id IS NULL) <> (intervention_id IS NULL))
      ) STRICT;
      CREATE INDEX keurmerk_reviews_plan ON keurmerk_reviews(plan_id, id) WHERE plan_id IS NOT NULL;
      CREATE INDEX keurmerk_reviews_intervention ON keurmerk_reviews(intervention_id, id) WHERE intervention_id IS NOT NULL;

      -- The same answers and rule as a decision's review (vinkje_answers): anything but "ja" is explained.
      CREATE TABLE keurmerk_answers (
        review_id INTEGER NOT NULL REFERENCES keurmerk_reviews(id) ON DELETE CASCADE,
        checklist_item_id INTEGER NOT NULL REFERENCES checklist_items(id),
        answer TEXT NOT NULL CHECK (answer IN (${ANSWERS})),
        explanation TEXT NOT NULL DEFAULT '',
        answered_at TEXT NOT NULL,
        PRIMARY KEY (review_id, checklist_item_id),
        CHECK (answer = 'ja' OR length(trim(explanation)) > 0)
      ) STRICT, WITHOUT ROWID;

      CREATE TRIGGER keurmerk_answers_superseded_insert BEFORE INSERT ON keurmerk_answers WHEN ${superseded('NEW.review_id')}
      BEGIN SELECT RAISE(ABORT, '${SUPERSEDED}'); END;
      CREATE TRIGGER keurmerk_answers_superseded_update BEFORE UPDATE ON keurmerk_answers WHEN ${superseded('OLD.review_id')}
      BEGIN SELECT RAISE(ABORT, '${SUPERSEDED}'); END;
      -- A review keeps its subject, checklist and reviewer: it is what was reviewed, by whom.
      CREATE TRIGGER keurmerk_reviews_fixed BEFORE UPDATE ON keurmerk_reviews
      BEGIN SELECT RAISE(ABORT, 'Een toetsing houdt haar onderwerp, checklist en toetser.'); END;
    `);
  },
};
