// ESLint flat config: typescript-eslint's type-aware recommended rules plus the checks a maintained action needs
// (promises are awaited or explicitly voided, type-only imports are marked, strict equality, no stray console output).
// eslint-config-prettier comes last so formatting stays Prettier's job; max-len stays on for comments, which Prettier
// does not wrap.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.testbed/**', 'testbed/**', '**/*.generated.*'],
  },
  {
    files: ['src/**/*.ts', '__tests__/**/*.ts', 'bench/**/*.ts', 'scripts/*.ts', 'vitest.config.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked, prettier],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'error',
      'max-len': [
        'error',
        {
          code: 120,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreUrls: true,
          ignoreRegExpLiterals: true,
        },
      ],
    },
  },
  {
    // Benchmarks, scripts and tests print by design: their console output is the result the reader runs them for.
    // src/ stays under no-console; it reports through the typed event stream and its reporters.
    files: ['bench/**/*.ts', 'scripts/**/*.ts', '__tests__/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Vitest types its asymmetric matchers (expect.any, expect.stringMatching, …) as `any` so they fit any field of
    // an expected value; placing one is not an unsafe assignment.
    files: ['__tests__/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
);
