// The area and its themes as they develop: a wijk or theme the plan does not name can be added, says that the
// coalition added it and when, and is never removed (adopted minutes keep naming it; there is no remove channel).
import type { Db } from '../store/connection';
import type { Theme } from '../../../shared/domain';
import type { WijkProfile } from '../../../shared/registers';
import { formatDate, todayLocalDate } from '../../../shared/format';
import * as repo from '../store/area.repo';
import { getWijkProfile } from '../store/registers.repo';
import { getProfile } from '../store/profile.repo';
import { AppError } from '../errors';
import { now } from '../clock';

/** "Oude Ebbinge" → "oude-ebbinge"; accents folded, so ids stay plain in addresses and exports. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'nieuw';
}

function freeId(db: Db, table: 'wijken' | 'themes', name: string): string {
  const base = slugOf(name);
  let id = base;
  for (let n = 2; repo.idTaken(db, table, id); n++) id = `${base}-${n}`;
  return id;
}

const addedNote = () => `Niet uit het gebiedsplan: door de coalitie toegevoegd op ${formatDate(todayLocalDate(now()))}.`;

export function createWijk(db: Db, input: { name: string; identity?: string | undefined }): WijkProfile {
  return db.transaction(() => {
    const name = input.name.trim();
    if (repo.nameTaken(db, 'wijken', name)) throw new AppError('conflict', `Er is al een wijk met de naam “${name}”.`);
    const id = freeId(db, 'wijken', name);
    repo.insertWijk(db, { id, name, identity: input.identity?.trim() ?? '', caveat: addedNote() });
    return getWijkProfile(db, id)!;
  })();
}

export function createTheme(db: Db, input: { name: string; ambition?: string | undefined }): Theme {
  return db.transaction(() => {
    const name = input.name.trim();
    if (repo.nameTaken(db, 'themes', name)) throw new AppError('conflict', `Er is al een thema met de naam “${name}”.`);
    const id = freeId(db, 'themes', name);
    repo.insertTheme(db, { id, name, ambition: input.ambition?.trim() ?? '', caveat: addedNote() });
    return getProfile(db).themes.find((t) => t.id === id)!;
  })();
}
