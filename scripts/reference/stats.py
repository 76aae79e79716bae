#!/usr/bin/python3
"""Reference values for src/stats, from SciPy / statsmodels / scikit-learn / NumPy.

Run with Debian's interpreter (it has the libraries):  /usr/bin/python3 scripts/reference/stats.py
Writes JSON fixtures to test/fixtures/stats/. Every input is generated from a fixed seed, so
re-running reproduces the files byte for byte on the same library versions (recorded in each
file's "versions").
"""
import json
import os
import sys
import warnings

import numpy as np
import scipy
import sklearn
import statsmodels
from scipy import stats
from sklearn.metrics import f1_score
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportion_confint

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'fixtures', 'stats')
VERSIONS = {
    'python': sys.version.split()[0],
    'numpy': np.__version__,
    'scipy': scipy.__version__,
    'statsmodels': statsmodels.__version__,
    'sklearn': sklearn.__version__,
}


def write(name, cases, **extra):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name)
    with open(path, 'w') as f:
        json.dump({'generator': 'scripts/reference/stats.py', 'versions': VERSIONS, **extra, 'cases': cases},
                  f, separators=(',', ':'))
        f.write('\n')
    print(f'{path}: {len(cases)} cases, {os.path.getsize(path)} bytes')


def ints(values):
    return [int(v) for v in values]


# --- McNemar exact and mid-p -------------------------------------------------------------
def mcnemar_cases():
    pairs = [(0, 0), (0, 1), (1, 0), (3, 3), (2, 9), (9, 2), (0, 25), (15, 16), (40, 58),
             (120, 95), (1000, 1100), (5000, 5300), (123456, 124321), (400000, 401500), (7, 70)]
    cases = []
    for b, c in pairs:
        result = mcnemar([[10, b], [c, 10]], exact=True)
        k, n = min(b, c), b + c
        mid = min(1.0, 2 * stats.binom.cdf(k, n, 0.5) - stats.binom.pmf(k, n, 0.5))
        cases.append({'b': b, 'c': c, 'pValue': float(result.pvalue), 'midPValue': float(mid)})
    write('mcnemar.json', cases)


# --- Paired accuracy delta, MDE, negative flip rate (Wilson) ------------------------------
def paired_cases():
    rng = np.random.default_rng(20240501)
    settings = [(12, 0.7, 0.15), (29, 0.5, 0.3), (500, 0.8, 0.1), (2000, 0.9, 0.02), (20000, 0.6, 0.25),
                (40, 1.0, 0.0)]
    cases = []
    for n, accuracy, flip in settings:
        baseline = rng.random(n) < accuracy
        flips = rng.random(n) < flip
        candidate = np.where(flips, ~baseline, baseline)
        difference = candidate.astype(float) - baseline.astype(float)
        counts = {
            'both': int(np.sum(baseline & candidate)),
            'baselineOnly': int(np.sum(baseline & ~candidate)),
            'candidateOnly': int(np.sum(~baseline & candidate)),
            'neither': int(np.sum(~baseline & ~candidate)),
        }
        for confidence in (0.9, 0.95, 0.99):
            z = stats.norm.ppf(1 - (1 - confidence) / 2)
            # Independent of Miller's closed form: the standard deviation of the per-example
            # differences (ddof=0) over sqrt(N).
            se = float(np.std(difference) / np.sqrt(n))
            delta = float(np.mean(difference))
            alpha = 1 - confidence
            low, high = proportion_confint(counts['baselineOnly'], n, alpha=alpha, method='wilson')
            cases.append({
                'counts': counts, 'confidence': confidence, 'delta': delta, 'standardError': se,
                'ciLow': delta - z * se, 'ciHigh': delta + z * se,
                'minDetectableDrop': float((stats.norm.ppf(1 - alpha / 2) + stats.norm.ppf(0.8)) * se),
                'power': 0.8, 'alpha': alpha,
                'negativeFlipRate': counts['baselineOnly'] / n, 'flipLow': float(low), 'flipHigh': float(high),
            })
    write('paired.json', cases)


