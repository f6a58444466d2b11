// Guards the services share: find a record or refuse with a Dutch message. Kept apart from the services
// that own the records, so every service can use them without importing another service.
import type { Db } from '../store/connection';
import * as meetings from '../store/meetings.repo';
import { AppError, notFound } from '../errors';
import { formatDate } from '../../../shared/format';

export function requireMeeting(db: Db, id: number): meetings.MeetingRow {
  const row = meetings.getMeetingRow(db, id);
  if (!row) throw notFound('Deze vergadering');
  return row;
}

/** A meeting whose records may still change: not once its minutes are adopted. */
export function requireEditableMeeting(db: Db, id: number): meetings.MeetingRow {
  const row = requireMeeting(db, id);
  if (row.adoptedAt !== null) {
    throw new AppError(
      'rule-violation',
      `De notulen van deze vergadering zijn vastgesteld op ${formatDate(row.adoptedAt)}; ` +
        'wijzigen kan alleen als correctie bij de vaststelling in een latere vergadering.',
    );
  }
  return row;
}
