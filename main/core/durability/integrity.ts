// The integrity check made when the store is opened: the whole chain of seals, and the locks that had to be
// re-created. It runs in the background, a slice of seals per turn of the event loop, so a twenty-year archive
// does not hold up the first screen; 'integrity:status' waits for it. With a key, seals that have no MAC yet
// get one once the chain is found intact (and the check says how many).
import type { Database } from 'better-sqlite3';
import type { ChainVerification, IntegrityStatus } from '../../../shared/contract.durability';
import { changedAfterAdoptionMessage, verifyChainSteps } from './chain';
import { locksRestoredAtOpen } from './locks';
import { keyUnkeyedSeals, sealKeyOf } from './seal-key';

/** How long one slice may hold the event loop before requests get their turn. */
const SLICE_MS = 8;

export interface IntegrityCheck {
  /** Resolves when the check is done; the first screen never waits for it. */
  readonly done: Promise<IntegrityStatus>;
}

export function startIntegrityCheck(db: Database, options: { writable: boolean; now: () => Date; log: (error: unknown) => void }): IntegrityCheck {
  const locksRestored = locksRestoredAtOpen(db);
  const done = new Promise<ChainVerification>((resolve, reject) => {
    let steps: Generator<void, ChainVerification, void> | null = null;
    const slice = () => {
      try {
        // Closed (the app quits, or a restore swapped the store): the new connection has its own check.
        if (!db.open) return;
        // Each slice reads one consistent snapshot; a new adoption between slices only appends a seal.
        const result = db.transaction(() => {
          steps ??= verifyChainSteps(db);
          const until = performance.now() + SLICE_MS;
          for (;;) {
            const next = steps.next();
            if (next.done) return next.value;
            if (performance.now() >= until) return null;
          }
        })();
        if (result) resolve(result);
        else setImmediate(slice);
      } catch (error) {
        reject(error as Error);
      }
    };
    setImmediate(slice);
  }).then((verification) => statusOf(db, verification, locksRestored, options));
  // A check that could not finish is logged; the Beheer check can still be run by hand.
  done.catch(options.log);
  return { done };
}

function statusOf(
  db: Database,
  verification: ChainVerification,
  locksRestored: string[],
  options: { writable: boolean; now: () => Date },
): IntegrityStatus {
  const warnings: IntegrityStatus['warnings'] = verification.breaks.map((b) => ({ meetingId: b.meetingId, message: changedAfterAdoptionMessage(b) }));
  if (locksRestored.length > 0) {
    warnings.push({
      meetingId: null,
      message:
        `De beveiliging van vastgestelde notulen was buiten Coalitietafel om uitgeschakeld of gewijzigd (${locksRestored.length} ` +
        `regel${locksRestored.length === 1 ? '' : 's'}) en is bij het openen hersteld. ` +
        (verification.ok
          ? 'De controle van alle zegels vond daarna geen wijziging in vastgestelde notulen.'
          : 'Zie hierboven welke vastgestelde notulen daarna niet meer kloppen.'),
    });
  }
  const notices: string[] = [];
  const key = sealKeyOf(db);
  if (verification.ok && key && options.writable && db.open) {
    const keyed = db.transaction(() => keyUnkeyedSeals(db, key, options.now().toISOString()))();
    if (keyed > 0) {
      notices.push(
        `${keyed} zegel${keyed === 1 ? ' was' : 's waren'} zonder sleutel gemaakt (vóór de sleutel bestond, of zonder sleutelbos) ` +
          'en zijn nu, na controle, ook met de sleutel van deze installatie beveiligd.',
      );
    }
  }
  return { verification, locksRestored, warnings, notices };
}
