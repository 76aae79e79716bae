import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { forEachRow, formatFromPath } from '../dataset/rows.js';
import { inputError } from '../errors.js';
import { sketchDataset } from '../init/sniff.js';
import { STARTER_CONFIG, STARTER_WORKFLOW, starterFiles } from '../init/starter-files.js';

export interface InitFlags {
  force?: boolean;
}

/** Enough rows to tell labels from free text; a big dataset is not read to its end. */
const SAMPLE_ROWS = 200;

class EnoughRows extends Error {}

async function firstRows(path: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  try {
    await forEachRow(path, formatFromPath(path), (row) => {
      const value = row.value;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw inputError(row.where, "expected an object with the example's fields");
      }
      rows.push(value as Record<string, unknown>);
      if (rows.length >= SAMPLE_ROWS) throw new EnoughRows();
    });
  } catch (error) {
    if (!(error instanceof EnoughRows)) throw error;
  }
  if (rows.length === 0) throw inputError(path, 'has no rows: init reads the first rows to know the fields');
  return rows;
}

/**
 * `init [DATASET]`: writes a starter config and workflow for the dataset, from its first rows;
 * asks nothing, overwrites nothing without --force, and prints what it wrote.
 */
export async function initCommand(
  dataset: string | undefined,
  flags: InitFlags,
  io: { cwd: string; stdout: (text: string) => void },
): Promise<void> {
  let datasetPath = 'eval/dataset.jsonl';
  let sketch = null;
  if (dataset !== undefined) {
    const fromRoot = relative(io.cwd, join(io.cwd, dataset));
    if (isAbsolute(dataset) || fromRoot.startsWith('..')) {
      throw inputError(dataset, 'is outside this folder: run init from the repository root, on a dataset inside it');
    }
    datasetPath = fromRoot.split(sep).join('/');
    const rows = await firstRows(join(io.cwd, fromRoot));
    const sketched = sketchDataset(rows);
    if ('missing' in sketched) {
      throw inputError(
        dataset,
        `cannot tell which field is the ${sketched.missing.join(', the ')} among the rows' fields ` +
          `(${sketched.keys.join(', ')}): rename them to id, input, expected, or set dataset.fields in ` +
          `${STARTER_CONFIG} after running init without DATASET`,
      );
    }
    sketch = sketched.sketch;
  }
  const files = starterFiles({ datasetPath, sketch });
  const existing = Object.keys(files).filter((path) => existsSync(join(io.cwd, path)));
  if (existing.length > 0 && !flags.force) {
    throw inputError(
      existing.join(' and '),
      `already ${existing.length > 1 ? 'exist' : 'exists'}: init overwrites nothing (--force replaces ` +
        `${existing.length > 1 ? 'them' : 'it'})`,
    );
  }
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(io.cwd, path, '..'), { recursive: true });
    await writeFile(join(io.cwd, path), text);
  }
  const what = sketch
    ? `${sketch.task}, fields id: ${sketch.fields.id}, input: ${sketch.fields.input}, expected: ` +
      `${sketch.fields.expected}, from the first ${sketch.rowsSeen} rows of ${datasetPath}`
    : `the default fields; set dataset.path to your dataset (now ${datasetPath})`;
  io.stdout(`wrote ${STARTER_CONFIG} (${what})\n`);
  io.stdout(`wrote ${STARTER_WORKFLOW} (gates pull requests with ${STARTER_CONFIG})\n`);
  io.stdout(
    `next: write the candidate's answers to the predictions file the config names (or give it a model), then ` +
      `try it here: model-release-gate run --config ${STARTER_CONFIG}\n`,
  );
}
