"""Reference values for the model's own noise: the self-flip rate over K runs with its Wilson
interval (N = examples), and Newcombe's interval for (negative flip rate − negative self-flip rate).

Regenerate with:  /usr/bin/python3 scripts/reference/noise.py
(Debian's python3-numpy and python3-statsmodels). Writes test/fixtures/compare/noise.json.
"""
import itertools
import json
import pathlib

import numpy as np
from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint

rng = np.random.default_rng(20261207)

self_flips = []
for runs, n, noise in [(2, 40, 0.1), (3, 200, 0.05), (4, 500, 0.02), (2, 30, 0.0), (5, 120, 0.3)]:
    chance = np.clip(0.8 + rng.normal(0, 0.15, size=n), 0, 1)
    # Each example is right with its own chance, re-drawn for a share `noise` of examples per run.
    base = rng.random(n) < chance
    matrix = []
    for _ in range(runs):
        redraw = rng.random(n) < noise
        matrix.append(np.where(redraw, rng.random(n) < chance, base))
    disagreements = [int(np.sum(matrix[i] != matrix[j])) for i, j in itertools.combinations(range(runs), 2)]
    flip_rate = float(np.mean(disagreements)) / n
    negative = flip_rate / 2
    low, high = proportion_confint(negative * n, n, alpha=0.05, method="wilson")
    self_flips.append(
        {
            "runs": ["".join("1" if v else "0" for v in run) for run in matrix],
            "disagreementsPerPair": disagreements,
            "flipRate": flip_rate,
            "negativeFlipRate": negative,
            "ciLow": float(low),
            "ciHigh": float(high),
        }
    )

newcombe = []
for count1, n1, count2, n2 in [(12, 500, 9.5, 500), (40, 500, 9.5, 500), (0, 100, 2.0, 100), (3, 50, 0.0, 50),
                               (150, 2000, 31.25, 2000), (25, 400, 25.0, 400)]:
    low, high = confint_proportions_2indep(count1, n1, count2, n2, method="newcomb", compare="diff", alpha=0.05)
    newcombe.append({"count1": count1, "n1": n1, "count2": count2, "n2": n2,
                     "estimate": count1 / n1 - count2 / n2, "ciLow": float(low), "ciHigh": float(high)})

out = pathlib.Path(__file__).resolve().parents[2] / "test" / "fixtures" / "compare" / "noise.json"
out.write_text(json.dumps({"selfFlips": self_flips, "newcombe": newcombe}, indent=1) + "\n")
print(f"wrote {out}")
