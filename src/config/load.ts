import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { type Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { inputError } from '../errors.js';
import type { OnMissingBaseline } from '../gate/missing-baseline.js';
import { defaultMaxArtifactMB } from '../limits.js';
import { knownKeys, nearestKey } from './known-keys.js';
import type { ModelConfig } from './model.js';
import { configSchema, type GateConfig } from './schema.js';
import { readScorerFiles } from './scorer-files.js';

/** Flags and Action inputs: plain strings, validated like the file's keys. */
export interface ConfigOverrides {
  dataset?: string;
  predictions?: string;
  baseline?: string;
  /** The baseline's predictions from a second run (`--baseline-repeat`): the noise floor offline. */
  baselineRepeat?: string;
  task?: string;
  lengthUnit?: string;
  out?: string;
  /** Comma-separated label set, as the Action's `labels` input. */
  labels?: string;
  reportTemplate?: string;
}

/** The config with everything the run needs present and every path absolute. */
export interface ResolvedConfig extends Omit<GateConfig, 'dataset' | 'model' | 'baseline'> {
  dataset: NonNullable<GateConfig['dataset']>;
  model: ModelConfig;
  baseline: {
    path: string | null;
    model: ModelConfig | null;
    onMissing: OnMissingBaseline | null;
    maxArtifactMB: number;
    /** The baseline run again (a predictions file or snapshot): its self-flips are the noise floor. */
    repeat: string | null;
  };
  /** Relative paths in the model config are resolved from here: the config file's folder. */
  baseDir: string;
  configPath: string | null;
  /** Whether the task was written (config or flag) rather than defaulted: the free-text hint is only for the default. */
  taskGiven: boolean;
}

/**
 * The config key that names the baseline, as the pipeline reads it (a path before a model), or
 * null: the config names none. For the line that says an input or flag set it aside.
 */
export function configBaselineKey(config: Pick<ResolvedConfig, 'baseline'>): 'baseline.path' | 'baseline.model' | null {
  if (config.baseline.path) return 'baseline.path';
  return config.baseline.model ? 'baseline.model' : null;
}

/**
 * A union reports "Invalid input" with one issue list per branch; the branch that got furthest
 * into the value (deepest path) is the one the user meant, so its first issue is the one to show,
 * with the path made whole. Unions inside unions are unwrapped the same way.
 */
function specificIssue(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const firsts = issue.errors.map((branch) => branch[0]).filter((first) => first !== undefined);
  const deepest = firsts.reduce<z.core.$ZodIssue | undefined>(
    (best, first) => (best && issuePath(best).length >= issuePath(first).length ? best : first),
    undefined,
  );
  if (!deepest) return issue;
  if (deepest.path.length === 0 && firsts.every((first) => first.code === 'invalid_type')) {
    // The value fits no branch at all (e.g. a number for `dataset`): name every accepted type.
    const expected = firsts.map((first) => (first.code === 'invalid_type' ? first.expected : '')).join(' or ');
    return { ...issue, message: `expected ${expected}` };
  }
  return specificIssue({ ...deepest, path: [...issue.path, ...deepest.path] });
}

/** The key an issue is about; for an unknown key, that key itself. */
function issuePath(issue: z.core.$ZodIssue): PropertyKey[] {
  return issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : [...issue.path];
}

/** What to say of a key the schema does not know: the known key it is nearest to, if one is near. */
function unknownKey(parent: readonly PropertyKey[], typed: string): string {
  const meant = nearestKey(typed, knownKeys(configSchema, parent));
  return meant === null
    ? 'unknown key (check its spelling and indentation)'
    : `unknown key, did you mean ${meant}? (check its spelling and indentation)`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const key = issuePath(issue).join('.');
  let what = issue.message.replace(/^Invalid input: /, '');
  if (issue.code === 'unrecognized_keys') what = unknownKey(issue.path, String(issue.keys[0]));
  else if (issue.code === 'invalid_type' && what.endsWith('received undefined'))
    what = `missing (expected ${issue.expected})`;
  else if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
    what = `expected one of ${issue.options.map((option) => `"${String(option)}"`).join('|')}`;
  }
  return key === '' ? what : `${key}: ${what}`;
}

