// A store made before the default profile named a residents' organisation gets it, as that profile names it, so a
// bewonersvertegenwoordiger can be added straight away. Only a store whose profile was loaded already (a new one
// gets it from the profile, loaded after the migrations), and never when the coalition has one of its own.
// Frozen SQL: a migration never reads the live profile.
import type { Migration } from './migration';

export const migration0012: Migration = {
  version: 12,
  name: '0012-residents-organisation',
  up: (db) => {
    db.exec(`
      INSERT INTO organisations (name, sector)
      SELECT 'Bewonersvertegenwoordiging Groningen-Noord', 'bewoners'
       WHERE EXISTS (SELECT 1 FROM settings WHERE key = 'profile.loaded')
         AND NOT EXISTS (SELECT 1 FROM organisations WHERE sector = 'bewoners' OR name = 'Bewonersvertegenwoordiging Groningen-Noord');
    `);
  },
};
