import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type CacheAcrossRunsOptions, withCacheAcrossRuns } from '../../src/action/cache-across-runs.js';
import type { CacheStore } from '../../src/github/cache-store.js';
import { responseCacheKeys } from '../../src/github/cache-store.js';
import type { LiveModelConfig, ModelConfig } from '../../src/models/config.js';
import { modelConfig } from '../models/helpers.js';
import { recordingRunner } from '../support/runner-port.js';
import { tempDir } from '../support/tmp.js';

/** A store that records every call in order; restore can bring back a file, either can fail. */
function recordingStore(
  options: { unavailable?: string; restoreFails?: string; saveFails?: string; restoredFile?: string } = {},
) {
  const calls: Array<{ call: string; dir?: string; key?: string; restoreKeys?: string[] }> = [];
  const store: CacheStore = {
    unavailableReason: () => options.unavailable ?? null,
    async restore(dir, key, restoreKeys) {
      calls.push({ call: 'restore', dir, key, restoreKeys });
      if (options.restoreFails) throw new Error(options.restoreFails);
      if (!options.restoredFile) return null;
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, options.restoredFile), '{"key":"k","output":"spam"}\n');
      return `${restoreKeys[0]}1-1`;
    },
    async save(dir, key) {
      calls.push({ call: 'save', dir, key });
      if (options.saveFails) throw new Error(options.saveFails);
      return true;
    },
  };
  return { store, calls };
}

const openai = modelConfig({ type: 'openai', model: 'gpt-x', baseUrl: 'http://127.0.0.1:8000/v1' });
const predictions = modelConfig({ type: 'predictions', path: 'p.jsonl' });
const command = modelConfig({ type: 'command', command: 'python serve.py' });

let recorded: ReturnType<typeof recordingRunner>;
let runnerTemp: string;
beforeEach(() => {
  recorded = recordingRunner();
  runnerTemp = tempDir('mrg-runner-').dir;
});

/** The cache only ever writes info lines: a warning would be one too many. */
const logLines = () => {
  expect(recorded.warnings()).toEqual([]);
  return recorded.infos();
};
const options = (
  store: CacheStore,
  models: Array<ModelConfig | null>,
  enabled = true,
  step = 'gate\ngate:gate.yml',
): CacheAcrossRunsOptions => ({
  runner: recorded.runner,
  store,
  enabled,
  models,
  datasetPath: 'eval.jsonl',
  runnerTemp,
  runId: '42',
  runAttempt: '3',
  step,
});
const expectedKeys = (models: ModelConfig[], step = 'gate\ngate:gate.yml') =>
  responseCacheKeys({
    models: models as LiveModelConfig[],
    datasetPath: 'eval.jsonl',
    runId: '42',
    runAttempt: '3',
    step,
  });
const cacheDir = (models: ModelConfig[] = [openai]) =>
  join(runnerTemp, `model-release-gate-cache-${expectedKeys(models).scope.slice(0, 16)}`);

/** What the pipeline's runner does with a cache folder: one new answers file per run that answered. */
async function answer(
  dir: string | undefined,
  calls: Array<{ call: string }>,
  file = 'answers-run.jsonl',
): Promise<string> {
  calls.push({ call: 'run' });
  if (dir === undefined) throw new Error('expected a cache folder');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, file), '{"key":"k2","output":"ham"}\n');
  return 'report';
}

