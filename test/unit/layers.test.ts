// The layer rules of eslint.config.js, each broken once: ESLint (its Node API, with the repository's own config)
// lints a small file placed where the rule applies and must report it; the same file without the import passes.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { REPO_ROOT } from '../helpers/paths';

const eslint = new ESLint({ cwd: REPO_ROOT });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const CASES = [
  { rule: 'store → services', file: 'main/core/store/fixture.repo.ts', code: "import { getMeeting } from '../services/meeting-detail';\nexport const x = getMeeting;\n", says: /bottom layer/ },
  { rule: 'store → exports', file: 'main/core/store/fixture.repo.ts', code: "import { slugify } from '../exports/file-names';\nexport const x = slugify;\n", says: /bottom layer/ },
  { rule: 'store → handlers', file: 'main/core/store/fixture.repo.ts', code: "import type { Handlers } from '../handlers.types';\nexport type X = Handlers;\n", says: /bottom layer/ },
  { rule: 'exports → services', file: 'main/core/exports/fixture.export.ts', code: "import { buildReport } from '../services/reports.service';\nexport const x = buildReport;\n", says: /Exports render/ },
  { rule: 'exports → store', file: 'main/core/exports/fixture.export.ts', code: "import type { Db } from '../store/connection';\nexport type X = Db;\n", says: /Exports render/ },
  { rule: 'migration → live code', file: 'main/core/store/migrations/0099-fixture.ts', code: "import { syncAuditTriggers } from '../../durability/audit';\nexport const x = syncAuditTriggers;\n", says: /never changes after it ships/ },
  { rule: 'migration → a repository', file: 'main/core/store/migrations/0099-fixture.ts', code: "import { listMeetings } from '../meetings.repo';\nexport const x = listMeetings;\n", says: /never changes after it ships/ },
  { rule: 'core → electron (kept in the stricter layers)', file: 'main/core/exports/fixture.export.ts', code: "import { app } from 'electron';\nexport const x = app;\n", says: /never import electron/ },
];

describe('layer rules inside the core', () => {
  for (const c of CASES) {
    it(`reports an import ${c.rule}`, async () => {
      const messages = await restrictedImports(c.file, c.code);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(c.says);
    });
  }

  it('passes the same places with imports the layers allow', async () => {
    expect(await restrictedImports('main/core/store/fixture.repo.ts', "import type { Db } from './connection';\nimport { AppError } from '../errors';\nexport const x = (db: Db) => new AppError('not-found', String(db));\n")).toEqual([]);
    expect(await restrictedImports('main/core/exports/fixture.export.ts', "import type { ExportFormat } from '../../../shared/domain';\nimport { slugify } from './file-names';\nexport const x = (f: ExportFormat) => slugify(f);\n")).toEqual([]);
    expect(await restrictedImports('main/core/store/migrations/0099-fixture.ts', "import { createHash } from 'node:crypto';\nimport type { Migration } from './migration';\nexport const m: Migration = { version: 99, name: 'x', up: () => void createHash('sha256') };\n")).toEqual([]);
    expect(await restrictedImports('main/core/services/fixture.service.ts', "import { getMeeting } from './meeting-detail';\nimport { listMeetings } from '../store/meetings.repo';\nexport const x = [getMeeting, listMeetings];\n")).toEqual([]);
  });
});

async function restrictedSyntax(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const PREPARE = "import type { Db } from '../store/connection';\nexport const count = (db: Db) => db.prepare('SELECT count(*) FROM meetings').pluck().get();\n";

describe('SQL only in repositories', () => {
  for (const file of ['main/core/services/fixture.service.ts', 'main/core/fixture.ts', 'main/core/exports/fixture.export.ts', 'main/web/fixture.ts']) {
    it(`reports a prepared statement in ${file}`, async () => {
      const messages = await restrictedSyntax(file, PREPARE);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/SQL lives in the repositories/);
    });
  }

  it('passes prepared statements in the store and in durability/, and other calls named prepare nowhere', async () => {
    expect(await restrictedSyntax('main/core/store/fixture.repo.ts', PREPARE.replace('../store/connection', './connection'))).toEqual([]);
    expect(await restrictedSyntax('main/core/durability/fixture.ts', PREPARE)).toEqual([]);
    expect(await restrictedSyntax('main/core/services/fixture.service.ts', "import { listMeetings } from '../store/meetings.repo';\nconst prepare = () => listMeetings;\nexport const x = prepare();\n")).toEqual([]);
  });
});
