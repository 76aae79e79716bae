import { inputError } from '../errors.js';
import { ON_MISSING_BASELINE, type OnMissingBaseline } from '../gate/missing-baseline.js';
import { type BaselineSource, parseBaselineSource } from '../github/baseline.js';
import { COMMENT_MODES, type CommentMode } from '../github/sticky-comment.js';
import { parseShard, type ShardSpec } from '../shard/spec.js';

export const FAIL_ON = ['fail', 'warn', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/**
 * `gate`: evaluate and gate (one shard of it with `shard`). `comment`: in a `workflow_run` workflow, post the
 * triggering run's report (fork PRs). `merge`: merge this run's shard artifacts, then gate as `gate` does.
 */
export const MODES = ['gate', 'comment', 'merge'] as const;
export type Mode = (typeof MODES)[number];

/** `publish`: `true` attaches the snapshot unless the gate failed (unaccepted); `always` whatever the verdict. */
export const PUBLISH = ['false', 'true', 'always'] as const;
export type Publish = (typeof PUBLISH)[number];

const TASKS = ['classification', 'generation'] as const;
const LENGTH_UNITS = ['chars', 'words', 'tokens'] as const;

/** The Action's inputs, read once and validated; defaults live in action.yml. */
export interface ActionOptions {
  mode: Mode;
  configPath: string | null;
  dataset: string | null;
  predictions: string | null;
  task: (typeof TASKS)[number] | null;
  lengthUnit: (typeof LENGTH_UNITS)[number] | null;
  /** Comma-separated label set; null: the config's `labels`. */
  labels: string | null;
  baseline: BaselineSource;
  /** The baseline's second run (a file in the workspace): the noise floor offline; null: none. */
  baselineRepeat: string | null;
  /** Null: the config's `baseline.onMissing`, else the per-status default. */
  onMissingBaseline: OnMissingBaseline | null;
  /** The PR label that accepts a failing verdict; null: no label accepts anything. */
  acceptLabel: string | null;
  token: string;
  comment: CommentMode;
  /** Null: derived from the job and what it gates (defaultCommentKey), so each gate keeps its own comment. */
  commentKey: string | null;
  /** Null: the token's own login (github-actions[bot] for the GITHUB_TOKEN). */
  commentAuthor: string | null;
  failOn: FailOn;
  artifactName: string;
  uploadArtifact: boolean;
  publish: Publish;
  /** Keep live endpoints' answers in the runner's cache between workflow runs. */
  cache: boolean;
  /** A Handlebars file replacing the built-in report template (overrides `report.template`). */
  reportTemplate: string | null;
  /** `K/N`: evaluate shard K of N and upload it for `mode: merge`; null: the whole dataset. */
  shard: ShardSpec | null;
}

/**
 * The comment key when `comment-key` is empty: the job and what the step gates (the config
 * path, and the `dataset` and `predictions` inputs when given), so the jobs of a matrix that
 * varies those inputs keep one comment each.
 */
export function defaultCommentKey(
  job: string,
  options: Pick<ActionOptions, 'configPath' | 'dataset' | 'predictions'>,
): string {
  const gated = [options.configPath, options.dataset, options.predictions].filter((part) => part !== null);
  return `${job}:${gated.length > 0 ? gated.join(':') : 'gate'}`;
}

/** Reads an input by its action.yml name; `core.getInput` in the Action, a map in tests. */
export type InputReader = (name: string) => string;

export function readInputs(getInput: InputReader): ActionOptions {
  const text = (name: string): string | null => getInput(name).trim() || null;
  const token = text('github-token');
  if (!token)
    throw inputError(
      'input github-token',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression quoted for the user, not a template
      'is empty (the default is ${{ github.token }}; pass a token with the permissions the features you use need)',
    );
  return {
    mode: choice(getInput, 'mode', MODES, 'gate'),
    configPath: text('config'),
    dataset: text('dataset'),
    predictions: text('predictions'),
    task: optionalChoice(getInput, 'task', TASKS),
    lengthUnit: optionalChoice(getInput, 'length-unit', LENGTH_UNITS),
    labels: text('labels'),
    baseline: parseBaselineSource(getInput('baseline')),
    baselineRepeat: text('baseline-repeat'),
    onMissingBaseline: optionalChoice(getInput, 'on-missing-baseline', ON_MISSING_BASELINE),
    acceptLabel: text('accept-label'),
    token,
    comment: choice(getInput, 'comment', COMMENT_MODES, 'always'),
    commentKey: text('comment-key'),
    commentAuthor: text('comment-author'),
    failOn: choice(getInput, 'fail-on', FAIL_ON, 'fail'),
    artifactName: artifactName(text('artifact-name') ?? 'model-release-gate'),
    uploadArtifact: boolean(getInput, 'upload-artifact', true),
    publish: publishChoice(getInput),
    cache: boolean(getInput, 'cache', true),
    reportTemplate: text('report-template'),
    shard: shardInput(text('shard'), getInput),
  };
}

function shardInput(value: string | null, getInput: InputReader): ShardSpec | null {
  if (value === null) return null;
  const shard = parseShard(value, 'input shard');
  if (getInput('mode').trim() !== '' && getInput('mode').trim() !== 'gate')
    throw inputError('input shard', `only with mode: gate (a shard job); got mode: ${getInput('mode').trim()}`);
  return shard;
}

function choice<T extends string>(getInput: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  return optionalChoice(getInput, name, allowed) ?? fallback;
}

function optionalChoice<T extends string>(getInput: InputReader, name: string, allowed: readonly T[]): T | null {
  const value = getInput(name).trim();
  if (value === '') return null;
  if (!(allowed as readonly string[]).includes(value)) {
    throw inputError(`input ${name}`, `expected one of ${allowed.join('|')}, got "${value}"`);
  }
  return value as T;
}

/** The YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput reads them. */
function boolean(getInput: InputReader, name: string, fallback: boolean): boolean {
  const value = getInput(name).trim();
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw inputError(`input ${name}`, `expected true|false, got "${value}"`);
}

/** `publish` was a boolean: its YAML spellings still work, and `always` is new. */
function publishChoice(getInput: InputReader): Publish {
  const value = getInput('publish').trim();
  if (value === 'always') return 'always';
  try {
    return boolean(getInput, 'publish', false) ? 'true' : 'false';
  } catch {
    throw inputError('input publish', `expected true|false|always, got "${value}"`);
  }
}

// Characters the artifact service refuses in names.
const FORBIDDEN_IN_ARTIFACT_NAMES = /["\\/:<>|*?\r\n]/;

function artifactName(value: string): string {
  if (FORBIDDEN_IN_ARTIFACT_NAMES.test(value)) {
    throw inputError(
      'input artifact-name',
      `"${value}" holds a character artifact names cannot have (" : < > | * ? \\ / or a line break)`,
    );
  }
  return value;
}
