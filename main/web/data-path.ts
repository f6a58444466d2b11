// Where the browser mode keeps its SQLite file when no --data is given: the usual per-user data
// folder of each OS (Electron keeps its own under app.getPath('userData')).
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

export const DATA_FILE_NAME = 'coalitietafel.sqlite';

export interface DataPathEnvironment {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

export function defaultDataDir(
  { platform, env, home }: DataPathEnvironment = { platform: process.platform, env: process.env, home: homedir() },
): string {
  if (platform === 'win32') {
    return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), 'Coalitietafel');
  }
  if (platform === 'darwin') {
    return posix.join(home, 'Library', 'Application Support', 'Coalitietafel');
  }
  // XDG says a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME;
  const base = xdg && posix.isAbsolute(xdg) ? xdg : posix.join(home, '.local', 'share');
  return posix.join(base, 'coalitietafel');
}

export function defaultDataFile(environment?: DataPathEnvironment): string {
  const platform = environment?.platform ?? process.platform;
  return (platform === 'win32' ? win32 : posix).join(defaultDataDir(environment), DATA_FILE_NAME);
}
