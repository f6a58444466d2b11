// A row's key is never handed out again after the row is deleted, so the audit trail never shows two
// different records under one key. Through the real channels on a real file.
import { afterEach, describe, expect, it } from 'vitest';
import { PROFILE_PATH, tempCore, type TempCore } from '../helpers/temp-core';
import { openCore } from '../../main/core/core';
import type { AuditEntry } from '../../shared/contract.durability';

let core: TempCore | undefined;
afterEach(() => core?.dispose());

/** Per key, the records the trail inserted under it: more than one means a key was reused. */
function insertsPerKey(entries: AuditEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries.filter((e) => e.operation === 'INSERT')) counts.set(e.rowKey, (counts.get(e.rowKey) ?? 0) + 1);
  return counts;
}

describe('row keys', () => {
  it('never reuses the id of a deleted register entry or milestone, so the audit trail keeps one record per key', async () => {
    core = tempCore();
    const entry = (title: string) => core!.call('registers:create', { kind: 'leerpunt', date: '2026-03-01', title, sourceKind: 'professional' });
    await entry('Vroeg beginnen werkt');
    const last = await entry('Samen met de school');
    await core.call('registers:remove', { id: last.id });
    const next = await entry('Een ander leerpunt');
    expect(next.id).not.toBe(last.id);
    expect(next.id).toBeGreaterThan(last.id);

    const milestone = await core.call('milestones:create', { date: '2026-06-01', title: 'Wijkfeest' });
    await core.call('milestones:remove', { id: milestone.id });
    const another = await core.call('milestones:create', { date: '2026-07-01', title: 'Evaluatie' });
    expect(another.id).not.toBe(milestone.id);

    // A restart keeps the high-water mark: it is in the file, not in the connection.
    const file = core.dataFile;
    core.close();
    const reopened = openCore({ dataFile: file, profilePath: PROFILE_PATH, log: () => {} });
    try {
      reopened.db.prepare('DELETE FROM register_entries WHERE id = ?').run(next.id);
      const afterRestart = Number(
        reopened.db
          .prepare("INSERT INTO register_entries (kind, date, title, source_kind, created_at, updated_at) VALUES ('leerpunt', '2026-03-02', 'Na herstart', 'bewoner', '', '')")
          .run().lastInsertRowid,
      );
      expect(afterRestart).toBeGreaterThan(next.id);

      for (const table of ['register_entries', 'milestones']) {
        const result = await reopened.dispatch('audit:list', { tableName: table, limit: 500 });
        if (!result.ok) throw new Error(result.error.message);
        for (const [key, inserts] of insertsPerKey(result.value as AuditEntry[])) expect(inserts, `${table} ${key}`).toBe(1);
      }
    } finally {
      reopened.close();
    }
  });
});
