import { describe, expect, it } from 'vitest';
import { firstLine } from '../../src/github/http-status.js';
import { runnerServiceMissing } from '../../src/github/runner-services.js';

describe('runnerServiceMissing', () => {
  const why = 'only inside a job';
  it('names the token and the first URL variable that are missing', () => {
    expect(runnerServiceMissing({}, ['ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL'], why)).toBe(
      'ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL not set (only inside a job)',
    );
    expect(runnerServiceMissing({ ACTIONS_RESULTS_URL: 'u' }, ['ACTIONS_RESULTS_URL'], why)).toBe(
      'ACTIONS_RUNTIME_TOKEN not set (only inside a job)',
    );
  });

  it('takes any of the URL variables', () => {
    expect(
      runnerServiceMissing(
        { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_CACHE_URL: 'u' },
        ['ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL'],
        why,
      ),
    ).toBeNull();
    expect(
      runnerServiceMissing({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_CACHE_URL: 'u' }, ['ACTIONS_RESULTS_URL'], why),
    ).toBe('ACTIONS_RESULTS_URL not set (only inside a job)');
  });
});

describe('firstLine', () => {
  it('keeps the first line of an error or of anything thrown', () => {
    expect(firstLine(new Error('socket hang up\n    at stack'))).toBe('socket hang up');
    expect(firstLine('plain\ntext')).toBe('plain');
  });
});
