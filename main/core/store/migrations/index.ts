// Numbered migrations, one file each. A migration never changes after it ships: add a new one.
// All pending migrations run in one transaction, and user_version is set inside it.
import type { Migration } from './migration';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-year';
import { migration0003 } from './0003-search';
import { migration0004 } from './0004-audit';
import { migration0005 } from './0005-registers';
import { migration0006 } from './0006-indexes';
import { migration0007 } from './0007-vinkje-counts';
import { migration0008 } from './0008-plan-caveats';
import { migration0009 } from './0009-adopted-names';
import { migration0010 } from './0010-people-left';
import { migration0011 } from './0011-stable-row-keys';
import { migration0012 } from './0012-residents-organisation';
import { migration0013 } from './0013-budget-lines';
import { migration0014 } from './0014-keurmerk-reviews';
import { migration0015 } from './0015-personal-data';
import { migration0016 } from './0016-bodies-and-memberships';
import { migration0017 } from './0017-plan-tracks-and-chain';
import { migration0018 } from './0018-koppelkansen-knelpunten-sturingsvragen';
import { migration0019 } from './0019-keyed-erasure-hash';
import { migration0020 } from './0020-mention-erasure';
import { migration0021 } from './0021-organisation-caveats';

export type { Migration };

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010, migration0011, migration0012, migration0013, migration0014, migration0015, migration0016, migration0017, migration0018, migration0019, migration0020, migration0021];

export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/** Checked at load time: versions strictly increase, as Signal's migration runner insists. */
export function assertMigrationOrder(migrations: readonly Migration[] = MIGRATIONS): void {
  migrations.forEach((m, i) => {
    const prev = migrations[i - 1];
    if (prev && m.version <= prev.version) {
      throw new Error(`Migration ${m.name} does not increase the version (${prev.version} -> ${m.version})`);
    }
  });
}

