// The core as one object: the store, its dispatcher and the way to close it. Runs under plain Node
// (tests, web host, benchmark) and inside Electron's main process alike.
import type { Db } from './store/connection';
import { openStore } from './store/connection';
import { readProfileFile } from './store/profile.loader';
import { createDispatcher, type Dispatch } from './dispatcher';
import { createHandlers } from './handlers';

export interface CoreOptions {
  /** The SQLite file; created with its folder when missing. */
  dataFile: string;
  /** The area profile loaded on first start (resources/groningen-noord.profile.json). */
  profilePath: string;
  log?: (error: unknown) => void;
}

export interface Core {
  db: Db;
  dispatch: Dispatch;
  close(): void;
}

export function openCore(options: CoreOptions): Core {
  const db = openStore(options.dataFile, { profile: readProfileFile(options.profilePath) });
  const dispatch = createDispatcher(createHandlers(db), options.log);
  return {
    db,
    dispatch,
    close: () => db.close(),
  };
}