# --- Holm --------------------------------------------------------------------------------
def holm_cases():
    rng = np.random.default_rng(7)
    vectors = [[0.01], [0.04, 0.01, 0.03], [0.01, 0.01, 0.2, 0.2, 0.049], [0.5, 0.5, 0.5]]
    vectors += [list(rng.random(12) ** 3), list(np.round(rng.random(20) ** 4, 3))]
    cases = []
    for p in vectors:
        reject, adjusted, _, _ = multipletests(p, alpha=0.05, method='holm')
        cases.append({'pValues': [float(v) for v in p], 'adjusted': [float(v) for v in adjusted],
                      'rejectAt05': [bool(r) for r in reject]})
    write('holm.json', cases)


# --- Prediction-distribution shift: chi-square homogeneity and PSI ------------------------
def distribution_cases():
    rng = np.random.default_rng(11)
    tables = [
        ([50, 30, 20], [45, 35, 20]),
        ([50, 30, 0, 20], [40, 30, 0, 30]),   # a label neither model predicts
        ([60, 40], [48, 52]),                 # one degree of freedom: Yates' correction
        ([60, 0], [59, 1]),
        ([100, 0, 0], [100, 0, 0]),           # one label only: nothing to test
        ([5, 3, 2, 0, 1], [2, 4, 2, 3, 0]),   # small counts, a label each model never predicts
    ]
    for size in (30, 1000, 50000):
        p = rng.dirichlet(np.ones(5))
        q = 0.9 * p + 0.1 * rng.dirichlet(np.ones(5))
        tables.append((ints(rng.multinomial(size, p)), ints(rng.multinomial(size, q))))
    cases = []
    for baseline, candidate in tables:
        table = np.array([baseline, candidate], dtype=float)
        kept = table[:, table.sum(axis=0) > 0]
        if kept.shape[1] < 2:
            statistic, pvalue, dof = 0.0, 1.0, 0
        else:
            statistic, pvalue, dof, _ = stats.chi2_contingency(kept)
        epsilon = 1e-4
        p_share = np.maximum(np.array(baseline) / sum(baseline), epsilon)
        q_share = np.maximum(np.array(candidate) / sum(candidate), epsilon)
        psi = float(np.sum((q_share - p_share) * np.log(q_share / p_share)))
        bins = len(baseline)
        critical = float(stats.chi2.ppf(0.95, bins - 1) * (1 / sum(baseline) + 1 / sum(candidate)))
        cases.append({'baseline': baseline, 'candidate': candidate, 'statistic': float(statistic),
                      'pValue': float(pvalue), 'degreesOfFreedom': int(dof), 'epsilon': epsilon, 'psi': psi,
                      'psiCritical05': critical})
    write('distribution-shift.json', cases)


# --- Kolmogorov distribution and two-sample KS --------------------------------------------
def kstwo_cases():
    points = []
    for n in (1, 2, 5, 20, 100, 140, 141, 200, 1000, 5000, 20000, 100000, 100001, 500000):
        for z in (0.3, 0.6, 0.8, 1.0, 1.2, 1.5, 2.0, 3.0, 5.0, 10.0):
            x = z / np.sqrt(n)
            if x < 1:
                points.append((n, float(x)))
        points += [(n, 0.55), (n, 0.99), (n, 0.7 / n), (n, 1 - 0.5 / n)]
    cases = [{'n': n, 'x': x, 'sf': float(stats.kstwo.sf(x, n))} for n, x in points]
    write('kstwo.json', cases)