/** The line of a key as written (`gatez:`), or null when the file does not have that key. */
function lineOfOwnKey(document: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | null {
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1) as (string | number)[], true);
  if (!isMap(parent)) return null;
  const last = String(path[path.length - 1]);
  const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === last);
  const range = isScalar(pair?.key) ? pair.key.range : undefined;
  return range ? lineCounter.linePos(range[0]).line : null;
}

/**
 * Where in the YAML file a failing key is, so the message can name the line: the line of the
 * key itself (`gatez:`), not of its value, which for a mapping starts on the next line with a
 * child key. When the path goes deeper than the file (a missing key), the first line of the
 * nearest block it belongs in.
 */
function lineOfKey(document: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | null {
  if (path.length > 0) {
    const own = lineOfOwnKey(document, lineCounter, path);
    if (own !== null) return own;
  }
  for (let depth = path.length; depth > 0; depth -= 1) {
    const node = document.getIn(path.slice(0, depth) as (string | number)[], true) as
      | { range?: [number, number, number] }
      | undefined;
    if (node?.range) return lineCounter.linePos(node.range[0]).line;
  }
  return null;
}

interface ConfigFile {
  path: string;
  value: Record<string, unknown>;
  document: Document;
  lineCounter: LineCounter;
}

/** Parses the YAML only: the file is validated once, after the flags are laid over it. */
async function readConfigFile(configPath: string): Promise<ConfigFile> {
  const text = await readFile(configPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw inputError(
      configPath,
      error.code === 'ENOENT' ? 'config file not found' : `cannot read the config (${error.code ?? error.message})`,
    );
  });
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const [firstError] = document.errors;
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line;
    throw inputError(
      line ? `${configPath} line ${line}` : configPath,
      `invalid YAML (${firstError.message.split('\n')[0]})`,
    );
  }
  const value: unknown = document.toJS() ?? {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw inputError(configPath, 'expected a mapping of config keys (e.g. `dataset: eval.jsonl`)');
  }
  return { path: configPath, value: value as Record<string, unknown>, document, lineCounter };
}

/** Whether every key along `path` is in `value`: the failing key came from there. */
function hasPath(value: unknown, path: readonly PropertyKey[]): boolean {
  let node = value;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !(key in node)) return false;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return true;
}

function overridesToConfig(overrides: ConfigOverrides, cwd: string): Record<string, unknown> {
  const fromFlags: Record<string, unknown> = {};
  if (overrides.dataset) fromFlags.dataset = { path: resolve(cwd, overrides.dataset) };
  if (overrides.predictions) fromFlags.model = { type: 'predictions', path: resolve(cwd, overrides.predictions) };
  if (overrides.baseline) fromFlags.baseline = { path: resolve(cwd, overrides.baseline) };
  if (overrides.baselineRepeat)
    fromFlags.baseline = { ...(fromFlags.baseline as object), repeat: resolve(cwd, overrides.baselineRepeat) };
  if (overrides.task) fromFlags.task = overrides.task;
  if (overrides.lengthUnit) fromFlags.lengthUnit = overrides.lengthUnit;
  if (overrides.out) fromFlags.out = resolve(cwd, overrides.out);
  if (overrides.labels)
    fromFlags.labels = overrides.labels
      .split(',')
      .map((label) => label.trim())
      .filter((label) => label !== '');
  if (overrides.reportTemplate) fromFlags.report = { template: resolve(cwd, overrides.reportTemplate) };
  return fromFlags;
}

const flagNames: Record<string, string> = {
  lengthUnit: '--length-unit',
  model: '--predictions',
  report: '--report-template',
};

