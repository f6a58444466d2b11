// Writes that remove personal data: replaced content and freed pages are overwritten with zeros (so what was replaced does not linger
// in the file or a later backup), and the write-ahead log is checkpointed after, where the old pages would
// otherwise wait for the next checkpoint.
import type { Db } from './connection';

export function withSecureDelete<T>(db: Db, write: () => T): T {
  const previous = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    const result = write();
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // A reader holding the log open: SQLite checkpoints it later.
    }
    return result;
  } finally {
    // Back to what it was: 2 is FAST (as the store opens), which the pragma takes only by name ("2" reads as ON).
    db.pragma(`secure_delete = ${['OFF', 'ON', 'FAST'][previous] ?? 'FAST'}`);
  }
}
