import { describe, expect, it } from 'vitest';
import { modelConfigSchema } from '../../src/config/model.js';
import { cacheNamespace } from '../../src/models/run.js';

describe('model config', () => {
  it('fills runner defaults per transport', () => {
    expect(modelConfigSchema.parse({ type: 'openai', model: 'gpt-4o-mini' })).toEqual({
      type: 'openai',
      baseUrl: 'https://api.openai.com/v1',
      model: 'gpt-4o-mini',
      apiKeyEnv: 'OPENAI_API_KEY',
      api: 'chat',
      concurrency: 4,
      maxRetries: 4,
      timeoutMs: 60_000,
      maxResponseMB: 16,
    });
    expect(modelConfigSchema.parse({ type: 'command', command: 'python serve.py' })).toMatchObject({
      concurrency: 64,
      maxRetries: 0,
      timeoutMs: 60_000,
      maxLineMB: 16,
    });
    expect(
      modelConfigSchema.parse({ type: 'http', url: 'http://localhost:8080/predict', outputPath: 'label' }),
    ).toMatchObject({
      method: 'POST',
      headers: {},
      concurrency: 4,
    });
  });

  it('accepts the issue example verbatim', () => {
    const raw = {
      type: 'openai',
      baseUrl: 'https://api.openai.com/v1',
      model: 'gpt-4o-mini',
      apiKeyEnv: 'OPENAI_API_KEY',
      concurrency: 8,
      maxRetries: 4,
      timeoutMs: 60000,
    };
    expect(modelConfigSchema.parse(raw)).toMatchObject(raw);
  });

  it('rejects unknown types, misspelt keys and bad values, naming the path', () => {
    const issues = (raw: unknown) =>
      modelConfigSchema.safeParse(raw).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`);
    expect(issues({ type: 'onnx', path: 'x' })).toEqual(['type: invalid_union']);
    expect(issues({ type: 'openai', model: 'm', apikeyEnv: 'K' })).toEqual([': unrecognized_keys']);
    expect(issues({ type: 'openai', model: 'm', concurrency: 0 })).toEqual(['concurrency: too_small']);
    expect(issues({ type: 'predictions' })).toEqual(['path: invalid_type']);
    expect(issues({ type: 'http', url: 'not a url', outputPath: 'x' })).toEqual(['url: invalid_format']);
  });

  it('keys the cache on what decides answers only (and the model name, which new weights change)', () => {
    const config = modelConfigSchema.parse({
      type: 'openai',
      model: 'm',
      concurrency: 8,
      requestsPerMinute: 100,
      name: 'shown',
      temperature: 0,
    });
    if (config.type === 'predictions') throw new Error('unreachable');
    expect(cacheNamespace(config)).toEqual({
      type: 'openai',
      baseUrl: 'https://api.openai.com/v1',
      model: 'm',
      apiKeyEnv: 'OPENAI_API_KEY',
      api: 'chat',
      temperature: 0,
      name: 'shown',
    });
  });
});
