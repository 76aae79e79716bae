"""Reference values for the comparison: the paired t-test of stats/paired-t.ts (scipy's ttest_rel
on token-F1-like scores) and each side's F1 when the two releases predict different label sets.

Regenerate with:  /usr/bin/python3 scripts/reference/compare.py
(Debian's python3-scipy, python3-sklearn and python3-numpy). Writes test/fixtures/compare/ and
test/fixtures/stats/paired-t.json: the t-test cases stay here, first, because every case after
them draws from the same random stream, so moving them would rewrite every fixture below.
"""
import json
import pathlib

import numpy as np
from scipy import stats
from sklearn.metrics import f1_score
from statsmodels.stats.contingency_tables import SquareTable

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

fixtures = pathlib.Path(__file__).resolve().parents[2] / "test" / "fixtures"
paired_t = fixtures / "stats" / "paired-t.json"
paired_t.write_text(json.dumps({"generator": "scipy.stats.ttest_rel " + stats.__name__, "cases": cases}))
print(f"wrote {paired_t}")
compare_fixtures = fixtures / "compare"
compare_fixtures.mkdir(parents=True, exist_ok=True)


# Each side scored on its own, as a user checking us with scikit-learn would: labels are the
# union of the expected labels and that side's predictions.
label_cases = []
for n, labels, baseline_extra, candidate_extra in [
    (40, ["ham", "spam"], [], ["dunno"]),
    (300, ["a", "b", "c"], ["b?"], ["zzz", "n/a"]),
    (1000, ["neg", "neu", "pos"], [], []),
    (25, ["x", "y", "z", "w"], ["other"], ["other", "none"]),
]:
    expected = rng.choice(labels, size=n).tolist()
    def predict(extra, accuracy):
        out = []
        for label in expected:
            draw = rng.random()
            if draw < accuracy:
                out.append(label)
            elif extra and draw < accuracy + 0.1:
                out.append(str(rng.choice(extra)))
            else:
                out.append(str(rng.choice(labels)))
        return out
    baseline = predict(baseline_extra, 0.85)
    candidate = predict(candidate_extra, 0.8)
    side = lambda predicted: {
        average: float(f1_score(expected, predicted, average=average, zero_division=0))
        for average in ["macro", "micro", "weighted"]
    }
    label_cases.append({"expected": expected, "baseline": baseline, "candidate": candidate, "baselineF1": side(baseline), "candidateF1": side(candidate)})

(compare_fixtures / "label-sets.json").write_text(json.dumps({"generator": "sklearn.metrics.f1_score", "cases": label_cases}))
print(f"wrote {compare_fixtures / 'label-sets.json'}")


# Paired shift of the predicted labels: Stuart-Maxwell marginal homogeneity on the square table
# of (baseline label, candidate label), as statsmodels computes it.
homogeneity_cases = []
for size, n, stay in [(2, 40, 0.8), (3, 25, 0.7), (3, 500, 0.9), (5, 2000, 0.85), (4, 12000, 0.95)]:
    baseline = rng.integers(0, size, n)
    drift = rng.integers(0, size, n)
    candidate = np.where(rng.random(n) < stay, baseline, np.minimum(drift + 1, size - 1))
    table = np.zeros((size, size), dtype=int)
    for b, c in zip(baseline, candidate):
        table[b, c] += 1
    result = SquareTable(table, shift_zeros=False).homogeneity()
    homogeneity_cases.append({"table": table.tolist(), "statistic": float(result.statistic), "pValue": float(result.pvalue), "df": int(result.df)})

(compare_fixtures / "stuart-maxwell.json").write_text(json.dumps({"generator": "statsmodels SquareTable.homogeneity(method='stuart_maxwell')", "cases": homogeneity_cases}))
print(f"wrote {compare_fixtures / 'stuart-maxwell.json'}")


# The same tests with invalid outputs: every prediction outside the label set (here free-form
# sentences, each distinct) pooled into one "other" category before the table is built, as the
# report says. Stuart-Maxwell from statsmodels, chi-square from scipy.stats.chi2_contingency
# (defaults) on the 2 x K counts of the categories either side says.
from scipy.stats import chi2_contingency

pooled_cases = []
for n, labels, invalid_share, drift in [
    (300, ["negative", "neutral", "positive"], 0.05, 0.2),
    (2000, ["a", "b", "c", "d", "e"], 0.3, 0.15),
    (120, ["ham", "spam"], 0.1, 0.3),
    (5000, [f"l{k}" for k in range(8)], 0.02, 0.1),
]:
    expected = rng.choice(labels, size=n).tolist()
    sentence = iter(range(10**9))
    def answer(label, share):
        if rng.random() < share:
            return f"as an ai language model i cannot say ({next(sentence)})"
        return label if rng.random() < 0.8 else str(rng.choice(labels))
    baseline = [answer(label, invalid_share / 2) for label in expected]
    candidate = [b if rng.random() > drift else answer(e, invalid_share) for e, b in zip(expected, baseline)]
    categories = labels + ["(other)"]
    position = lambda label: labels.index(label) if label in labels else len(labels)
    table = np.zeros((len(categories), len(categories)), dtype=int)
    for b, c in zip(baseline, candidate):
        table[position(b), position(c)] += 1
    said = [k for k in range(len(categories)) if table[k, :].sum() + table[:, k].sum() > 0]
    square = table[np.ix_(said, said)]
    homogeneity = SquareTable(square, shift_zeros=False).homogeneity()
    counts = np.array([square.sum(axis=1), square.sum(axis=0)])
    chi2 = chi2_contingency(counts)
    pooled_cases.append(
        {
            "labels": labels,
            "expected": expected,
            "baseline": baseline,
            "candidate": candidate,
            "other": {"baseline": int(table[-1, :].sum()), "candidate": int(table[:, -1].sum())},
            "stuartMaxwell": float(homogeneity.statistic),
            "stuartMaxwellPValue": float(homogeneity.pvalue),
            "chiSquare": float(chi2[0]),
            "chiSquarePValue": float(chi2[1]),
        }
    )

(compare_fixtures / "prediction-shift-pooled.json").write_text(json.dumps({"generator": "statsmodels SquareTable.homogeneity and scipy.stats.chi2_contingency after pooling", "cases": pooled_cases}))
print(f"wrote {compare_fixtures / 'prediction-shift-pooled.json'}")
