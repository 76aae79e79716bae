import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCacheStore, responseCacheKeys } from '../../src/github/cache-store.js';
import type { LiveModelConfig } from '../../src/models/config.js';
import { modelConfig } from '../models/helpers.js';

const live = (raw: Record<string, unknown>) => modelConfig(raw) as LiveModelConfig;
const openai = live({ type: 'openai', model: 'gpt-x', baseUrl: 'http://127.0.0.1:8000/v1', concurrency: 8 });
const keys = (models: LiveModelConfig[], datasetPath = 'eval/data.jsonl', step = 'gate\ngate:gate.yml') =>
  responseCacheKeys({ models, datasetPath, runId: '123', runAttempt: '2', step });

describe('responseCacheKeys', () => {
  it('hashes the models’ request settings (sorted keys, no runner options) and the dataset path; the run and step make the key unique', () => {
    // Written out by hand: the config's request settings with their schema defaults, keys sorted.
    const material =
      '{"dataset":"eval/data.jsonl","models":[{"api":"chat","apiKeyEnv":"OPENAI_API_KEY","baseUrl":"http://127.0.0.1:8000/v1","model":"gpt-x","type":"openai"}]}';
    const scope = createHash('sha256').update(material).digest('hex');
    const prefix = `model-release-gate-responses-${scope}-`;
    const step = createHash('sha256').update('gate\ngate:gate.yml').digest('hex').slice(0, 12);
    expect(keys([openai])).toEqual({ scope, key: `${prefix}123-2-${step}`, restoreKeys: [prefix] });
    // The service refuses keys over 512 characters.
    expect(`${prefix}${'9'.repeat(20)}-99-${step}`.length).toBeLessThanOrEqual(512);
  });

  it('another step of the same run gets its own key under the same prefix', () => {
    const stepA = keys([openai], 'eval/data.jsonl', 'gate-a\ngate:a.yml');
    const stepB = keys([openai], 'eval/data.jsonl', 'gate-b\ngate:b.yml');
    expect(stepA.key).not.toBe(stepB.key);
    expect(stepA.restoreKeys).toEqual(stepB.restoreKeys);
    expect(stepA.scope).toBe(stepB.scope);
  });

  it('runner options share the entry; what changes an answer (and the model name) does not', () => {
    const [prefix] = keys([openai]).restoreKeys;
    const sameAnswers = live({
      type: 'openai',
      model: 'gpt-x',
      baseUrl: 'http://127.0.0.1:8000/v1',
      concurrency: 1,
      maxRetries: 9,
      timeoutMs: 5,
    });
    expect(keys([sameAnswers]).restoreKeys).toEqual([prefix]);
    for (const other of [
      live({ type: 'openai', model: 'gpt-y', baseUrl: 'http://127.0.0.1:8000/v1' }),
      live({ type: 'openai', model: 'gpt-x', baseUrl: 'http://127.0.0.1:8000/v1', temperature: 0.7 }),
      live({ type: 'openai', model: 'gpt-x', baseUrl: 'http://127.0.0.1:8000/v1', apiKeyEnv: 'OTHER_KEY' }),
      live({
        type: 'openai',
        model: 'gpt-x',
        baseUrl: 'http://127.0.0.1:8000/v1',
        name: 'gpt-x weights of 2026-11-23',
      }),
    ]) {
      expect(keys([other]).restoreKeys).not.toEqual([prefix]);
    }
    expect(keys([openai], 'eval/other.jsonl').restoreKeys).not.toEqual([prefix]);
    expect(keys([openai, live({ type: 'http', url: 'https://a.example/x', outputPath: 'y' })]).restoreKeys).not.toEqual(
      [prefix],
    );
  });
});

describe('createCacheStore', () => {
  it('names what is missing outside a job', () => {
    expect(createCacheStore({}).unavailableReason()).toBe(
      'ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL not set (the cache service is only reachable inside a GitHub Actions job)',
    );
    expect(createCacheStore({ ACTIONS_RUNTIME_TOKEN: 'x' }).unavailableReason()).toMatch(
      /^ACTIONS_RESULTS_URL not set/,
    );
  });
});
