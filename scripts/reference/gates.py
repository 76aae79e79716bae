#!/usr/bin/python3
"""Reference values for the slice rule (src/gate/slice-rule.ts), from statsmodels / SciPy / NumPy.

Run with Debian's interpreter:  /usr/bin/python3 scripts/reference/gates.py
Writes test/fixtures/gate/slices.json. Each case is a set of slices given by their paired 2x2
counts (a: both right, b: baseline only, c: candidate only, d: neither); for every slice of at
least `minExamples` it gives McNemar's exact p (statsmodels), the Holm-adjusted p over those
slices (statsmodels multipletests), the paired Wald interval of the accuracy delta (NumPy's
population standard deviation of the per-example differences, SciPy's normal quantile) and
the status the rule must give at `maxDrop` with `decision: significant`.
"""
import json
import os
import sys

import numpy as np
import scipy
import statsmodels
from scipy import stats
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.multitest import multipletests

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'fixtures', 'gate')
VERSIONS = {'python': sys.version.split()[0], 'numpy': np.__version__, 'scipy': scipy.__version__, 'statsmodels': statsmodels.__version__}
ALPHA, CONFIDENCE, MAX_DROP, MIN_EXAMPLES = 0.05, 0.95, 0.05, 30


def case(name, slices):
    gated = [s for s in slices if sum(s[k] for k in 'abcd') >= MIN_EXAMPLES]
    raw = [float(mcnemar([[s['a'], s['b']], [s['c'], s['d']]], exact=True).pvalue) for s in gated]
    holm = multipletests(raw, alpha=ALPHA, method='holm')[1] if raw else []
    z = stats.norm.ppf(1 - (1 - CONFIDENCE) / 2)
    expected = []
    for s, p, adjusted in zip(gated, raw, holm):
        n = sum(s[k] for k in 'abcd')
        diffs = np.array([1] * s['c'] + [-1] * s['b'] + [0] * (s['a'] + s['d']), dtype=float)
        delta = diffs.mean()
        se = diffs.std(ddof=0) / np.sqrt(n)
        drop = -delta
        status = 'pass'
        if drop > MAX_DROP:
            status = 'fail' if (adjusted < ALPHA and delta < 0) else 'warn'
        expected.append({'value': s['value'], 'n': n, 'delta': delta, 'ciLow': delta - z * se, 'ciHigh': delta + z * se,
                         'pValue': p, 'holmPValue': float(adjusted), 'status': status})
    return {'name': name, 'slices': slices, 'expected': expected}


def main():
    cases = [
        # The case: one slice falls 90.2% -> 51.0% (51 examples) while the average barely moves.
        case('a slice the average hides', [
            {'value': 'hard', 'a': 25, 'b': 21, 'c': 1, 'd': 4},
            {'value': 'easy', 'a': 850, 'b': 10, 'c': 25, 'd': 64},
            {'value': 'tiny', 'a': 4, 'b': 6, 'c': 0, 'd': 2},
        ]),
        # Five slices each 15 points down with p = 0.031: significant alone, not after Holm.
        case('Holm over five slices', [{'value': f's{i}', 'a': 30, 'b': 6, 'c': 0, 'd': 4} for i in range(5)]),
        # One strong drop among quiet slices survives the adjustment.
        case('one real drop among quiet slices', [
            {'value': 'q0', 'a': 60, 'b': 3, 'c': 3, 'd': 14},
            {'value': 'q1', 'a': 55, 'b': 2, 'c': 4, 'd': 19},
            {'value': 'q2', 'a': 70, 'b': 1, 'c': 1, 'd': 8},
            {'value': 'bad', 'a': 50, 'b': 15, 'c': 1, 'd': 14},
        ]),
    ]
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'slices.json'), 'w') as f:
        json.dump({'generator': 'scripts/reference/gates.py', 'versions': VERSIONS, 'alpha': ALPHA, 'confidence': CONFIDENCE,
                   'maxDrop': MAX_DROP, 'minExamples': MIN_EXAMPLES, 'cases': cases}, f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
