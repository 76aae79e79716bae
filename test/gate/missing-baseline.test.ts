import { describe, expect, it } from 'vitest';
import { acceptedVerdict } from '../../src/gate/acceptance.js';
import {
  type BaselineStatus,
  missingBaselineOutcome,
  type OnMissingBaseline,
  withMissingBaseline,
} from '../../src/gate/missing-baseline.js';

describe('missingBaselineOutcome', () => {
  it.each([
    // status, setting, rule status (null: no rule at all)
    ['found', null, null],
    ['none', 'fail', null],
    // A first run has nothing to regress from: it passes whatever the setting.
    ['first-run', 'fail', null],
    ['expired', null, 'warn'],
    ['not-found', null, 'warn'],
    ['not-permitted', null, 'fail'],
    ['expired', 'fail', 'fail'],
    ['not-permitted', 'warn', 'warn'],
    ['not-permitted', 'pass', 'pass'],
  ] as Array<[BaselineStatus, OnMissingBaseline | null, string | null]>)(
    '%s with %s → %s',
    (status, setting, expected) => {
      const outcome = missingBaselineOutcome({ status, reason: 'why' }, setting);
      expect(outcome?.status ?? null).toBe(expected);
      if (outcome) expect(outcome.name).toBe('baseline.available');
    },
  );

  it('says why, and that nothing was compared, even when let through', () => {
    expect(
      missingBaselineOutcome({ status: 'expired', reason: 'the artifact of run 4 has expired' }, null)?.message,
    ).toBe(
      'the artifact of run 4 has expired: nothing was compared (on-missing-baseline: warn, the default for expired)',
    );
    expect(missingBaselineOutcome({ status: 'not-found', reason: 'no usable snapshot' }, 'pass')?.message).toBe(
      'no usable snapshot: nothing was compared; on-missing-baseline: pass lets it through',
    );
  });

  it('puts the rule first and lets it decide the verdict with the others', () => {
    const rules = {
      verdict: 'pass' as const,
      gates: [{ rule: 'gates.accuracy', name: 'accuracy.min', status: 'pass' as const, message: 'ok' }],
    };
    const outcome = missingBaselineOutcome({ status: 'not-permitted', reason: 'HTTP 403' }, null);
    const result = withMissingBaseline(rules, outcome);
    expect(result.verdict).toBe('fail');
    expect(result.gates.map((gate) => gate.name)).toEqual(['baseline.available', 'accuracy.min']);
    expect(withMissingBaseline(rules, null)).toBe(rules);
  });
});

describe('acceptedVerdict', () => {
  const acceptance = {
    label: 'model-gate: accept regression',
    by: 'lead',
    at: '2026-11-25T14:05:00Z',
    pullRequest: 42,
  };
  it.each([
    ['fail', acceptance, 'accepted'],
    ['fail', null, 'fail'],
    ['warn', acceptance, 'warn'],
    ['pass', acceptance, 'pass'],
  ] as const)('%s with %o → %s', (verdict, given, expected) => {
    expect(acceptedVerdict(verdict, given)).toBe(expected);
  });
});