def ks_cases():
    rng = np.random.default_rng(2024)
    samples = []

    def add(label, x, y):
        samples.append((label, x, y))

    add('tiny, ties', ints(rng.integers(0, 4, 6)), ints(rng.integers(0, 4, 8)))
    add('n<30 equal sizes', ints(rng.integers(10, 40, 25)), ints(rng.integers(12, 44, 25)))
    add('n<30 continuous', list(rng.normal(0, 1, 17)), list(rng.normal(0.8, 1, 23)))
    add('all equal lengths', [42] * 40, [42] * 55)
    add('disjoint', ints(rng.integers(0, 10, 15)), ints(rng.integers(20, 30, 9)))
    add('one value each side', [3], [5, 5, 6])
    add('moderate, ties', ints(rng.poisson(40, 800)), ints(rng.poisson(41, 650)))
    add('moderate, same distribution', ints(rng.poisson(40, 1000)), ints(rng.poisson(40, 1000)))
    add('coprime sizes', list(np.round(rng.lognormal(4, 0.5, 997), 1)), list(np.round(rng.lognormal(4.05, 0.5, 1009), 1)))
    add('exact at the limit', ints(rng.poisson(200, 10000)), ints(rng.poisson(201, 9999)))
    add('asymptotic, n1=n2=10001 (en rounds half to even)', ints(rng.poisson(200, 10001)), ints(rng.poisson(200.5, 10001)))
    add('asymptotic, large unequal', ints(rng.negative_binomial(5, 0.02, 12000)), ints(rng.negative_binomial(5, 0.0202, 15000)))
    add('asymptotic, tiny vs large', ints(rng.integers(0, 100, 6)), ints(rng.integers(0, 100, 20000)))
    add('asymptotic, strong shift', ints(rng.poisson(50, 11000)), ints(rng.poisson(53, 11000)))
    cases = []
    for label, x, y in samples:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            result = stats.ks_2samp(x, y)
        fell_back = any('Switching to' in str(w.message) for w in caught)
        method = 'exact' if max(len(x), len(y)) <= 10000 and not fell_back else 'asymptotic'
        cases.append({'label': label, 'x': x, 'y': y, 'statistic': float(result.statistic),
                      'pValue': float(result.pvalue), 'method': method})
    write('ks2samp.json', cases)


# --- Length shift: Wasserstein-1 and quantile deltas -------------------------------------
def lengths_cases():
    rng = np.random.default_rng(99)
    samples = [
        ('n<30 with ties', ints(rng.integers(5, 15, 19)), ints(rng.integers(5, 17, 24))),
        ('all equal lengths', [17] * 30, [17] * 30),
        ('one example each', [3], [8]),
        ('moderate, continuous', list(np.round(rng.lognormal(5, 0.6, 3000), 2)), list(np.round(rng.lognormal(5.1, 0.5, 2800), 2))),
        ('above 10,000, integers', ints(rng.poisson(120, 12000)), ints(rng.poisson(118, 12000) + rng.integers(0, 3, 12000))),
    ]
    cases = []
    for label, x, y in samples:
        cases.append({
            'label': label, 'baseline': x, 'candidate': y,
            'wasserstein': float(stats.wasserstein_distance(x, y)),
            'meanDelta': float(np.mean(y) - np.mean(x)),
            'medianDelta': float(np.median(y) - np.median(x)),
            'p90Delta': float(np.percentile(y, 90) - np.percentile(x, 90)),
            'p99Delta': float(np.percentile(y, 99) - np.percentile(x, 99)),
            'ksStatistic': float(stats.ks_2samp(x, y).statistic), 'ksPValue': float(stats.ks_2samp(x, y).pvalue),
        })
    write('lengths.json', cases)


# --- Bootstrap references: numpy row resampling ------------------------------------------
# Our bootstrap draws cell counts from a multinomial; the reference resamples rows, the
# textbook way. Both estimate the same percentiles and differ only by Monte-Carlo error; the
# tests check that each reference endpoint is a q-quantile of our draws up to that error
# (in probability units, so lumpy bootstrap distributions of small n are handled too).
TAIL = 0.025


def interval_summary(values):
    low, high = np.percentile(values, [100 * TAIL, 100 * (1 - TAIL)])
    return {'low': float(low), 'high': float(high)}


def f1_scores(confusion):
    """macro, micro, weighted and per-class F1 from a K×K confusion (zero_division=0)."""
    tp = np.diag(confusion).astype(float)
    support = confusion.sum(axis=1)
    predicted = confusion.sum(axis=0)
    with np.errstate(invalid='ignore', divide='ignore'):
        precision = np.where(predicted > 0, tp / predicted, 0.0)
        recall = np.where(support > 0, tp / support, 0.0)
        f1 = np.where(precision + recall > 0, 2 * precision * recall / (precision + recall), 0.0)
    total = confusion.sum()
    micro = tp.sum() / total if total else 0.0
    weighted = float(np.sum(f1 * support) / support.sum()) if support.sum() else 0.0
    return np.concatenate([[f1.mean(), micro, weighted], f1])