/** Names the flag or the file (and line) that a failing key came from. */
function whereIs(path: readonly PropertyKey[], fromFlags: Record<string, unknown>, file: ConfigFile | null): string {
  const topKey = String(path[0] ?? '');
  if (hasPath(fromFlags, path) || (topKey in fromFlags && !(file && topKey in file.value)))
    return flagNames[topKey] ?? `--${topKey}`;
  if (!file) return 'config';
  const line = lineOfKey(file.document, file.lineCounter, path);
  return line ? `${file.path} line ${line}` : file.path;
}

/**
 * Reads the YAML config (if any), lays the flags over it, validates once and resolves paths.
 * Flags override the file; a dataset given as a flag keeps the file's field mapping (not its format).
 */
export async function loadConfig(options: {
  configPath?: string;
  overrides: ConfigOverrides;
  cwd: string;
}): Promise<ResolvedConfig> {
  const configPath = options.configPath ? resolve(options.cwd, options.configPath) : null;
  const file = configPath ? await readConfigFile(configPath) : null;
  const fromFile = file?.value ?? {};
  const baseDir = configPath ? dirname(configPath) : options.cwd;
  const fromFlags = overridesToConfig(options.overrides, options.cwd);

  const merged: Record<string, unknown> = { ...fromFile, ...fromFlags };
  const fileDataset = fromFile.dataset;
  if (fromFlags.dataset && typeof fileDataset === 'object' && fileDataset !== null) {
    // The file's format describes the file's path; the flag's file gets its own from its name.
    const { format: _fileFormat, ...fileFields } = fileDataset as Record<string, unknown>;
    merged.dataset = { ...fileFields, ...(fromFlags.dataset as object) };
  }
  const fileReport = fromFile.report;
  if (fromFlags.report && typeof fileReport === 'object' && fileReport !== null) {
    merged.report = { ...fileReport, ...(fromFlags.report as object) };
  }
  // `baseline: file.jsonl` is `baseline: {path: file.jsonl}`, so `--baseline-repeat` alone keeps the file's path.
  const fileBaseline = typeof fromFile.baseline === 'string' ? { path: fromFile.baseline } : fromFile.baseline;
  if (fromFlags.baseline && typeof fileBaseline === 'object' && fileBaseline !== null) {
    merged.baseline = { ...fileBaseline, ...(fromFlags.baseline as object) };
  }

  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const [firstIssue] = parsed.error.issues;
    if (!firstIssue) throw inputError(configPath ?? 'config', 'invalid configuration');
    const issue = specificIssue(firstIssue);
    throw inputError(whereIs(issuePath(issue), fromFlags, file), describeIssue(issue));
  }
  const config = parsed.data;
  if (!config.dataset)
    throw inputError(configPath ?? 'run', 'no dataset: pass --dataset FILE or set `dataset` in the config');
  if (!config.model)
    throw inputError(configPath ?? 'run', 'no model: pass --predictions FILE or set `model` in the config');

  const baseline = config.baseline ?? {};
  return {
    ...config,
    dataset: { ...config.dataset, path: resolve(baseDir, config.dataset.path) },
    model: config.model,
    baseline: {
      path: 'path' in baseline && baseline.path ? resolve(baseDir, baseline.path) : null,
      model: 'model' in baseline && baseline.model ? baseline.model : null,
      onMissing: 'onMissing' in baseline && baseline.onMissing ? baseline.onMissing : null,
      maxArtifactMB:
        'maxArtifactMB' in baseline && baseline.maxArtifactMB !== undefined
          ? baseline.maxArtifactMB
          : defaultMaxArtifactMB,
      repeat: 'repeat' in baseline && baseline.repeat ? resolve(baseDir, baseline.repeat) : null,
    },
    // The default output folder is the caller's; one named in the config file is beside it.
    out: resolve('out' in fromFile ? baseDir : options.cwd, config.out),
    report: { ...config.report, template: config.report.template ? resolve(baseDir, config.report.template) : null },
    scoring: { ...config.scoring, scorer: await readScorerFiles(config.scoring.scorer, baseDir, configPath) },
    baseDir,
    configPath,
    taskGiven: merged.task !== undefined,
  };
}
