import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { inputError } from '../errors.js';
import type { ModelConfig } from '../models/config.js';
import { configSchema, type GateConfig } from './schema.js';

/** Flags and Action inputs: plain strings, validated like the file's keys. */
export interface ConfigOverrides {
  dataset?: string;
  predictions?: string;
  baseline?: string;
  task?: string;
  lengthUnit?: string;
  out?: string;
}

/** The config with everything the run needs present and every path absolute. */
export interface ResolvedConfig extends Omit<GateConfig, 'dataset' | 'model' | 'baseline'> {
  dataset: NonNullable<GateConfig['dataset']>;
  model: ModelConfig;
  baseline: { path: string | null; model: ModelConfig | null };
  /** Relative paths in the model config are resolved from here: the config file's folder. */
  baseDir: string;
  configPath: string | null;
}

/** The key an issue is about; for an unknown key, that key itself. */
function issuePath(issue: z.core.$ZodIssue): PropertyKey[] {
  return issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : [...issue.path];
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const key = issuePath(issue).join('.');
  let what = issue.message;
  if (issue.code === 'unrecognized_keys') what = 'unknown key (check its spelling and indentation)';
  else if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
    what = `expected one of ${issue.options.map((option) => `"${String(option)}"`).join('|')}`;
  }
  return key === '' ? what : `${key}: ${what}`;
}

/** Where in the YAML file a failing key is, so the message can name the line. */
function lineOfKey(document: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | null {
  for (let depth = path.length; depth > 0; depth -= 1) {
    const node = document.getIn(path.slice(0, depth) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lineCounter.linePos(node.range[0]).line;
  }
  return null;
}

async function readConfigFile(configPath: string): Promise<unknown> {
  const text = await readFile(configPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw inputError(configPath, error.code === 'ENOENT' ? 'config file not found' : `cannot read the config (${error.code ?? error.message})`);
  });
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const [firstError] = document.errors;
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line;
    throw inputError(line ? `${configPath} line ${line}` : configPath, `invalid YAML (${firstError.message.split('\n')[0]})`);
  }
  const value: unknown = document.toJS() ?? {};
  const parsed = configSchema.safeParse(value);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    if (issue) {
      const line = lineOfKey(document, lineCounter, issuePath(issue));
      throw inputError(line ? `${configPath} line ${line}` : configPath, describeIssue(issue));
    }
  }
  return value;
}

function overridesToConfig(overrides: ConfigOverrides, cwd: string): Record<string, unknown> {
  const fromFlags: Record<string, unknown> = {};
  if (overrides.dataset) fromFlags.dataset = { path: resolve(cwd, overrides.dataset) };
  if (overrides.predictions) fromFlags.model = { type: 'predictions', path: resolve(cwd, overrides.predictions) };
  if (overrides.baseline) fromFlags.baseline = { path: resolve(cwd, overrides.baseline) };
  if (overrides.task) fromFlags.task = overrides.task;
  if (overrides.lengthUnit) fromFlags.lengthUnit = overrides.lengthUnit;
  if (overrides.out) fromFlags.out = resolve(cwd, overrides.out);
  return fromFlags;
}

const flagNames: Record<string, string> = { lengthUnit: '--length-unit', task: '--task' };

/**
 * Reads the YAML config (if any), lays the flags over it, validates once and resolves paths.
 * Flags override the file; a dataset given as a flag keeps the file's field mapping (not its format).
 */
export async function loadConfig(options: { configPath?: string; overrides: ConfigOverrides; cwd: string }): Promise<ResolvedConfig> {
  const configPath = options.configPath ? resolve(options.cwd, options.configPath) : null;
  const fromFile = (configPath ? await readConfigFile(configPath) : {}) as Record<string, unknown>;
  const baseDir = configPath ? dirname(configPath) : options.cwd;
  const fromFlags = overridesToConfig(options.overrides, options.cwd);

  const merged: Record<string, unknown> = { ...fromFile, ...fromFlags };
  const fileDataset = fromFile.dataset;
  if (fromFlags.dataset && typeof fileDataset === 'object' && fileDataset !== null) {
    // The file's format describes the file's path; the flag's file gets its own from its name.
    const { format: _fileFormat, ...fileFields } = fileDataset as Record<string, unknown>;
    merged.dataset = { ...fileFields, ...(fromFlags.dataset as object) };
  }
  const fileBaseline = fromFile.baseline;
  if (fromFlags.baseline && typeof fileBaseline === 'object' && fileBaseline !== null) {
    merged.baseline = { ...fileBaseline, ...(fromFlags.baseline as object) };
  }

  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const key = String(issue?.path[0] ?? '');
    const where = key in fromFlags ? (flagNames[key] ?? `--${key}`) : (configPath ?? 'config');
    throw inputError(where, issue ? describeIssue(issue) : 'invalid configuration');
  }
  const config = parsed.data;
  if (!config.dataset) throw inputError(configPath ?? 'run', 'no dataset: pass --dataset FILE or set `dataset` in the config');
  if (!config.model) throw inputError(configPath ?? 'run', 'no model: pass --predictions FILE or set `model` in the config');

  const baseline = config.baseline ?? {};
  return {
    ...config,
    dataset: { ...config.dataset, path: resolve(baseDir, config.dataset.path) },
    model: config.model,
    baseline: {
      path: 'path' in baseline && baseline.path ? resolve(baseDir, baseline.path) : null,
      model: 'model' in baseline && baseline.model ? baseline.model : null,
    },
    // The default output folder is the caller's; one named in the config file is beside it.
    out: resolve('out' in fromFile ? baseDir : options.cwd, config.out),
    baseDir,
    configPath,
  };
}
