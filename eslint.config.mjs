// Lint for the hand-written code, run by `npm test` (`npm run lint`).
// typescript-eslint's recommended rules, typed, and eslint-plugin-jest's for the suite.
import js from '@eslint/js';
import jest from 'eslint-plugin-jest';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Generated bindings, build output and synthesized stacks are not ours to lint.
    ignores: ['node_modules/', 'packages/provider-genesyscloud/', 'constructs/data-actions/generated/*.js', 'packages/*/lib/', 'cdktf.out/', 'cdktf.out.*/', 'simulation/', 'coverage/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { process: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', NodeJS: 'readonly' },
    },
    rules: {
      // Parsed JSON (Terraform, Archy YAML, API bodies) is read as `any` on purpose, at the edges.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // CommonJS files (Jest's configuration and reporter) load with require().
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['__tests__/**/*.ts'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      // Tests here assert through helpers (e.g. `expect` inside a loop or a shared check).
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'check*', 'expect*'] }],
      // Tests that need Terraform run under an alias that skips them, reported, where it is absent.
      'jest/no-standalone-expect': ['error', { additionalTestBlockFunctions: ['withTerraform', 'withTerraform.each'] }],
    },
  },
);
