// Keeps the layers apart (README.md, "Layout"): shared/ imports no platform, the core of main/ never imports
// electron, the renderer reaches the store only through the contract. Inside the core: the store imports no
// layer above it, exports render what they are given (no services, no store), and a migration imports no live
// code, because it never changes after it ships. SQL statements are prepared only in the store's repositories and
// in durability/ (which works on the file itself). test/unit/layers.test.ts breaks each rule once.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'worker_threads'];

/** What holds for all of main/core (and main/web); the stricter layers below repeat it, as a later entry replaces the rule. */
const CORE_PATTERNS = [
  { group: ['electron', 'electron/*'], message: 'The core and the web host run under plain Node: never import electron here.' },
  { group: ['**/app/*', '**/app/**', '**/renderer/**'], message: 'The core does not depend on the Electron shell or the renderer.' },
];
const coreLayer = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns: [...CORE_PATTERNS, ...patterns] }] });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'out/**', 'bench/.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_BUILTINS, message: 'shared/ is the contract: no platform imports.' },
            { group: ['electron', 'better-sqlite3', 'react', 'react-dom', '../main/*', '../renderer/*', '**/main/**', '**/renderer/**'], message: 'shared/ imports no platform and no layer above it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/core/**/*.ts', 'main/web/**/*.ts'],
    rules: coreLayer(),
  },
  {
    files: ['main/core/store/**/*.ts'],
    ignores: ['main/core/store/migrations/**'],
    rules: coreLayer({
      group: ['**/services/*', '**/exports/*', '**/handlers', '**/handlers.*', '**/dispatcher', '**/core'],
      message: 'The store is the bottom layer: it imports no service, export, handler or dispatcher.',
    }),
  },
  {
    files: ['main/core/exports/**/*.ts'],
    rules: coreLayer({
      group: ['**/services/*', '**/store/*', '**/store/**'],
      message: 'Exports render the data they are given: no services, no store.',
    }),
  },
  {
    // The migrations themselves; migration.ts and index.ts are the runner's.
    files: ['main/core/store/migrations/[0-9]*.ts'],
    rules: coreLayer({
      group: ['../*', '../**'],
      message: 'A migration never changes after it ships: write out what it needs in its own file instead of importing live code.',
    }),
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/core/store/**', 'main/core/durability/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='prepare']",
          message: 'SQL lives in the repositories (main/core/store/): add a function there and call it from here.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_BUILTINS, message: 'The renderer is sandboxed: no Node imports.' },
            { group: ['electron', 'electron/*', 'better-sqlite3', '**/main/**', '../main/*'], message: 'The renderer reaches the store only through the contract (renderer/api.ts).' },
          ],
        },
      ],
    },
  },
);
