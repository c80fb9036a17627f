// Lint rules only: formatting is Prettier's (`.prettierrc.json`). None of the configs below contains
// a formatting rule (typescript-eslint 8's `stylistic` is about TypeScript idioms, not layout).
// eslint-config-prettier's checker (`npx eslint-config-prettier <file>`) finds nothing in this config to
// switch off but its "special rule" no-unexpected-multiline, which stays on: it reports nothing on
// Prettier's output and catches a real ASI trap. So eslint-config-prettier is not a dependency.
// `npm run lint` = eslint . && prettier --check .      `npm run format` = prettier --write . && eslint --fix .
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // ESLint reads no JSON, so the generated custom-elements.json and bench/results.json need no entry.
    ignores: ['dist/', 'coverage/', 'tmp/'],
  },

  js.configs.recommended,

  // The component and its browser tests.
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [
      // Not the type-checked variants (strictTypeChecked, stylisticTypeChecked): measured on 2 cores,
      // `eslint src` takes 9-12 s with them against 3.3 s without (the whole repository: 17-20 s
      // against 5 s), and most of their ~940 extra reports are noise here: 587 no-floating-promises,
      // nearly all on expect(...).to.equal(...), which @open-wc/semantic-dom-diff types as a Promise;
      // 135 restrict-template-expressions, numbers in messages.
      tseslint.configs.strict,
      tseslint.configs.stylistic,
      lit.configs['flat/recommended'],
      wc.configs['flat/best-practice'],
    ],
    settings: {
      // eslint-plugin-wc: a class extending LitElement is a custom element too.
      wc: { elementBaseClasses: ['LitElement'] },
    },
    rules: {
      // tsc's convention (noUnusedParameters): a parameter named `_x` is unused on purpose, as in
      // memoize keys and a Lit directive's render() signature.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // stylistic's default ('array') would rewrite the 16 `Array<[string, RegExp]>`-like types
      // into `[string, RegExp][]`; 'array-simple' is how the code is written: T[] for a simple
      // T, Array<T> for a tuple, union or object type (2 exceptions, fixed by eslint --fix).
      '@typescript-eslint/array-type': ['error', { default: 'array-simple' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // In a test, `el.shadowRoot!` or `querySelector(...)!` is itself the assertion: if the node is
      // missing, the test fails on that line. Some 320 explicit checks would add noise, not safety.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // html`` in this file is htm's (Preact), not Lit's: `<${App} />` is htm's component syntax,
    // which the lit rules, going by the tag name alone, read as a broken Lit template.
    files: ['test/element/framework.test.ts'],
    rules: Object.fromEntries(Object.keys(lit.configs['flat/recommended'].rules).map((rule) => [rule, 'off'])),
  },

  // Node scripts and configs.
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
    rules: {
      // As for TypeScript above: `_x` marks a parameter unused on purpose.
      'no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // These drive Chromium through Playwright: the functions they pass to page.evaluate() run in
    // the page, where `window` and `document` exist.
    files: ['bench/run.mjs', 'bench/profile.mjs', 'scripts/screenshots.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Classic scripts loaded by the test pages, not Node.
    files: ['test/fixtures/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
);
