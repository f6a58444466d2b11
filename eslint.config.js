// Keeps the layers apart (see ../shared/STYLE.md, "Code by runtime, enforced"):
// shared/ imports no platform, the core of main/ never imports electron, the renderer reaches the
// store only through the contract.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'worker_threads'];

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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'The core and the web host run under plain Node: never import electron here.' },
            { group: ['**/app/*', '**/app/**', '**/renderer/**'], message: 'The core does not depend on the Electron shell or the renderer.' },
          ],
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
