// Opens a store with openCore as the app does, tries one write, and prints what the user would be told (one
// JSON line). Run by test/unit/read-only.test.ts as a user who may read but not write the data file.
import { openCore } from '../../../main/core/core';

const [dataFile, profilePath] = process.argv.slice(2) as [string, string];
const core = openCore({ dataFile, profilePath, log: () => {} });
const status = core.status();
void core.dispatch('milestones:create', { date: '2026-11-15', title: 'Wijkfeest' }).then((write) => {
  process.stdout.write(`${JSON.stringify({ mode: status.mode, reason: status.reason, detail: status.detail, write })}\n`);
  core.close();
});
