import { actionRef } from '../version.js';
import type { DatasetSketch } from './sniff.js';

export const STARTER_CONFIG = '.github/model-gate.yml';
export const STARTER_WORKFLOW = '.github/workflows/model-gate.yml';

export interface StarterInput {
  /** The dataset, relative to the repository root, with `/` separators. */
  datasetPath: string;
  /** What the first rows said; null when no dataset was given (the defaults are written). */
  sketch: DatasetSketch | null;
}

/** A YAML scalar that stays a plain string whatever the text (JSON strings are YAML). */
const quoted = (text: string) => JSON.stringify(text);

function siblingOf(path: string, name: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? name : `${path.slice(0, slash + 1)}${name}`;
}

/** The two files `init` writes, as text: comments say what to change and why. */
export function starterFiles({ datasetPath, sketch }: StarterInput): Record<string, string> {
  const predictionsPath = siblingOf(datasetPath, 'predictions.jsonl');
  const fields = sketch?.fields ?? { id: 'id', input: 'input', expected: 'expected' };
  const seen = sketch
    ? `# Made by \`model-release-gate init\` from the first ${sketch.rowsSeen} rows of ${datasetPath}.`
    : '# Made by `model-release-gate init` (no dataset given: point dataset.path at yours).';
  const taskNote =
    sketch === null
      ? '# classification: expected is a label; generation: free text'
      : sketch.task === 'classification'
        ? `# expected looks like labels (seen: ${sketch.labelsSeen.slice(0, 10).join(', ')}${sketch.labelsSeen.length > 10 ? ', …' : ''})`
        : '# expected looks like free text, scored by exact match (see scoring.scorer)';
  const config = [
    seen,
    '# Paths are relative to this file. Every key is explained in the README ("Configuration").',
    `task: ${sketch?.task ?? 'classification'} ${taskNote}`,
    'dataset:',
    `  path: ${quoted(`../${datasetPath}`)}`,
    `  fields: { id: ${quoted(fields.id)}, input: ${quoted(fields.input)}, expected: ${quoted(fields.expected)} }`,
    '  # slices: rows with a "tags" object are gated per tag value; or list fields here as tags: [field, ...]',
    '# Who answers. The starter reads the candidate\'s answers from a file, one JSON line {"id", "output"}',
    '# per example, written by an earlier step; or let the gate run the model itself:',
    '#   model: { type: command, command: python serve.py }  (JSON lines {"id","input"} in, {"id","output"} out)',
    '#   model: { type: openai, model: gpt-4o-mini }          (needs OPENAI_API_KEY)',
    'model:',
    '  type: predictions',
    `  path: ${quoted(`../${predictionsPath}`)}`,
    '# The baseline is found by the Action (the last accepted run on the base branch); the defaults of',
    '# every gate apply. Change one, e.g.:',
    '# gates:',
    '#   accuracy: { maxDrop: 0.02 } # 0.02 means 2 points',
    '',
  ].join('\n');
  const workflow = [
    '# Made by `model-release-gate init`: gates every pull request on the eval set, and keeps the',
    '# snapshot of each run on main as the baseline of the next pull requests.',
    'name: model-gate',
    'on:',
    '  pull_request:',
    '    # labeled/unlabeled: adding or removing the accept label re-runs the gate',
    '    types: [opened, synchronize, reopened, labeled, unlabeled]',
    '  push:',
    '    branches: [main] # your default branch',
    'permissions:',
    '  contents: read',
    '  pull-requests: write # the PR comment, and who applied the accept label',
    "  actions: read # the baseline: earlier runs' artifacts",
    'jobs:',
    '  gate:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v5',
    `      # Write the candidate's answers to ${predictionsPath} here (or give the config a model), e.g.:`,
    `      # - run: python predict.py ${datasetPath} > ${predictionsPath}`,
    `      - uses: ${actionRef}`,
    '        with:',
    `          config: ${STARTER_CONFIG}`,
    '',
  ].join('\n');
  return { [STARTER_CONFIG]: config, [STARTER_WORKFLOW]: workflow };
}
