// Lint rules: TypeScript and Vue recommended sets, plus the boundary that keeps
// src/core framework-free so it runs unchanged in Node, the worker and the page.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'public/sample/', 'test-results/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/no-v-html': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(vue|pinia|vue-router|@vue/.*|@vueuse/.*)$', message: 'src/core is framework-free: no Vue or Pinia.' },
            { regex: '^node:', message: 'src/core runs in the browser too: no Node built-ins.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'src/core has no DOM.' },
        { name: 'window', message: 'src/core has no DOM.' },
        { name: 'localStorage', message: 'src/core has no DOM.' },
        { name: 'navigator', message: 'src/core has no DOM.' },
      ],
    },
  },
  {
    // A validated request is made by the request schema only (src/core/request/schema.ts).
    files: ['**/*.ts', '**/*.vue'],
    ignores: ['src/core/request/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='SearchRequest']", message: 'Make a SearchRequest with validateSearchRequest (src/core/request/schema.ts).' },
      ],
    },
  },
)
