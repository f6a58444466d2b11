// People leave the coalition: the date they left (YYYY-MM-DD), NULL while they take part. They stay in the
// attendance and minutes of meetings before that date and drop out of the attendance of later ones.
import type { Migration } from './migration';

export const migration0010: Migration = {
  version: 10,
  name: '0010-people-left',
  up: (db) => {
    db.exec(`
      ALTER TABLE people ADD COLUMN left_on TEXT
        CHECK (left_on IS NULL OR left_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');
    `);
  },
};
