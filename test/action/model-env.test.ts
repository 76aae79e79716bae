import { describe, expect, it } from 'vitest';
import { modelEnvironment, pullRequestTargetWarning } from '../../src/action/model-env.js';
import { modelConfig } from '../models/helpers.js';

describe('modelEnvironment', () => {
  it('drops the inputs and the runner’s credentials, keeps the rest', () => {
    const env = {
      PATH: '/usr/bin',
      OPENAI_API_KEY: 'sk-1',
      'INPUT_GITHUB-TOKEN': 'ghs_x',
      INPUT_CONFIG: 'gate.yml',
      ACTIONS_RUNTIME_TOKEN: 't',
      ACTIONS_RUNTIME_URL: 'u',
      ACTIONS_RESULTS_URL: 'u',
      ACTIONS_CACHE_URL: 'u',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'u',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
      ACTIONS_STEP_DEBUG: 'true',
    };
    expect(modelEnvironment(env)).toEqual({ PATH: '/usr/bin', OPENAI_API_KEY: 'sk-1', ACTIONS_STEP_DEBUG: 'true' });
  });
});

describe('pullRequestTargetWarning', () => {
  const command = modelConfig({ type: 'command', command: 'python serve.py' });
  const predictions = modelConfig({ type: 'predictions', path: 'p.jsonl' });
  it('warns for a command candidate or baseline model on pull_request_target only', () => {
    expect(pullRequestTargetWarning('pull_request_target', [command, null])).toMatch(/write token/);
    expect(pullRequestTargetWarning('pull_request_target', [predictions, command])).not.toBeNull();
    expect(pullRequestTargetWarning('pull_request_target', [predictions, null])).toBeNull();
    expect(pullRequestTargetWarning('pull_request', [command, null])).toBeNull();
  });
});