describe('withCacheAcrossRuns', () => {
  it('restores this run’s key with the prefix as restore key, runs in the cache folder, then saves the folder under the key', async () => {
    const { store, calls } = recordingStore();
    const result = await withCacheAcrossRuns(options(store, [openai, null]), (dir) => answer(dir, calls));
    const { key, restoreKeys } = expectedKeys([openai]);
    expect(result).toBe('report');
    expect(key).toMatch(/-42-3-[0-9a-f]{12}$/);
    expect(calls).toEqual([
      { call: 'restore', dir: cacheDir(), key, restoreKeys },
      { call: 'run' },
      { call: 'save', dir: cacheDir(), key },
    ]);
    expect(logLines()).toEqual([
      'Response cache: no saved answers yet for these endpoints and this dataset.',
      `Response cache saved as ${key}.`,
    ]);
  });

  it('two gate steps of one job asking the same save two entries, from one folder', async () => {
    const { store, calls } = recordingStore();
    await withCacheAcrossRuns(options(store, [openai], true, 'gate-a\ngate:a.yml'), (dir) =>
      answer(dir, calls, 'answers-a.jsonl'),
    );
    await withCacheAcrossRuns(options(store, [openai], true, 'gate-b\ngate:b.yml'), (dir) =>
      answer(dir, calls, 'answers-b.jsonl'),
    );
    const saves = calls.filter((entry) => entry.call === 'save');
    expect(saves.map((entry) => entry.key)).toEqual([
      expectedKeys([openai], 'gate-a\ngate:a.yml').key,
      expectedKeys([openai], 'gate-b\ngate:b.yml').key,
    ]);
    expect(new Set(saves.map((entry) => entry.key)).size).toBe(2);
    expect(saves.map((entry) => entry.dir)).toEqual([cacheDir(), cacheDir()]);
  });

  it('gate steps asking other endpoints keep their own folders', async () => {
    const other = modelConfig({ type: 'openai', model: 'gpt-y', baseUrl: 'http://127.0.0.1:8000/v1' });
    const { store, calls } = recordingStore();
    await withCacheAcrossRuns(options(store, [openai]), (dir) => answer(dir, calls));
    await withCacheAcrossRuns(options(store, [other]), (dir) => answer(dir, calls));
    const dirs = calls.filter((entry) => entry.call === 'save').map((entry) => entry.dir);
    expect(dirs).toEqual([cacheDir([openai]), cacheDir([other])]);
    expect(dirs[0]).not.toBe(dirs[1]);
  });

  it('saves after a run that failed, and the failure still fails the run', async () => {
    const { store, calls } = recordingStore();
    const failing = async (dir: string | undefined) => {
      await answer(dir, calls);
      throw new Error('6 of 24 examples ended in an error');
    };
    await expect(withCacheAcrossRuns(options(store, [openai]), failing)).rejects.toThrow(
      '6 of 24 examples ended in an error',
    );
    expect(calls.map((entry) => entry.call)).toEqual(['restore', 'run', 'save']);
  });

  it('does not save when the run added no answers (everything came from the cache)', async () => {
    const { store, calls } = recordingStore({ restoredFile: 'answers-earlier.jsonl' });
    await withCacheAcrossRuns(options(store, [openai]), async (dir) => {
      calls.push({ call: 'run' });
      return dir;
    });
    expect(calls.map((entry) => entry.call)).toEqual(['restore', 'run']);
    expect(logLines()).toEqual([
      `Response cache restored from ${expectedKeys([openai]).restoreKeys[0]}1-1.`,
      'Response cache not saved: no new answers in this run.',
    ]);
  });

  it('covers a live baseline model beside a predictions candidate', async () => {
    const { store, calls } = recordingStore();
    await withCacheAcrossRuns(options(store, [predictions, openai]), (dir) => answer(dir, calls));
    expect(calls[0]).toMatchObject({ call: 'restore', key: expectedKeys([openai]).key });
  });

  it.each([
    ['a predictions file', [predictions, null]],
    ['a command model', [command, null]],
    ['a command candidate and a predictions baseline', [command, predictions]],
  ])('is not used for %s', async (_name, models) => {
    const { store, calls } = recordingStore();
    const seen: Array<string | undefined> = [];
    await withCacheAcrossRuns(options(store, models), async (dir) => void seen.push(dir));
    expect(seen).toEqual([undefined]);
    expect(calls).toEqual([]);
    expect(logLines()).toEqual([]);
  });

  it.each([
    [
      '`cache: false`',
      {},
      false,
      'Response cache off (input `cache: false`): every answer is requested from the endpoint.',
    ],
    [
      'an unreachable service',
      { unavailable: 'ACTIONS_RESULTS_URL not set' },
      true,
      'Response cache off: ACTIONS_RESULTS_URL not set. Every answer is requested from the endpoint.',
    ],
  ])('%s: one info line, no cache folder, no store call', async (_name, storeOptions, enabled, line) => {
    const { store, calls } = recordingStore(storeOptions);
    const seen: Array<string | undefined> = [];
    await withCacheAcrossRuns(options(store, [openai], enabled), async (dir) => void seen.push(dir));
    expect(seen).toEqual([undefined]);
    expect(calls).toEqual([]);
    expect(logLines()).toEqual([line]);
  });

  it('a failing restore or save is an info line, never a failed run', async () => {
    const { store, calls } = recordingStore({
      restoreFails: 'socket hang up\nat stack',
      saveFails: 'Cache service responded with 503',
    });
    await expect(withCacheAcrossRuns(options(store, [openai]), (dir) => answer(dir, calls))).resolves.toBe('report');
    expect(calls.map((entry) => entry.call)).toEqual(['restore', 'run', 'save']);
    expect(logLines()).toEqual([
      'Response cache not restored: socket hang up. Every answer is requested from the endpoint.',
      'Response cache not saved: Cache service responded with 503.',
    ]);
  });
});
