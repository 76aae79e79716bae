"""The same paired comparison in the Python stack users would reach for, for `npm run bench scale`.

Reads the dataset and the two predictions files (JSON Lines), joins them by id, and computes
accuracy and macro-F1 for both sides (scikit-learn), the paired McNemar exact test
(statsmodels), a KS test of the output lengths in words (SciPy) and a paired bootstrap of
the macro-F1 delta with 1,000 resamples, vectorised with NumPy (one matrix of resampled
cells per block of about five million, counted by one bincount). Prints a JSON line of what it computed, so the bench can check both
pipelines saw the same data.

Usage: /usr/bin/python3 bench/python/pipeline.py DATASET BASELINE CANDIDATE
(Debian: python3-sklearn python3-scipy python3-statsmodels)
"""

import json
import sys

import numpy as np
from scipy.stats import ks_2samp
from sklearn.metrics import accuracy_score, f1_score
from statsmodels.stats.contingency_tables import mcnemar

RESAMPLES = 1000
# Rows resampled per vectorised block: about five million indices, so memory stays near 200 MB.
CELLS_PER_BLOCK = 5_000_000


def read_jsonl(path):
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def main(dataset_path, baseline_path, candidate_path):
    dataset = read_jsonl(dataset_path)
    baseline = {str(row["id"]): row.get("output") for row in read_jsonl(baseline_path)}
    candidate = {str(row["id"]): row.get("output") for row in read_jsonl(candidate_path)}
    ids = [str(row["id"]) for row in dataset]
    expected_text = [str(row["expected"]).strip().lower() for row in dataset]
    before_text = [(baseline[i] or "").strip().lower() for i in ids]
    after_text = [(candidate[i] or "").strip().lower() for i in ids]

    labels, codes = np.unique(np.array(expected_text + before_text + after_text, dtype=object), return_inverse=True)
    n = len(ids)
    expected, before, after = codes[:n], codes[n : 2 * n], codes[2 * n :]
    label_ids = np.arange(len(labels))

    right_before = before == expected
    right_after = after == expected
    table = [
        [int(np.sum(right_before & right_after)), int(np.sum(right_before & ~right_after))],
        [int(np.sum(~right_before & right_after)), int(np.sum(~right_before & ~right_after))],
    ]
    test = mcnemar(table, exact=True)

    words_before = np.array([len(text.split()) for text in before_text])
    words_after = np.array([len(text.split()) for text in after_text])
    ks = ks_2samp(words_before, words_after)

    f1_before = f1_score(expected, before, labels=label_ids, average="macro", zero_division=0)
    f1_after = f1_score(expected, after, labels=label_ids, average="macro", zero_division=0)

    # Paired bootstrap of the macro-F1 delta, vectorised: each example is one cell
    # (expected, before, after); a block of resamples gathers the cells of its rows and counts
    # them with one bincount, then both sides' F1 come from the k^3 cell counts.
    rng = np.random.default_rng(1)
    k = len(labels)
    cells = (expected * k + before) * k + after
    deltas = []
    block = max(1, min(RESAMPLES, CELLS_PER_BLOCK // n))
    while len(deltas) < RESAMPLES:
        size = min(block, RESAMPLES - len(deltas))
        rows = rng.integers(0, n, size=(size, n))
        offsets = (np.arange(size) * k**3)[:, None]
        counts = np.bincount((cells[rows] + offsets).ravel(), minlength=size * k**3).reshape(size, k, k, k)
        before_confusion = counts.sum(axis=3)  # [resample, expected, before]
        after_confusion = counts.sum(axis=2)  # [resample, expected, after]
        deltas.extend(macro_f1(after_confusion) - macro_f1(before_confusion))
    low, high = np.percentile(deltas, [2.5, 97.5])

    print(json.dumps({
        "n": n,
        "accuracy": [accuracy_score(expected, before), accuracy_score(expected, after)],
        "macroF1": [f1_before, f1_after],
        "mcnemarP": test.pvalue,
        "ksP": ks.pvalue,
        "macroF1DeltaInterval": [low, high],
    }))


def macro_f1(confusion):
    """Macro-F1 of each [resample, expected, predicted] table, over the labels it holds (as f1_score)."""
    true_positive = np.diagonal(confusion, axis1=1, axis2=2)
    support = confusion.sum(axis=2)
    said = confusion.sum(axis=1)
    precision = np.divide(true_positive, said, out=np.zeros(true_positive.shape), where=said > 0)
    recall = np.divide(true_positive, support, out=np.zeros(true_positive.shape), where=support > 0)
    total = precision + recall
    f1 = np.divide(2 * precision * recall, total, out=np.zeros(total.shape), where=total > 0)
    present = (support + said) > 0
    return (f1 * present).sum(axis=1) / present.sum(axis=1)


if __name__ == "__main__":
    main(*sys.argv[1:4])