def bootstrap_cases():
    rng = np.random.default_rng(31337)
    reference_resamples = 20000
    settings = [
        ('3 classes, n=1500', 1500, [0.5, 0.3, 0.2], 0.85, 0.10),
        ('4 labels, one never expected, n=400', 400, [0.45, 0.35, 0.2, 0.0], 0.75, 0.15),
        ('5 classes, n=20000', 20000, [0.3, 0.25, 0.2, 0.15, 0.1], 0.8, 0.05),
        ('3 classes, n=25', 25, [0.4, 0.4, 0.2], 0.7, 0.2),
    ]
    cases = []
    for label, n, shares, accuracy, flip in settings:
        k = len(shares)
        expected = rng.choice(k, size=n, p=shares)
        baseline = np.where(rng.random(n) < accuracy, expected, rng.integers(0, k, n))
        candidate = np.where(rng.random(n) < flip, rng.integers(0, k, n), baseline)
        labels = list(range(k))
        # The numpy F1 used for the resamples must agree with scikit-learn on the data itself.
        for predicted in (baseline, candidate):
            reference = [f1_score(expected, predicted, labels=labels, average=a, zero_division=0)
                         for a in ('macro', 'micro', 'weighted')]
            confusion = np.bincount(expected * k + predicted, minlength=k * k).reshape(k, k)
            assert np.allclose(f1_scores(confusion)[:3], reference, rtol=1e-12, atol=1e-15), label
        draws = []
        for start in range(0, reference_resamples, 500):
            rows = rng.integers(0, n, size=(500, n))
            for r in rows:
                e, b, c = expected[r], baseline[r], candidate[r]
                before = np.bincount(e * k + b, minlength=k * k).reshape(k, k)
                after = np.bincount(e * k + c, minlength=k * k).reshape(k, k)
                draws.append(f1_scores(after) - f1_scores(before))
        draws = np.array(draws)
        cells = np.bincount((expected * k + baseline) * k + candidate, minlength=k * k * k)
        names = ['macro', 'micro', 'weighted'] + [f'class {j}' for j in labels]
        cases.append({
            'label': label, 'classes': k, 'n': n, 'cells': ints(cells), 'referenceResamples': reference_resamples,
            'confidence': 1 - 2 * TAIL,
            'statistics': [{'name': name, **interval_summary(draws[:, j])} for j, name in enumerate(names)],
        })
    write('bootstrap.json', cases)


def median_interval_cases():
    rng = np.random.default_rng(4242)
    cases = []
    settings = [
        ('continuous lengths, n=3000', 3000, False, 20000),
        ('integer lengths, n=20001', 20001, True, 5000),
        ('integer lengths, n=21', 21, True, 20000),
    ]
    for label, n, integer, reference_resamples in settings:
        base = rng.lognormal(4.5, 0.5, n)
        cand = base * rng.lognormal(0.03, 0.15, n)
        if integer:
            base, cand = np.round(base), np.round(cand)
        else:
            base, cand = np.round(base, 2), np.round(cand, 2)
        draws = np.empty(reference_resamples)
        for r in range(reference_resamples):
            rows = rng.integers(0, n, n)
            draws[r] = np.median(cand[rows]) - np.median(base[rows])
        summary = interval_summary(draws)
        as_list = ints if integer else (lambda values: [float(v) for v in values])
        cases.append({'label': label, 'baseline': as_list(base), 'candidate': as_list(cand),
                      'integer': integer, 'delta': float(np.median(cand) - np.median(base)),
                      'referenceResamples': reference_resamples, 'confidence': 1 - 2 * TAIL, **summary})
    write('median-interval.json', cases)


