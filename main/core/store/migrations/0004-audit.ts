// Tamper evidence: the audit trail of every change, with triggers on every table, and the seals that chain
// adopted minutes together. Minutes adopted before this migration are sealed now, in order of adoption.
//
// Frozen: everything this migration does is written out here, as it was when it shipped, rather than called
// from durability/audit.ts and durability/chain.ts — those move on, a migration never changes. The triggers
// and the seals (hash version 1) are the same as the live code made then; openStore brings the triggers up to
// date after migrating, and durability/chain.ts keeps verifying hash version 1.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

const SQL = `
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      table_name TEXT NOT NULL,
      row_key TEXT NOT NULL,
      operation TEXT NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
      before TEXT,
      after TEXT
    ) STRICT;
    CREATE INDEX audit_log_table ON audit_log(table_name, id);
    CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'Het logboek van wijzigingen kan niet worden gewijzigd of gewist.'); END;
    CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'Het logboek van wijzigingen kan niet worden gewijzigd of gewist.'); END;

    CREATE TABLE minutes_seals (
      meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id),
      seq INTEGER NOT NULL UNIQUE CHECK (seq >= 1),
      hash_version INTEGER NOT NULL,
      content_hash TEXT NOT NULL,
      previous_hash TEXT NOT NULL,
      chain_hash TEXT NOT NULL,
      sealed_at TEXT NOT NULL
    ) STRICT;
    CREATE TRIGGER minutes_seals_locked_update BEFORE UPDATE ON minutes_seals
    BEGIN SELECT RAISE(ABORT, 'Een zegel op vastgestelde notulen kan niet worden gewijzigd of verwijderd.'); END;
    CREATE TRIGGER minutes_seals_locked_delete BEFORE DELETE ON minutes_seals
    BEGIN SELECT RAISE(ABORT, 'Een zegel op vastgestelde notulen kan niet worden gewijzigd of verwijderd.'); END;
`;

// ---- Audit triggers on every table there is now (so the seals below and later migrations are recorded) ----

type Column = { name: string; type: string; pk: number };
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

function rowJson(row: 'NEW' | 'OLD', columns: Column[]): string {
  const pairs = columns.map((c) => {
    const ref = `${row}.${ident(c.name)}`;
    const value = /BLOB|ANY/i.test(c.type) || c.type === '' ? `CASE typeof(${ref}) WHEN 'blob' THEN 'x' || hex(${ref}) ELSE ${ref} END` : ref;
    return `${literal(c.name)}, ${value}`;
  });
  return `json_object(${pairs.join(', ')})`;
}

function rowKey(row: 'NEW' | 'OLD', columns: Column[]): string {
  const pk = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  if (pk.length === 0) return `CAST(${row}.rowid AS TEXT)`;
  if (pk.length === 1) return `CAST(${row}.${ident(pk[0]!.name)} AS TEXT)`;
  return `json_array(${pk.map((c) => `${row}.${ident(c.name)}`).join(', ')})`;
}

function createAuditTriggers(db: Database): void {
  const tables = (db.prepare("SELECT name, type FROM pragma_table_list WHERE schema = 'main'").all() as { name: string; type: string }[])
    .filter((t) => t.type === 'table' && !t.name.startsWith('sqlite_') && t.name !== 'audit_log')
    .map((t) => t.name)
    .sort();
  const actor = "COALESCE((SELECT value FROM settings WHERE key = 'app.userName'), 'onbekend')";
  for (const table of tables) {
    const columns = db.prepare('SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid').all(table) as Column[];
    for (const op of ['INSERT', 'UPDATE', 'DELETE'] as const) {
      const before = op === 'INSERT' ? 'NULL' : rowJson('OLD', columns);
      const after = op === 'DELETE' ? 'NULL' : rowJson('NEW', columns);
      const when = op === 'UPDATE' ? ` WHEN ${columns.map((c) => `NEW.${ident(c.name)} IS NOT OLD.${ident(c.name)}`).join(' OR ')}` : '';
      db.exec(
        `CREATE TRIGGER ${ident(`audit_${table}_${op.toLowerCase()}`)} AFTER ${op} ON ${ident(table)}${when}\n` +
          `BEGIN\n` +
          `  INSERT INTO audit_log (at, actor, table_name, row_key, operation, before, after)\n` +
          `  VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ${actor}, ${literal(table)}, ${rowKey(op === 'DELETE' ? 'OLD' : 'NEW', columns)}, ` +
          `'${op}', ${before}, ${after});\n` +
          `END`,
      );
    }
  }
}

