// Every SQLite connection the core opens goes through openDatabase, so one process-wide choice of native
// module applies to all of them. Under Node (tests, web host, benchmark) that is better-sqlite3's own build in
// node_modules; Electron's main process runs another ABI and loads a build of its own (CoreOptions.nativeBinding).
// A process can hold only one ABI, which is why the choice is per process and not per connection.
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AppError } from '../errors';

let binding: string | undefined;

/** The native module chosen for this process, if not node_modules' own: a worker thread must load the same one. */
export const nativeBindingInUse = (): string | undefined => binding;

export function openDatabase(file: string, options: Database.Options = {}): Database.Database {
  return new Database(file, binding ? { ...options, nativeBinding: binding } : options);
}

/**
 * Reads a database's header and parses its schema, the first things a damaged file fails on, and returns its
 * schema version (user_version).
 */
export function readHeaderAndSchema(db: Database.Database): number {
  const version = db.pragma('user_version', { simple: true }) as number;
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  return version;
}

/**
 * The ABI a compiled Node module was built for, read from the name of its registration symbol
 * (node_register_module_v<ABI>, the same in ELF, PE and Mach-O files); null when it has none.
 */
export function bindingAbi(file: string): number | null {
  const match = /node_register_module_v(\d+)/.exec(readFileSync(file).toString('latin1'));
  return match ? Number(match[1]) : null;
}

const REBUILD_ADVICE = 'Verwijder de map .electron-native en start opnieuw met `npm start`, dat de juiste versie klaarzet.';

/**
 * Loads the native module at file for this process, after checking it was built for the running ABI
 * (process.versions.modules), and makes every later openDatabase use it. A wrong or missing build is
 * refused with a Dutch message instead of Node's "NODE_MODULE_VERSION" error.
 */
export function useNativeBinding(file: string, runningAbi: string = process.versions.modules): void {
  if (!existsSync(file)) {
    throw new AppError(
      'conflict',
      `De SQLite-module voor deze versie van Coalitietafel ontbreekt (${file}). ${REBUILD_ADVICE}`,
    );
  }
  const abi = bindingAbi(file);
  if (abi === null || String(abi) !== runningAbi) {
    throw new AppError(
      'conflict',
      `De SQLite-module ${file} is gebouwd voor ${abi === null ? 'een onbekende runtime' : `ABI ${abi}`}, ` +
        `maar deze app draait op ABI ${runningAbi}; hij kan de gegevens daarmee niet openen. ${REBUILD_ADVICE}`,
    );
  }
  try {
    // Loaded here once so a failure is reported here; better-sqlite3 then finds it in require's cache.
    createRequire(file)(file);
    binding = file;
  } catch (error) {
    throw new AppError(
      'conflict',
      `De SQLite-module ${file} kon niet worden geladen (${(error as Error).message}). ${REBUILD_ADVICE}`,
    );
  }
}
