// The process test/unit/crash.test.ts kills: opens the store as the app does (same pragmas, real
// migrations, the start-up check) and writes decisions and vinkjes answers through the real services,
// each in its own transaction. After each commit it prints what it wrote, synchronously, so a printed
// line is an acknowledged write. Bundled by the test with esbuild; better-sqlite3 stays external.
import { writeSync } from 'node:fs';
import { openStore } from '../../../main/core/store/connection';
import { readProfileFile } from '../../../main/core/store/profile.loader';
import { createMeeting, listMeetings } from '../../../main/core/services/meetings.service';
import { currentChecklistId, getChecklist } from '../../../main/core/store/profile.repo';
import { addAgendaItem } from '../../../main/core/services/agenda.service';
import { answerVinkje, decide } from '../../../main/core/services/reviews.service';
import { ANSWERS } from '../../../shared/domain';

const [dataFile, profilePath, seedText] = process.argv.slice(2) as [string, string, string];
const emit = (line: string) => writeSync(1, `${line}\n`);

// A small deterministic generator, so a failing run can be replayed from its seed.
let state = Number(seedText) >>> 0 || 1;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const db = openStore(dataFile, { profile: readProfileFile(profilePath), userName: 'crashtest' });
const existing = listMeetings(db).find((m) => m.title === 'Crashtest');
const meetingId =
  existing?.id ??
  createMeeting(db, { body: 'coalitie', title: 'Crashtest', startsAt: '2026-06-11T19:30', place: 'Stadhuis', chairId: null, notulistId: null }).id;
// Not getMeeting: it loads the whole, ever longer agenda on every start.
const checklist = getChecklist(db, currentChecklistId(db)!)!.items;
emit('READY');

for (let n = 0; ; n++) {
  const tag = `${seedText}-${n}`;
  const item = addAgendaItem(db, { meetingId, kind: 'besluit', title: `Besluit ${tag}`, proposal: `Voorstel ${tag} ${'x'.repeat(Math.floor(random() * 2000))}` });
  emit(`I ${item.id} Besluit ${tag}`);
  for (const vinkje of checklist) {
    const answer = ANSWERS[Math.floor(random() * ANSWERS.length)]!;
    const explanation = answer === 'ja' ? '' : `Toelichting-${tag}-${vinkje.position}`;
    answerVinkje(db, { agendaItemId: item.id, checklistItemId: vinkje.id, answer, explanation });
    emit(`A ${item.id} ${vinkje.id} ${answer} ${explanation}`);
  }
  decide(db, { agendaItemId: item.id, outcome: 'aangenomen', text: `Besloten ${tag}` });
  emit(`D ${item.id} aangenomen Besloten ${tag}`);
}