# --- Wilcoxon signed-rank on paired length differences -----------------------------------
def wilcoxon_cases():
    rng = np.random.default_rng(555)
    samples = [
        ('n=8 untied', [float(v) for v in np.round(rng.normal(0.5, 1, 8), 3)]),
        ('n=20 shifted', [float(v) for v in np.round(rng.normal(0.8, 1, 20), 3)]),
        ('n=13 symmetric centre', [1.0, -2.0, 3.0, -4.0, 5.0, -6.0, 7.0, -8.0, 9.0, -10.0, 11.0, -12.0, 13.0]),
        ('n=30 tied ranks (exact, rank sum truncated)', ints(rng.integers(-5, 9, 30))),
        ('n=40 with zeros (approx)', ints(rng.integers(-4, 6, 40))),
        ('n=50 untied', [float(v) for v in np.round(rng.normal(-0.2, 1, 50), 4)]),
        ('n=51 approx', [float(v) for v in np.round(rng.normal(0.3, 1, 51), 4)]),
        ('n=12000 integer, ties and zeros', ints(rng.poisson(30, 12000) - rng.poisson(29.5, 12000))),
    ]
    cases = []
    for label, d in samples:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            result = stats.wilcoxon(d)
        method = 'exact' if len(d) <= 50 and all(v != 0 for v in d) else 'approx'
        cases.append({'label': label, 'differences': d, 'statistic': float(result.statistic),
                      'pValue': float(result.pvalue), 'method': method})
    write('wilcoxon.json', cases)


# --- Paired p95 latency change (gates.latency.p95MaxIncrease) -----------------------------
# numpy's default (linear, "type 7") p95 of each side, and a paired row bootstrap of
# p95(candidate) − p95(baseline): the same rows resampled for both sides. Our interval comes
# from 10,000 multinomial resamples, so the test checks that each of our endpoints is a q-quantile
# of these reference draws up to Monte-Carlo error: it must lie between the reference's
# quantiles at q ∓ 4.5 SE, SE = sqrt(q(1 − q)(1/10,000 + 1/B_ref)) (as expectQuantileOfDraws).
def latency_p95_cases():
    rng = np.random.default_rng(9595)
    reference_resamples = 20000
    ours = 10000
    settings = [
        ('n=40, 10% slower', 40, 1.10),
        ('n=300, unchanged', 300, 1.00),
        ('n=2000, 25% slower', 2000, 1.25),
    ]
    cases = []
    for label, n, factor in settings:
        difficulty = rng.lognormal(0, 0.8, n)
        base = np.round(100 * difficulty * rng.uniform(0.8, 1.2, n), 1)
        cand = np.round(100 * factor * difficulty * rng.uniform(0.8, 1.2, n), 1)
        draws = np.empty(reference_resamples)
        for r in range(reference_resamples):
            rows = rng.integers(0, n, n)
            draws[r] = np.quantile(cand[rows], 0.95) - np.quantile(base[rows], 0.95)
        brackets = {}
        for name, q in (('low', TAIL), ('high', 1 - TAIL)):
            slack = 4.5 * np.sqrt(q * (1 - q) * (1 / ours + 1 / reference_resamples))
            brackets[name] = [float(np.quantile(draws, q - slack, method='lower')),
                              float(np.quantile(draws, q + slack, method='higher'))]
        cases.append({'label': label, 'baseline': [float(v) for v in base], 'candidate': [float(v) for v in cand],
                      'baselineP95': float(np.quantile(base, 0.95)), 'candidateP95': float(np.quantile(cand, 0.95)),
                      'ourResamples': ours, 'referenceResamples': reference_resamples, 'confidence': 1 - 2 * TAIL,
                      **interval_summary(draws), 'lowBracket': brackets['low'], 'highBracket': brackets['high']})
    write('latency-p95.json', cases)


if __name__ == '__main__':
    mcnemar_cases()
    paired_cases()
    holm_cases()
    distribution_cases()
    kstwo_cases()
    ks_cases()
    lengths_cases()
    bootstrap_cases()
    median_interval_cases()
    wilcoxon_cases()
    latency_p95_cases()
