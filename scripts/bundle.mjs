// Builds what GitHub and users run, each as a tiny entry and the bulk it imports when needed,
// so the first line comes at once (bench/startup.bench.ts):
//   dist/index.js  the Action's entry (action.yml)   → dist/action-main.js (src/action/main.ts)
//   dist/cli.js    the CLI's entry (package.json bin) → dist/cli-main.js    (src/cli/commands.ts)
//   dist/tokenizer.js  gpt-tokenizer's o200k_base, which both main modules import only for a run
//                      in tokens: 4 MB that every other run would otherwise read and parse.
// Two plain builds per program rather than esbuild's code splitting: the file names are fixed
// (a hashed chunk name adds and deletes whole multi-MB files on every rebuild), and no
// CommonJS package ends up in a chunk that exports only `default`.
// @actions/* are ESM-only and some of their dependencies still call require(), hence the
// createRequire banner. The report templates are precompiled (scripts/handlebars-precompile.mjs).
//
// `node scripts/bundle.mjs [DIR] [action|cli]`: the output folder is an argument so a check can
// build elsewhere and compare with dist/ (scripts/check-dist.mjs), and a test can build only the
// program it runs.

import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { precompileHandlebars } from './handlebars-precompile.mjs';
import { patchTunnel } from './patch-tunnel.mjs';

const banner = [
  "import { createRequire as __createRequire } from 'node:module';",
  'const require = __createRequire(import.meta.url);',
].join('\n');

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // Whitespace and comments only (names stay, so messages and --verbose stacks read the same):
  // the CLI's 2.3 MB read and parsed before the first request becomes 1.6 MB, about 50 ms sooner
  // to the first request of a run (bench/runner.bench.ts, the whole CLI run).
  minifyWhitespace: true,
};

/**
 * zod exports every language's error messages as `z.locales` (0.35 MB, a tenth of dist/cli-main.js
 * to read and parse before the first request); nothing here calls `z.config(z.locales.xx())`, and
 * English, the default, is imported by zod's schemas directly. So that namespace is left empty.
 * Should zod move it, the plugin matches nothing and the build is only larger.
 */
const zodWithoutLocales = {
  name: 'zod-without-locales',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)$/.test(dirname(args.importer))
        ? { path: 'zod-locales', namespace: 'zod-without-locales' }
        : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'zod-without-locales' }, () => ({
      contents: 'export {};',
      loader: 'js',
    }));
  },
};

/** Leaves a lazy `import()` (the entry's of the main module, a library's) as a reference to its own output file. */
function lazyImport(specifier, importer, outFile) {
  const importerEnd = join(...importer.split('/'));
  return {
    name: `lazy-${outFile}`,
    setup(builder) {
      const filter = new RegExp(`^${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
      builder.onResolve({ filter }, (args) =>
        resolve(args.importer).endsWith(importerEnd) ? { path: `./${outFile}`, external: true } : undefined,
      );
    },
  };
}

/** Each program: its entry, and the main module the entry imports lazily, with their output files. */
export const programs = {
  action: {
    entry: 'src/index.ts',
    out: 'index.js',
    lazy: './action/main.js',
    main: 'src/action/main.ts',
    mainOut: 'action-main.js',
  },
  cli: {
    entry: 'src/cli.ts',
    out: 'cli.js',
    lazy: './commands.js',
    importer: 'src/cli/main.ts',
    main: 'src/cli/commands.ts',
    mainOut: 'cli-main.js',
    shebang: true,
    // The main module is split: what a run needs only after its last answer (src/post-run.ts) is
    // dist/cli-post-run.js, loaded while the model answers, and what both use is dist/cli-chunk.js.
    split: true,
  },
};

/** Libraries a main module imports lazily that only some runs need: each its own file, shared by both programs. */
export const lazyLibraries = [
  { specifier: 'gpt-tokenizer/encoding/o200k_base', importer: 'src/metrics/lengths.ts', out: 'tokenizer.js' },
];

/**
 * esbuild writes the code as ASCII (its `charset` default) but keeps comments as written, and a
 * few library comments hold a ’ or a §. One such character makes Node read the whole multi-MB
 * file as UTF-8 and V8 hold it as a two-byte string, slower to decode and to parse before the
 * first line runs (bench/runner.bench.ts, the whole CLI run). Each becomes a \uXXXX escape, which
 * means the same character wherever it stands in code, and is plain text in a comment.
 */
async function asciiOnly(file) {
  const text = await readFile(file, 'utf8');
  const ascii = text.replace(/[^\0-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) await writeFile(file, ascii);
}

/**
 * Builds the named programs (default both) into outDir; tests build only the one they run.
 * Returns the names of the files written.
 */
export async function bundle(outDir, names = Object.keys(programs)) {
  const written = [];
  const built = async (options) => {
    const result = await build({ ...common, ...options, metafile: true });
    for (const file of Object.keys(result.metafile.outputs)) {
      await asciiOnly(file);
      written.push(resolve(file).slice(resolve(outDir).length + 1));
    }
  };
  for (const name of names) {
    const program = programs[name];
    const head = program.shebang ? `#!/usr/bin/env node\n${banner}` : banner;
    await built({
      entryPoints: [program.entry],
      outfile: join(outDir, program.out),
      banner: { js: head },
      plugins: [lazyImport(program.lazy, program.importer ?? program.entry, program.mainOut)],
    });
    // Fixed names, no hashes: a rebuild replaces the same files rather than adding new ones.
    const output = program.split
      ? {
          entryPoints: { [program.mainOut.replace(/\.js$/, '')]: program.main },
          outdir: outDir,
          splitting: true,
          chunkNames: `${name}-[name]`,
        }
      : { entryPoints: [program.main], outfile: join(outDir, program.mainOut) };
    await built({
      ...output,
      banner: { js: banner },
      plugins: [
        patchTunnel,
        precompileHandlebars,
        zodWithoutLocales,
        ...lazyLibraries.map((library) => lazyImport(library.specifier, library.importer, library.out)),
      ],
    });
  }
  for (const library of lazyLibraries) {
    await built({
      entryPoints: [fileURLToPath(import.meta.resolve(library.specifier))],
      outfile: join(outDir, library.out),
    });
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [outDir = 'dist', ...names] = process.argv.slice(2);
  await bundle(outDir, names.length > 0 ? names : undefined);
}
