// ESLint (flat config) over the JavaScript of the widget (www/) and the
// extension (extension/src/): the recommended rules, and those that catch
// what type-checking (tsconfig.json) does not. Run by scripts/lint_js.sh.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['www/pkg/**'] },
  {
    files: ['www/**/*.js', 'extension/src/**/*.js'],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.webextensions },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      ...js.configs.recommended.rules,
      'no-unused-vars': ['error', { caughtErrors: 'none' }],
      eqeqeq: ['error', 'always'],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-implicit-globals': 'error',
      'no-shadow': 'error',
      'no-throw-literal': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
];
