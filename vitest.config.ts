import { defineConfig, type Plugin } from 'vitest/config';
import { precompiledModule } from './scripts/handlebars-precompile.mjs';

// Report templates are .hbs files, precompiled when they are built: scripts/bundle.mjs does it
// with an esbuild plugin, and this plugin gives vitest the same module for each.
const precompiledHandlebars: Plugin = {
  name: 'precompile-handlebars',
  transform(code, id) {
    if (!id.endsWith('.hbs')) return null;
    return { code: precompiledModule(code), map: null };
  },
};

export default defineConfig({
  plugins: [precompiledHandlebars],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
