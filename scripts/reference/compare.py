"""Reference values for the comparison's generation deltas (token-F1 paired t interval).

Regenerate with:  /usr/bin/python3 scripts/reference/compare.py
(Debian's python3-scipy and python3-numpy). Writes test/fixtures/compare/token-f1.json.
"""
import json
import pathlib

import numpy as np
from scipy import stats

rng = np.random.default_rng(20261123)
cases = []
for n, shift in [(2, 0.1), (12, -0.05), (29, 0.0), (300, -0.03), (5000, 0.01)]:
    baseline = rng.beta(2, 1, size=n)
    candidate = np.clip(baseline + shift + rng.normal(0, 0.15, size=n), 0, 1)
    # Bounded scores, many exact 0/1 like real token F1.
    baseline = np.where(rng.random(n) < 0.3, np.round(baseline), baseline)
    candidate = np.where(rng.random(n) < 0.3, np.round(candidate), candidate)
    result = stats.ttest_rel(candidate, baseline)
    interval = result.confidence_interval(confidence_level=0.95)
    cases.append(
        {
            "baseline": baseline.tolist(),
            "candidate": candidate.tolist(),
            "delta": float(np.mean(candidate - baseline)),
            "ciLow": float(interval.low),
            "ciHigh": float(interval.high),
            "pValue": float(result.pvalue),
        }
    )

out = pathlib.Path(__file__).resolve().parents[2] / "test" / "fixtures" / "compare" / "token-f1.json"
out.parent.mkdir(parents=True, exist_ok=True)
out.write_text(json.dumps({"generator": "scipy.stats.ttest_rel " + stats.__name__, "cases": cases}))
print(f"wrote {out}")
