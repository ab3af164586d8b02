// Lint: TypeScript rules, Lit template checks, web-component best practice, and the
// security rules the embed promises (no eval, no string-built HTML).
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'demo/dist/', 'storybook-static/', 'node_modules/', 'coverage/', 'custom-elements.json', 'bench-results/'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Feed text is never HTML: use Lit templates.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Feed text is never HTML: use Lit templates.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Feed text is never HTML.' },
        { selector: "CallExpression[callee.name='unsafeHTML']", message: 'Feed text is never HTML.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests feed hostile input on purpose: markup strings and javascript: URLs.
      'no-restricted-syntax': 'off',
      'no-script-url': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
