import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

export default tseslint.config(
  // Snippet files are fix code for the user's own client library, checked by their language in snippets.test.ts.
  { ignores: ['dist', 'node_modules', 'reports', 'test-results', 'playwright-report', 'fixtures', 'dev-dist', 'src/core/knowledge/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    plugins: { 'import-x': importX },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })] },
    rules: {
      eqeqeq: ['error', 'always', { null: 'never' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      // NOTE: small modules and short functions, so that a newcomer can read one thing at a time.
      'max-lines': ['error', { max: 600 }],
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Scrollable code blocks must take focus so keyboard users can scroll them (axe: scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['pre'], roles: ['tabpanel'] }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/worker/**/*.ts'],
    languageOptions: { globals: globals.worker },
  },
  {
    // NOTE: the core runs in Node, in the worker and on the main thread: no React, DOM or network.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'path', 'http', 'https', 'net', 'child_process'].map((name) => ({ name, message: 'src/core is pure: no Node APIs.' })),
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*'], message: 'src/core is pure: no React.' },
            { group: ['node:*'], message: 'src/core is pure: no Node APIs.' },
            { group: ['**/ui/**', '**/worker/**', '**/cli/**'], message: 'src/core imports nothing of ui, worker or cli.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'localStorage', 'sessionStorage', 'XMLHttpRequest', 'WebSocket', 'navigator'],
    },
  },
  {
    files: ['scripts/**/*.{ts,mjs}', 'src/cli/**/*.ts', 'e2e/**/*.ts', '*.config.{ts,js}', 'src/**/*.test.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // The probe drives a browser: its page functions run there.
    files: ['scripts/probe.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
