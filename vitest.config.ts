import { defineConfig, type Plugin } from 'vitest/config';

// Report templates are plain .hbs files; esbuild bundles them with its text loader and
// this plugin gives vitest the same view of them: a module whose default export is the text.
const handlebarsAsText: Plugin = {
  name: 'hbs-as-text',
  transform(code, id) {
    if (!id.endsWith('.hbs')) return null;
    return { code: `export default ${JSON.stringify(code)};`, map: null };
  },
};

export default defineConfig({
  plugins: [handlebarsAsText],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