// ---- Seals, hash version 1 ----

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return JSON.stringify(String(value));
    if (typeof value === 'bigint') return JSON.stringify(value.toString());
    return JSON.stringify(value ?? null);
  }
  if (Buffer.isBuffer(value)) return JSON.stringify(`x${value.toString('hex')}`);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The records of one meeting's minutes; the citations table does not exist yet, so they are an empty list. */
function minutesContent(db: Database, meetingId: number): unknown {
  const ofItems = 'agenda_item_id IN (SELECT id FROM agenda_items WHERE meeting_id = ?)';
  const all = (sql: string) => db.prepare(sql).all(meetingId);
  return {
    meeting: db
      .prepare(
        `SELECT id, body, title, starts_at, place, status, chair_id, notulist_id, checklist_id, adopted_at, adopted_in_meeting_id
         FROM meetings WHERE id = ?`,
      )
      .get(meetingId),
    agenda: all(
      `SELECT id, position, kind, title, description, presenter, notes, proposal, outcome, decision_text, decided_at
       FROM agenda_items WHERE meeting_id = ? ORDER BY id`,
    ),
    links: {
      themes: all(`SELECT agenda_item_id, theme_id FROM agenda_item_themes WHERE ${ofItems} ORDER BY 1, 2`),
      wijken: all(`SELECT agenda_item_id, wijk_id FROM agenda_item_wijken WHERE ${ofItems} ORDER BY 1, 2`),
      interventions: all(`SELECT agenda_item_id, intervention_id FROM agenda_item_interventions WHERE ${ofItems} ORDER BY 1, 2`),
    },
    answers: all(
      `SELECT v.agenda_item_id, v.checklist_item_id, ci.key AS checklist_key, ci.question, v.answer, v.explanation, v.answered_at
       FROM vinkje_answers v JOIN checklist_items ci ON ci.id = v.checklist_item_id
       WHERE v.${ofItems} ORDER BY 1, 2`,
    ),
    citations: [],
    attendance: all('SELECT person_id, status FROM attendance WHERE meeting_id = ? ORDER BY person_id'),
    actions: all(
      `SELECT id, agenda_item_id, checklist_item_id, description, owner_person_id, owner_organisation_id, created_at
       FROM action_items WHERE meeting_id = ? ORDER BY id`,
    ),
    corrections: all('SELECT id, adopted_in_meeting_id, text, created_at FROM minutes_corrections WHERE meeting_id = ? ORDER BY id'),
  };
}

function sealAdoptedMinutes(db: Database, sealedAt: string): void {
  const ids = db.prepare('SELECT id FROM meetings WHERE adopted_at IS NOT NULL ORDER BY adopted_at, id').pluck().all() as number[];
  const insert = db.prepare(
    `INSERT INTO minutes_seals (meeting_id, seq, hash_version, content_hash, previous_hash, chain_hash, sealed_at)
     VALUES (?, ?, 1, ?, ?, ?, ?)`,
  );
  let previous = '0'.repeat(64);
  ids.forEach((meetingId, index) => {
    const seq = index + 1;
    const content = sha256(canonicalJson(minutesContent(db, meetingId)));
    const chain = sha256(`coalitietafel-notulen\n1\n${seq}\n${meetingId}\n${previous}\n${content}`);
    insert.run(meetingId, seq, content, previous, chain, sealedAt);
    previous = chain;
  });
}

export const migration0004: Migration = {
  version: 4,
  name: '0004-audit',
  up: (db) => {
    db.exec(SQL);
    createAuditTriggers(db);
    sealAdoptedMinutes(db, new Date().toISOString());
  },
};
