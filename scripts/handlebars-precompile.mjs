// The report templates (src/report/templates/**/*.hbs) are compiled when they are built, not
// each time a report is rendered: compiling report.md.hbs and its partials cost about 0.1 s after
// a run's last answer (bench/runner.bench.ts, the whole CLI run). A .hbs file becomes a module
// whose default export is Handlebars' template specification, which the runtime turns into a
// function with `handlebars.template(spec)`. The same transform serves esbuild (scripts/bundle.mjs,
// scripts/bench.mjs) and vitest (vitest.config.ts), so tests render what the bundle renders.

import { readFile } from 'node:fs/promises';
import Handlebars from 'handlebars';

/**
 * How every report template is compiled. Values reach the templates already formatted and
 * escaped (src/report/view.ts), so Handlebars' HTML escaping is off; `strict` makes a field the
 * data lacks an error instead of an empty string.
 */
export const templateOptions = { noEscape: true, strict: true };

/** The module a .hbs file becomes: `export default <template specification>`. */
export function precompiledModule(source) {
  return `export default ${Handlebars.precompile(source, templateOptions)};\n`;
}

/** An esbuild plugin: every .hbs file imported is precompiled. */
export const precompileHandlebars = {
  name: 'precompile-handlebars',
  setup(build) {
    build.onLoad({ filter: /\.hbs$/ }, async ({ path }) => ({
      contents: precompiledModule(await readFile(path, 'utf8')),
      loader: 'js',
    }));
  },
};
