import { describe, expect, it } from 'vitest';
import { secretValues } from '../../src/models/secrets.js';
import { modelConfig } from './helpers.js';

const env = {
  OPENAI_API_KEY: 'sk-openai-1',
  AZURE_KEY: 'azure-2',
  HF_TOKEN: 'hf_3',
  TENANT: 'tenant-4',
  EMPTY: '',
  BLANK: '  ',
  PEM: '-----BEGIN KEY-----\nAAAA\r\n-----END KEY-----',
};

describe('secretValues', () => {
  it.each([
    ['openai: the default key variable', { type: 'openai', model: 'gpt-x' }, ['sk-openai-1']],
    ['openai: a named key variable', { type: 'openai', model: 'gpt-x', apiKeyEnv: 'AZURE_KEY' }, ['azure-2']],
    ['openai: no key (a local server)', { type: 'openai', model: 'llama', apiKeyEnv: null }, []],
    ['openai: the key variable is not set', { type: 'openai', model: 'gpt-x', apiKeyEnv: 'NOT_SET' }, []],
    ['openai: the key variable is empty', { type: 'openai', model: 'gpt-x', apiKeyEnv: 'EMPTY' }, []],
    ['openai: the key variable is blank', { type: 'openai', model: 'gpt-x', apiKeyEnv: 'BLANK' }, []],
    [
      'http: every variable the header templates read, once each',
      {
        type: 'http',
        url: 'https://inference.example/v1/classify',
        outputPath: 'label',
        headers: {
          Authorization: 'Bearer {{env.HF_TOKEN}}',
          'X-Tenant': '{{ env.TENANT }}/{{env.HF_TOKEN}}',
          Accept: 'application/json',
        },
      },
      ['hf_3', 'tenant-4'],
    ],
    [
      'http: headers without templates',
      { type: 'http', url: 'https://a.example/x', outputPath: 'y', headers: { Accept: 'text/plain' } },
      [],
    ],
    [
      'http: a multi-line value, whole and line by line',
      { type: 'http', url: 'https://a.example/x', outputPath: 'y', headers: { 'X-Cert': '{{env.PEM}}' } },
      [env.PEM, '-----BEGIN KEY-----', 'AAAA', '-----END KEY-----'],
    ],
    [
      'http: the body is a template over the example, not the environment',
      { type: 'http', url: 'https://a.example/x', outputPath: 'y', body: { text: '{{env.HF_TOKEN}}' } },
      [],
    ],
    ['predictions', { type: 'predictions', path: 'p.jsonl' }, []],
    [
      'command: its env block is written in the config, not read from the environment',
      { type: 'command', command: 'python serve.py', env: { API_KEY: 'x' } },
      [],
    ],
  ])('%s', (_name, raw, expected) => {
    expect(secretValues(modelConfig(raw), env)).toEqual(expected);
  });
});
